/**
 * Every text of the site in French and English, the page language, and how dates and dossier
 * states read in it. French unless the visitor chose English (remembered in localStorage) or,
 * before any choice, their account speaks English.
 */
const STORAGE_KEY = 'sav.language';
const LANGUAGES = ['fr', 'en'];
const LOCALES = {fr: 'fr-FR', en: 'en-GB'};

const TEXTS = {
  fr: {
    'app.loading': 'Chargement…',

    'shell.tagline': 'Service clients',
    'shell.menu': 'Menu principal',
    'shell.otherLanguage': 'English',
    'shell.signOut': 'Se déconnecter',
    'shell.staffPage': 'Page du service clients',
    'shell.skip': 'Aller au contenu',

    'theme.nouveau': 'Nouveau',
    'theme.modification': 'Modification',
    'theme.enCours': 'En cours',
    'theme.historique': 'Historique',

    'state.E': 'ÉMIS',
    'state.L': 'EN COURS',
    'state.R': 'RELANCE',
    'state.ATC': 'ATTENTE CONFIRMATION CLIENT',
    'state.APL': 'À PLANIFIER',
    'state.C': 'CLÔTURÉ',

    'error.network': 'Le serveur ne répond pas. Vérifiez votre connexion à Internet, '
      + 'puis réessayez.',
    'error.server': 'Le service est momentanément indisponible. Réessayez dans un instant.',
    'error.unexpected': 'Une erreur inattendue s’est produite. Réessayez ; si elle persiste, '
      + 'contactez le Service clients.',

    'problem.failedTitle': 'Cette page ne peut pas s’afficher',
    'problem.retry': 'Réessayer',
    'problem.home': 'Retour au menu',
    'problem.notFoundTitle': 'Page introuvable',
    'problem.notFound': 'Cette adresse ne correspond à aucune page du SAV Web.',
    'problem.customersOnlyTitle': 'Page réservée aux clients',
    'problem.customersOnly': 'Vous êtes connecté avec un compte du service clients. '
      + 'Les dossiers se traitent depuis la page du service clients.',

    'signin.title': 'Connexion',
    'signin.intro': 'Identifiez-vous avec le code et le mot de passe qui vous ont été remis '
      + 'pour ouvrir et suivre vos dossiers.',
    'signin.code': 'Code',
    'signin.password': 'Mot de passe',
    'signin.submit': 'Se connecter',
    'signin.missing': 'Saisissez votre code et votre mot de passe.',
    'signin.tryAgain': 'S’identifier à nouveau',
    'signin.notice.expired': 'Votre session a expiré. Identifiez-vous à nouveau : vous '
      + 'reviendrez sur la page où vous étiez.',
    'signin.notice.signedOut': 'Vous êtes déconnecté. À bientôt.',
    'signin.noCredentialsTitle': 'Pas encore d’identifiants ?',
    'signin.noCredentials': 'Contactez le Service clients : il vous les communiquera.',
    'signin.phone': 'Téléphone',
    'signin.email': 'E-mail',
    'signin.hours': 'Horaires',

    'menu.title': 'Menu principal',
    'menu.hello': 'Bonjour {name}.',
    'menu.helloCustomer': 'Bonjour {name} ({company}). Que souhaitez-vous faire ?',
    'menu.nouveau': 'Ouvrir un nouveau dossier.',
    'menu.modification': 'Vos dossiers émis ou en attente de votre confirmation.',
    'menu.enCours': 'Vos dossiers pris en charge par nos équipes.',
    'menu.historique': 'Vos dossiers clôturés.',
    'menu.staff': 'Vous êtes connecté avec un compte du service clients. Vous traitez les '
      + 'dossiers depuis la page du service clients.',

    'field.department': 'Problème',
    'field.urgency': 'Urgence',
    'field.subject': 'Sujet',
    'field.description': 'Description',

    'form.allRequired': 'Tous les champs sont obligatoires.',
    'form.count': '{length} / {max}',
    'form.tooLong': 'Pas plus de {max} caractères (actuellement {length}).',
    'form.problems.one': 'Le formulaire contient une erreur : corrigez le champ signalé.',
    'form.problems.other': 'Le formulaire contient {count} erreurs : corrigez les champs '
      + 'signalés.',
    'form.checkField': 'Vérifiez ce champ.',

    'nouveau.title': 'Nouveau dossier',
    'nouveau.intro': 'Vérifiez que votre demande correspond au bon problème et au bon niveau '
      + 'd’urgence, et donnez-lui un sujet court et explicite : nous la traiterons plus vite.',
    'nouveau.help.department': 'Le type de problème décide du département qui recevra votre '
      + 'dossier.',
    'nouveau.help.urgency': 'Le niveau d’urgence fixe le délai de traitement : choisissez '
      + 'celui qui décrit la gêne réelle.',
    'nouveau.help.subject': 'Court et explicite, en une ligne : 120 caractères au plus.',
    'nouveau.help.description': 'Ce qui se passe, depuis quand, ce que vous avez déjà essayé '
      + 'et qui est gêné : 8 000 caractères au plus.',
    'nouveau.required.department': 'Choisissez le problème.',
    'nouveau.required.urgency': 'Choisissez l’urgence.',
    'nouveau.required.subject': 'Indiquez un sujet.',
    'nouveau.required.description': 'Décrivez votre demande.',
    'nouveau.exampleTitle': 'Exemple d’une bonne demande',
    'nouveau.submit': 'Envoyer le dossier',
    'nouveau.sending': 'Envoi en cours…',
    'nouveau.safeRetry': 'Votre dossier n’a peut-être pas été enregistré. Envoyez-le de '
      + 'nouveau sans rien changer : il ne sera pas créé deux fois.',

    'recap.title': 'Dossier enregistré',
    'recap.number': 'Numéro de dossier',
    'recap.keepNumber': 'Notez ce numéro : il peut vous être demandé lors de vos appels au '
      + 'Service clients. Une confirmation vous est aussi envoyée par e-mail.',
    'recap.recorded': 'Récapitulatif',
    'recap.open': 'Voir le dossier',
    'recap.another': 'Ouvrir un autre dossier',

    'list.titleMine': '{list} — mes dossiers',
    'list.titleCompany': '{list} — tous les dossiers de {company}',
    'list.intro.modification': 'Les dossiers émis, pas encore pris en charge, et ceux qui '
      + 'attendent votre confirmation.',
    'list.intro.enCours': 'Les dossiers pris en charge, relancés ou dont une intervention est '
      + 'à planifier.',
    'list.intro.historique': 'Les dossiers clôturés.',
    'list.company': 'Tous les dossiers de {company}',
    'list.mine': 'Mes dossiers',
    'list.date': 'Date de création',
    'list.number': 'Numéro',
    'list.subject': 'Sujet',
    'list.requester': 'Demandeur',
    'list.urgency': 'Urgence',
    'list.state': 'État',
    'list.empty': 'Aucun dossier dans cette liste.',
    'list.more': 'Afficher plus de dossiers',
    'list.moreShown.one': '{count} dossier de plus affiché.',
    'list.moreShown.other': '{count} dossiers de plus affichés.',
    'list.noMore': 'Il n’y a pas d’autre dossier dans cette liste.',

    'dossier.title': 'Dossier {number}',
    'dossier.state': 'État',
    'dossier.company': 'Société',
    'dossier.requester': 'Demandeur',
    'dossier.openedBy': 'Ouvert par',
    'dossier.createdAt': 'Créé le',
    'dossier.updatedAt': 'Mis à jour le',
    'dossier.history': 'Historique des états',
    'dossier.byStaff': '{name} (Service clients)',
    'dossier.complements': 'Compléments d’information',
    'dossier.noComplement': 'Aucun complément d’information pour l’instant.',
    'dossier.addComplement': 'Ajouter un complément d’information',
    'dossier.complementHelp': 'Le Service clients le lira dans le dossier et en sera prévenu.',
    'dossier.complementHelpAtc': 'Le Service clients attend votre réponse : votre complément '
      + 'remettra le dossier en cours de traitement.',
    'dossier.complementRequired': 'Écrivez votre complément d’information.',
    'dossier.sendComplement': 'Envoyer le complément',
    'dossier.complementAdded': 'Votre complément d’information a été ajouté au dossier.',
    'dossier.closed': 'Ce dossier est clôturé : il ne peut plus recevoir de complément '
      + 'd’information. Pour un nouveau problème, ouvrez un nouveau dossier.',
    'dossier.backToList': 'Retour à la liste {list}',

    'relance.button': 'Relancer',
    'relance.question': 'Relancer le dossier {number} ?',
    'relance.explain': 'Le Service clients sera prévenu que vous attendez une réponse ; le '
      + 'dossier passera à l’état RELANCE.',
    'relance.comment': 'Message (facultatif)',
    'relance.commentHelp': '{max} caractères au plus.',
    'relance.confirm': 'Confirmer la relance',
    'relance.cancel': 'Annuler',
    'relance.done': 'Le dossier a été relancé : le Service clients est prévenu.',
  },

  en: {
    'app.loading': 'Loading…',

    'shell.tagline': 'Customer service',
    'shell.menu': 'Main menu',
    'shell.otherLanguage': 'Français',
    'shell.signOut': 'Sign out',
    'shell.staffPage': 'Customer service staff page',
    'shell.skip': 'Skip to content',

    'theme.nouveau': 'Nouveau',
    'theme.modification': 'Modification',
    'theme.enCours': 'En cours',
    'theme.historique': 'Historique',

    'state.E': 'ISSUED',
    'state.L': 'IN PROGRESS',
    'state.R': 'CHASED',
    'state.ATC': 'AWAITING CUSTOMER CONFIRMATION',
    'state.APL': 'TO BE SCHEDULED',
    'state.C': 'CLOSED',

    'error.network': 'The server does not answer. Check your Internet connection, then try '
      + 'again.',
    'error.server': 'The service is unavailable for a moment. Try again shortly.',
    'error.unexpected': 'Something unexpected went wrong. Try again; if it persists, contact '
      + 'customer service.',

    'problem.failedTitle': 'This page cannot be shown',
    'problem.retry': 'Try again',
    'problem.home': 'Back to the menu',
    'problem.notFoundTitle': 'Page not found',
    'problem.notFound': 'This address does not match any page of SAV Web.',
    'problem.customersOnlyTitle': 'Page for customers',
    'problem.customersOnly': 'You are signed in with a customer service account. Dossiers are '
      + 'handled from the customer service staff page.',

    'signin.title': 'Sign in',
    'signin.intro': 'Sign in with the code and password you were given to open and follow '
      + 'your dossiers.',
    'signin.code': 'Code',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.missing': 'Enter your code and your password.',
    'signin.tryAgain': 'Sign in again',
    'signin.notice.expired': 'Your session has expired. Sign in again: you will come back to '
      + 'the page you were on.',
    'signin.notice.signedOut': 'You are signed out. See you soon.',
    'signin.noCredentialsTitle': 'No credentials yet?',
    'signin.noCredentials': 'Contact customer service: they will give you yours.',
    'signin.phone': 'Phone',
    'signin.email': 'Email',
    'signin.hours': 'Opening hours',

    'menu.title': 'Main menu',
    'menu.hello': 'Hello {name}.',
    'menu.helloCustomer': 'Hello {name} ({company}). What would you like to do?',
    'menu.nouveau': 'Open a new dossier.',
    'menu.modification': 'Your dossiers issued or awaiting your confirmation.',
    'menu.enCours': 'Your dossiers our teams are working on.',
    'menu.historique': 'Your closed dossiers.',
    'menu.staff': 'You are signed in with a customer service account. You handle dossiers '
      + 'from the customer service staff page.',

    'field.department': 'Problem',
    'field.urgency': 'Urgency',
    'field.subject': 'Subject',
    'field.description': 'Description',

    'form.allRequired': 'Every field is required.',
    'form.count': '{length} / {max}',
    'form.tooLong': 'No more than {max} characters (now {length}).',
    'form.problems.one': 'The form has one error: correct the field shown.',
    'form.problems.other': 'The form has {count} errors: correct the fields shown.',
    'form.checkField': 'Check this field.',

    'nouveau.title': 'New dossier',
    'nouveau.intro': 'Check that your request matches the right problem and urgency, and give '
      + 'it a short, explicit subject: we will handle it faster.',
    'nouveau.help.department': 'The kind of problem decides which department receives your '
      + 'dossier.',
    'nouveau.help.urgency': 'The urgency sets how fast it is handled: choose the one that '
      + 'describes the real hindrance.',
    'nouveau.help.subject': 'Short and explicit, one line: 120 characters at most.',
    'nouveau.help.description': 'What happens, since when, what you already tried and who is '
      + 'affected: 8,000 characters at most.',
    'nouveau.required.department': 'Choose the problem.',
    'nouveau.required.urgency': 'Choose the urgency.',
    'nouveau.required.subject': 'Enter a subject.',
    'nouveau.required.description': 'Describe your request.',
    'nouveau.exampleTitle': 'Example of a good request',
    'nouveau.submit': 'Send the dossier',
    'nouveau.sending': 'Sending…',
    'nouveau.safeRetry': 'Your dossier may not have been recorded. Send it again without '
      + 'changing anything: it will not be created twice.',

    'recap.title': 'Dossier recorded',
    'recap.number': 'Dossier number',
    'recap.keepNumber': 'Note this number: customer service may ask for it when you call. A '
      + 'confirmation is also sent to you by email.',
    'recap.recorded': 'Summary',
    'recap.open': 'View the dossier',
    'recap.another': 'Open another dossier',

    'list.titleMine': '{list} — my dossiers',
    'list.titleCompany': '{list} — all dossiers of {company}',
    'list.intro.modification': 'Dossiers issued and not yet taken in charge, and those '
      + 'awaiting your confirmation.',
    'list.intro.enCours': 'Dossiers taken in charge, chased, or with an intervention to '
      + 'schedule.',
    'list.intro.historique': 'Closed dossiers.',
    'list.company': 'All dossiers of {company}',
    'list.mine': 'My dossiers',
    'list.date': 'Created',
    'list.number': 'Number',
    'list.subject': 'Subject',
    'list.requester': 'Requester',
    'list.urgency': 'Urgency',
    'list.state': 'State',
    'list.empty': 'No dossier in this list.',
    'list.more': 'Show more dossiers',
    'list.moreShown.one': '{count} more dossier shown.',
    'list.moreShown.other': '{count} more dossiers shown.',
    'list.noMore': 'There are no more dossiers in this list.',

    'dossier.title': 'Dossier {number}',
    'dossier.state': 'State',
    'dossier.company': 'Company',
    'dossier.requester': 'Requester',
    'dossier.openedBy': 'Opened by',
    'dossier.createdAt': 'Created',
    'dossier.updatedAt': 'Updated',
    'dossier.history': 'State history',
    'dossier.byStaff': '{name} (customer service)',
    'dossier.complements': 'Compléments d’information (additional information)',
    'dossier.noComplement': 'No complément d’information yet.',
    'dossier.addComplement': 'Add a complément d’information',
    'dossier.complementHelp': 'Customer service will read it in the dossier and be notified.',
    'dossier.complementHelpAtc': 'Customer service is waiting for your answer: your '
      + 'complément puts the dossier back in progress.',
    'dossier.complementRequired': 'Write your complément d’information.',
    'dossier.sendComplement': 'Send the complément',
    'dossier.complementAdded': 'Your complément d’information was added to the dossier.',
    'dossier.closed': 'This dossier is closed (clôturé): it cannot receive compléments any '
      + 'more. For a new problem, open a new dossier.',
    'dossier.backToList': 'Back to the {list} list',

    'relance.button': 'Relancer (chase)',
    'relance.question': 'Chase (relancer) dossier {number}?',
    'relance.explain': 'Customer service will be told that you are waiting for an answer; the '
      + 'dossier goes to the state CHASED.',
    'relance.comment': 'Message (optional)',
    'relance.commentHelp': '{max} characters at most.',
    'relance.confirm': 'Confirm the relance',
    'relance.cancel': 'Cancel',
    'relance.done': 'The dossier was chased: customer service has been notified.',
  },
};

let current = storedLanguage() ?? 'fr';

/** The page language: 'fr' or 'en'. */
export function language() {
  return current;
}

/** Whether the visitor picked a language themself (then it wins over their account's). */
export function hasChosenLanguage() {
  return storedLanguage() !== null;
}

/** Switches the page language; `remember` keeps the choice for the next visits. */
export function setLanguage(wanted, {remember}) {
  current = LANGUAGES.includes(wanted) ? wanted : 'fr';
  document.documentElement.lang = current;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, current);
    } catch {
      // Storage disabled (private mode, policy): the choice lasts for this page only.
    }
  }
}

/**
 * The text functions over `tables` ({fr: {key: text}, en: {…}}), in the page language: the
 * customer site's are this module's exports, and the staff page makes its own from its table.
 * `statusTexts` names the key of an HTTP status that has a text of its own ({403: '…'}).
 */
export function textsOf(tables, {statusTexts = {}} = {}) {
  /**
   * The text `key` with its {placeholders} filled from `values`. With a `count`, the plural
   * form `key.one` or `key.other` that the language calls for.
   */
  function t(key, values = {}) {
    const texts = tables[current] ?? tables.fr;
    const plural = 'count' in values
      ? `${key}.${new Intl.PluralRules(LOCALES[current]).select(values.count)}`
      : null;
    const text = texts[plural] ?? texts[`${key}.other`] ?? texts[key] ?? tables.fr[key] ?? key;
    return typeset(text).replace(/\{(\w+)\}/g,
      (whole, name) => (name in values ? format(values[name]) : whole));
  }

  /** A state as people read it: its code and its label, "L — EN COURS". */
  function stateText(code) {
    const label = tables[current]?.[`state.${code}`];
    return label ? `${code} — ${label}` : String(code);
  }

  /** What to tell people about a failed call: the API's own message whenever it has one. */
  function errorText(error) {
    if (error?.code === 'network') {
      return t('error.network');
    }
    if (error?.name === 'ApiError' && error.message) {
      return error.message;
    }
    if (statusTexts[error?.status]) {
      return t(statusTexts[error.status]);
    }
    if (error?.status >= 500) {
      return t('error.server');
    }
    return t('error.unexpected');
  }

  return {t, stateText, errorText};
}

export const {t, stateText, errorText} = textsOf(TEXTS);

/** The page-language entry of an API text such as {fr: '…', en: '…'}. */
export function pick(translations) {
  return translations?.[current] ?? translations?.fr ?? '';
}

/** A date of the API (ISO-8601 UTC) in the visitor's time zone and the page language. */
export function formatDate(iso, {time = true} = {}) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso ?? '';
  }
  const options = time ? {dateStyle: 'medium', timeStyle: 'short'} : {dateStyle: 'medium'};
  return new Intl.DateTimeFormat(LOCALES[current], options).format(date);
}

/** Numbers as the language writes them (8 000, 8,000); anything else as it is. */
function format(value) {
  return typeof value === 'number'
    ? new Intl.NumberFormat(LOCALES[current]).format(value)
    : String(value);
}

/** French puts a non-breaking space before : ; ? ! so that they never start a line. */
function typeset(text) {
  return current === 'fr' ? text.replace(/ ([:;?!])/g, '\u00a0$1') : text;
}

function storedLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : null;
  } catch {
    return null;
  }
}
