/**
 * Every text of the staff page in French and English, and how dates and states read in it.
 *
 * The page language itself is the customer site's (../js/i18n.js): same remembered choice, same
 * key in localStorage. Its texts are not exported, and the staff page needs its own anyway, so
 * they live here with their own t().
 */
import {language} from '../js/i18n.js';

const LOCALES = {fr: 'fr-FR', en: 'en-GB'};

const TEXTS = {
  fr: {
    'app.title': 'SAV Web – Service clients',
    'app.loading': 'Chargement…',
    'app.skip': 'Aller au contenu',
    'shell.tagline': 'Page du service clients',
    'shell.menu': 'Menu du service clients',
    'shell.otherLanguage': 'English',
    'shell.signOut': 'Se déconnecter',
    'shell.role.staff': 'Agent',
    'shell.role.admin': 'Administrateur',
    'nav.queues': 'Files d’attente',
    'nav.search': 'Recherche',
    'nav.nouveau': 'Nouveau dossier',
    'nav.companies': 'Sociétés',
    'nav.users': 'Utilisateurs',
    'nav.audit': 'Journal',

    'state.E': 'ÉMIS',
    'state.L': 'EN COURS',
    'state.R': 'RELANCE',
    'state.ATC': 'ATTENTE CONFIRMATION CLIENT',
    'state.APL': 'À PLANIFIER',
    'state.C': 'CLÔTURÉ',

    'error.network': 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    'error.server': 'Le service est momentanément indisponible. Réessayez dans un instant.',
    'error.unexpected': 'Une erreur inattendue s’est produite. Réessayez.',
    'error.forbidden': 'Votre rôle ne permet pas cette action.',

    'problem.failedTitle': 'Cette page ne peut pas s’afficher',
    'problem.retry': 'Réessayer',
    'problem.home': 'Retour aux files d’attente',
    'problem.notFoundTitle': 'Page introuvable',
    'problem.notFound': 'Cette adresse ne correspond à aucune page du service clients.',
    'problem.adminOnlyTitle': 'Réservé aux administrateurs',
    'problem.adminOnly': 'Cette partie gère les sociétés et les comptes : seuls les '
      + 'administrateurs y ont accès.',

    'signin.title': 'Connexion du service clients',
    'signin.intro': 'Identifiez-vous avec votre code et votre mot de passe du service clients.',
    'signin.code': 'Code',
    'signin.password': 'Mot de passe',
    'signin.submit': 'Se connecter',
    'signin.missing': 'Saisissez votre code et votre mot de passe.',
    'signin.expired': 'Votre session a expiré. Identifiez-vous à nouveau : vous reviendrez sur '
      + 'la page où vous étiez.',
    'signin.signedOut': 'Vous êtes déconnecté.',
    'customer.title': 'Page réservée au service clients',
    'customer.text': 'Vous êtes connecté avec un compte client. Cette page sert au personnel '
      + 'du service clients ; vos dossiers se suivent sur le site client.',
    'customer.link': 'Aller au site client',

    'field.number': 'Numéro',
    'field.createdAt': 'Créé le',
    'field.updatedAt': 'Dernier changement',
    'field.subject': 'Sujet',
    'field.description': 'Description',
    'field.company': 'Société',
    'field.requester': 'Demandeur',
    'field.openedBy': 'Ouvert par',
    'field.department': 'Problème',
    'field.urgency': 'Urgence',
    'field.state': 'État',
    'field.version': 'Version',
    'field.all': 'Tous',
    'field.allFeminine': 'Toutes',
    'field.choose': '— Choisir —',

    'queues.title': 'File {state}',
    'queues.nav': 'Files d’attente par état',
    'queues.count.one': '{count} dossier',
    'queues.count.other': '{count} dossiers',
    'queues.closedSince': 'Dossiers clôturés créés ces {days} derniers jours.',
    'queues.filters': 'Filtres',
    'queues.sort': 'Tri',
    'queues.sort.oldest': 'Les plus anciens d’abord',
    'queues.sort.newest': 'Les plus récents d’abord',
    'queues.sort.urgency': 'Les plus urgents d’abord',
    'queues.apply': 'Appliquer',
    'queues.reset': 'Effacer les filtres',
    'queues.export': 'Exporter en CSV',
    'queues.exported': 'Export téléchargé : {file}.',
    'list.empty': 'Aucun dossier ici.',
    'list.more': 'Afficher plus de dossiers',
    'list.moreShown.one': '{count} dossier de plus affiché.',
    'list.moreShown.other': '{count} dossiers de plus affichés.',
    'list.noMore': 'Il n’y a pas d’autre dossier.',
    'list.chased': 'relancé',

    'search.title': 'Recherche',
    'search.byText': 'Par numéro ou mots du sujet',
    'search.query': 'Numéro de dossier ou mots du sujet',
    'search.submit': 'Chercher',
    'search.byCompany': 'Par société',
    'search.view': 'Liste',
    'search.view.modification': 'Modification (E, ATC)',
    'search.view.en-cours': 'En cours (L, R, APL)',
    'search.view.historique': 'Historique (C)',
    'search.show': 'Afficher',
    'search.results.one': '{count} dossier trouvé.',
    'search.results.other': '{count} dossiers trouvés.',

    'dossier.title': 'Dossier {number}',
    'dossier.history': 'Historique des états',
    'dossier.complements': 'Compléments et notes',
    'dossier.noComplement': 'Aucun complément ni note.',
    'dossier.notifications': 'Envoi des notifications',
    'dossier.noNotification': 'Aucune notification.',
    'dossier.kind': 'Type',
    'dossier.status': 'Statut',
    'dossier.attempts': 'Essais',
    'dossier.at': 'Date',
    'kind.DOSSIER_CREATED': 'Dossier ouvert',
    'kind.STATE_CHANGED': 'Changement d’état',
    'kind.STAFF_REPLY': 'Réponse du service clients',
    'kind.CUSTOMER_COMPLEMENT': 'Complément du client',
    'delivery.SENT': 'Envoyé',
    'delivery.PENDING': 'En attente d’envoi',
    'delivery.FAILED': 'Échec de l’envoi',
    'dossier.public': 'Public',
    'dossier.internal': 'Note interne',
    'dossier.internalComment': 'Commentaire interne',
    'dossier.byStaff': '{name} (service clients)',
    'dossier.write': 'Répondre ou noter',
    'dossier.text': 'Texte',
    'dossier.visibility': 'Visibilité',
    'dossier.visibility.public': 'Réponse au client : il la voit et la reçoit par e-mail',
    'dossier.visibility.internal': 'Note interne : jamais montrée ni envoyée au client',
    'dossier.send.public': 'Envoyer la réponse au client',
    'dossier.send.internal': 'Ajouter la note interne',
    'dossier.textRequired': 'Écrivez le texte.',
    'dossier.added.public': 'La réponse a été ajoutée et envoyée au client.',
    'dossier.added.internal': 'La note interne a été ajoutée.',
    'dossier.changeState': 'Changer l’état',
    'dossier.newState': 'Nouvel état',
    'dossier.reopen': 'Rouvrir (L — EN COURS)',
    'dossier.comment': 'Commentaire (facultatif)',
    'dossier.commentVisibility': 'Visibilité du commentaire',
    'dossier.comment.public': 'Public : le client le voit et le reçoit par e-mail',
    'dossier.comment.internal': 'Interne : jamais montré au client',
    'dossier.applyState': 'Changer l’état',
    'dossier.stateRequired': 'Choisissez le nouvel état.',
    'dossier.stateChanged': 'Le dossier est passé à l’état {state}.',
    'dossier.concurrent': 'Ce dossier a été modifié par quelqu’un d’autre depuis que vous '
      + 'l’avez ouvert. Rechargez-le pour voir son état actuel avant de le changer.',
    'dossier.reload': 'Recharger le dossier',
    'dossier.backToQueue': 'Retour à la file {state}',
    'dossier.companyDossiers': 'Tous les dossiers de {company}',

    'nouveau.title': 'Ouvrir un dossier pour un client',
    'nouveau.intro': 'Choisissez la société, puis l’utilisateur pour qui le dossier est '
      + 'ouvert : il recevra la confirmation par e-mail.',
    'nouveau.customer': 'Utilisateur',
    'nouveau.chooseCompany': 'Choisissez d’abord la société.',
    'nouveau.noCustomer': 'Cette société n’a aucun utilisateur actif.',
    'nouveau.submit': 'Ouvrir le dossier',
    'nouveau.required': 'Remplissez tous les champs.',
    'nouveau.created': 'Dossier {number} ouvert pour {name}.',

    'companies.title': 'Sociétés clientes',
    'companies.id': 'Identifiant',
    'companies.idHelp': 'Lettres minuscules, chiffres et tirets, 2 à 40 caractères ; il ne '
      + 'change plus ensuite.',
    'companies.name': 'Nom',
    'companies.emails': 'E-mails de contact',
    'companies.emailsHelp': 'Un par ligne, ou séparés par des virgules.',
    'companies.language': 'Langue',
    'companies.actions': 'Actions',
    'companies.edit': 'Modifier {name}',
    'companies.users': 'Utilisateurs de {name}',
    'companies.create': 'Nouvelle société',
    'companies.editTitle': 'Modifier la société {name}',
    'companies.save': 'Enregistrer',
    'companies.cancel': 'Annuler',
    'companies.created': 'Société {name} créée.',
    'companies.saved': 'Société {name} enregistrée.',
    'language.fr': 'Français',
    'language.en': 'Anglais',

    'users.title': 'Utilisateurs',
    'users.titleStaff': 'Utilisateurs — service clients',
    'users.titleCompany': 'Utilisateurs — {company}',
    'users.of': 'Afficher les utilisateurs de',
    'users.staff': 'Service clients (personnel)',
    'users.show': 'Afficher',
    'users.code': 'Code',
    'users.name': 'Nom',
    'users.email': 'E-mail',
    'users.language': 'Langue',
    'users.role': 'Rôle',
    'users.role.customer': 'Client',
    'users.role.staff': 'Agent',
    'users.role.admin': 'Administrateur',
    'users.company': 'Société',
    'users.departments': 'Départements',
    'users.status': 'Compte',
    'users.enabled': 'Actif',
    'users.disabled': 'Désactivé',
    'users.locked': 'Verrouillé',
    'users.actions': 'Actions',
    'users.edit': 'Modifier',
    'users.disable': 'Désactiver',
    'users.enable': 'Réactiver',
    'users.resetPassword': 'Nouveau mot de passe',
    'users.create': 'Nouvel utilisateur',
    'users.editTitle': 'Modifier l’utilisateur {code}',
    'users.password': 'Mot de passe (facultatif)',
    'users.passwordHelp': 'Laissez vide pour en générer un. Sinon 8 à 72 caractères, lettres '
      + 'et chiffres, sans le code.',
    'users.save': 'Enregistrer',
    'users.cancel': 'Annuler',
    'users.created': 'Utilisateur {code} créé.',
    'users.saved': 'Utilisateur {code} enregistré.',
    'users.disabledDone': 'Le compte {code} est désactivé ; ses sessions sont fermées.',
    'users.enabledDone': 'Le compte {code} est réactivé.',
    'users.generated': 'Mot de passe de {code}',
    'users.generatedNote': 'Il n’est affiché qu’une fois : transmettez-le maintenant à son '
      + 'titulaire par un canal sûr (téléphone), puis fermez ce message.',
    'users.generatedDone': 'J’ai transmis le mot de passe',
    'users.none': 'Aucun utilisateur.',

    'audit.title': 'Journal des modifications',
    'audit.intro': 'Chaque changement de société ou de compte, du plus récent au plus ancien '
      + '(ce mois-ci et le mois dernier).',
    'audit.at': 'Date',
    'audit.actor': 'Par',
    'audit.action': 'Action',
    'audit.target': 'Cible',
    'audit.summary': 'Résumé',
    'audit.empty': 'Aucune modification enregistrée.',

    'form.problem': 'Le formulaire n’a pas été enregistré :',
    'form.tooLong': 'Pas plus de {max} caractères (actuellement {length}).',
  },
  en: {
    'app.title': 'SAV Web – Customer service',
    'app.loading': 'Loading…',
    'app.skip': 'Skip to content',
    'shell.tagline': 'Customer service staff page',
    'shell.menu': 'Customer service menu',
    'shell.otherLanguage': 'Français',
    'shell.signOut': 'Sign out',
    'shell.role.staff': 'Agent',
    'shell.role.admin': 'Administrator',
    'nav.queues': 'Queues',
    'nav.search': 'Search',
    'nav.nouveau': 'New dossier',
    'nav.companies': 'Companies',
    'nav.users': 'Users',
    'nav.audit': 'Audit trail',

    'state.E': 'ISSUED',
    'state.L': 'IN PROGRESS',
    'state.R': 'CHASED',
    'state.ATC': 'AWAITING CUSTOMER CONFIRMATION',
    'state.APL': 'TO BE SCHEDULED',
    'state.C': 'CLOSED',

    'error.network': 'The server does not answer. Check your connection, then try again.',
    'error.server': 'The service is unavailable for a moment. Try again shortly.',
    'error.unexpected': 'Something unexpected went wrong. Try again.',
    'error.forbidden': 'Your role does not allow this.',

    'problem.failedTitle': 'This page cannot be shown',
    'problem.retry': 'Try again',
    'problem.home': 'Back to the queues',
    'problem.notFoundTitle': 'Page not found',
    'problem.notFound': 'This address matches no page of the staff site.',
    'problem.adminOnlyTitle': 'Administrators only',
    'problem.adminOnly': 'This part manages companies and accounts: only administrators may '
      + 'use it.',

    'signin.title': 'Customer service sign-in',
    'signin.intro': 'Sign in with your customer service code and password.',
    'signin.code': 'Code',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.missing': 'Enter your code and your password.',
    'signin.expired': 'Your session expired. Sign in again: you will come back to the page '
      + 'you were on.',
    'signin.signedOut': 'You are signed out.',
    'customer.title': 'This page is for customer service staff',
    'customer.text': 'You are signed in with a customer account. This page is for the customer '
      + 'service staff; you follow your dossiers on the customer site.',
    'customer.link': 'Go to the customer site',

    'field.number': 'Number',
    'field.createdAt': 'Created',
    'field.updatedAt': 'Last change',
    'field.subject': 'Subject',
    'field.description': 'Description',
    'field.company': 'Company',
    'field.requester': 'Requester',
    'field.openedBy': 'Opened by',
    'field.department': 'Problem',
    'field.urgency': 'Urgency',
    'field.state': 'State',
    'field.version': 'Version',
    'field.all': 'All',
    'field.allFeminine': 'All',
    'field.choose': '— Choose —',

    'queues.title': 'Queue {state}',
    'queues.nav': 'Queues by state',
    'queues.count.one': '{count} dossier',
    'queues.count.other': '{count} dossiers',
    'queues.closedSince': 'Closed dossiers created in the last {days} days.',
    'queues.filters': 'Filters',
    'queues.sort': 'Sort',
    'queues.sort.oldest': 'Oldest first',
    'queues.sort.newest': 'Newest first',
    'queues.sort.urgency': 'Most urgent first',
    'queues.apply': 'Apply',
    'queues.reset': 'Clear the filters',
    'queues.export': 'Export as CSV',
    'queues.exported': 'Export downloaded: {file}.',
    'list.empty': 'No dossier here.',
    'list.more': 'Show more dossiers',
    'list.moreShown.one': '{count} more dossier shown.',
    'list.moreShown.other': '{count} more dossiers shown.',
    'list.noMore': 'There are no more dossiers.',
    'list.chased': 'chased',

    'search.title': 'Search',
    'search.byText': 'By number or subject words',
    'search.query': 'Dossier number or subject words',
    'search.submit': 'Search',
    'search.byCompany': 'By company',
    'search.view': 'List',
    'search.view.modification': 'Modification (E, ATC)',
    'search.view.en-cours': 'En cours (L, R, APL)',
    'search.view.historique': 'Historique (C)',
    'search.show': 'Show',
    'search.results.one': '{count} dossier found.',
    'search.results.other': '{count} dossiers found.',

    'dossier.title': 'Dossier {number}',
    'dossier.history': 'State history',
    'dossier.complements': 'Compléments and notes',
    'dossier.noComplement': 'No complément or note.',
    'dossier.notifications': 'Notification delivery',
    'dossier.noNotification': 'No notification.',
    'dossier.kind': 'Kind',
    'dossier.status': 'Status',
    'dossier.attempts': 'Attempts',
    'dossier.at': 'Date',
    'kind.DOSSIER_CREATED': 'Dossier opened',
    'kind.STATE_CHANGED': 'State change',
    'kind.STAFF_REPLY': 'Customer service reply',
    'kind.CUSTOMER_COMPLEMENT': 'Customer complément',
    'delivery.SENT': 'Sent',
    'delivery.PENDING': 'Waiting to be sent',
    'delivery.FAILED': 'Sending failed',
    'dossier.public': 'Public',
    'dossier.internal': 'Internal note',
    'dossier.internalComment': 'Internal comment',
    'dossier.byStaff': '{name} (customer service)',
    'dossier.write': 'Reply or add a note',
    'dossier.text': 'Text',
    'dossier.visibility': 'Visibility',
    'dossier.visibility.public': 'Reply to the customer: they see it and get it by email',
    'dossier.visibility.internal': 'Internal note: never shown or sent to the customer',
    'dossier.send.public': 'Send the reply to the customer',
    'dossier.send.internal': 'Add the internal note',
    'dossier.textRequired': 'Write the text.',
    'dossier.added.public': 'The reply was added and sent to the customer.',
    'dossier.added.internal': 'The internal note was added.',
    'dossier.changeState': 'Change the state',
    'dossier.newState': 'New state',
    'dossier.reopen': 'Reopen (L — IN PROGRESS)',
    'dossier.comment': 'Comment (optional)',
    'dossier.commentVisibility': 'Comment visibility',
    'dossier.comment.public': 'Public: the customer sees it and gets it by email',
    'dossier.comment.internal': 'Internal: never shown to the customer',
    'dossier.applyState': 'Change the state',
    'dossier.stateRequired': 'Choose the new state.',
    'dossier.stateChanged': 'The dossier is now in state {state}.',
    'dossier.concurrent': 'Someone else changed this dossier since you opened it. Reload it to '
      + 'see its current state before changing it.',
    'dossier.reload': 'Reload the dossier',
    'dossier.backToQueue': 'Back to queue {state}',
    'dossier.companyDossiers': 'All dossiers of {company}',

    'nouveau.title': 'Open a dossier for a customer',
    'nouveau.intro': 'Choose the company, then the user the dossier is opened for: they get '
      + 'the confirmation by email.',
    'nouveau.customer': 'User',
    'nouveau.chooseCompany': 'Choose the company first.',
    'nouveau.noCustomer': 'This company has no active user.',
    'nouveau.submit': 'Open the dossier',
    'nouveau.required': 'Fill in every field.',
    'nouveau.created': 'Dossier {number} opened for {name}.',

    'companies.title': 'Customer companies',
    'companies.id': 'Identifier',
    'companies.idHelp': 'Lower-case letters, digits and hyphens, 2 to 40 characters; it '
      + 'cannot change afterwards.',
    'companies.name': 'Name',
    'companies.emails': 'Contact emails',
    'companies.emailsHelp': 'One per line, or separated by commas.',
    'companies.language': 'Language',
    'companies.actions': 'Actions',
    'companies.edit': 'Edit {name}',
    'companies.users': 'Users of {name}',
    'companies.create': 'New company',
    'companies.editTitle': 'Edit company {name}',
    'companies.save': 'Save',
    'companies.cancel': 'Cancel',
    'companies.created': 'Company {name} created.',
    'companies.saved': 'Company {name} saved.',
    'language.fr': 'French',
    'language.en': 'English',

    'users.title': 'Users',
    'users.titleStaff': 'Users — customer service',
    'users.titleCompany': 'Users — {company}',
    'users.of': 'Show the users of',
    'users.staff': 'Customer service (staff)',
    'users.show': 'Show',
    'users.code': 'Code',
    'users.name': 'Name',
    'users.email': 'Email',
    'users.language': 'Language',
    'users.role': 'Role',
    'users.role.customer': 'Customer',
    'users.role.staff': 'Agent',
    'users.role.admin': 'Administrator',
    'users.company': 'Company',
    'users.departments': 'Departments',
    'users.status': 'Account',
    'users.enabled': 'Active',
    'users.disabled': 'Disabled',
    'users.locked': 'Locked',
    'users.actions': 'Actions',
    'users.edit': 'Edit',
    'users.disable': 'Disable',
    'users.enable': 'Re-enable',
    'users.resetPassword': 'New password',
    'users.create': 'New user',
    'users.editTitle': 'Edit user {code}',
    'users.password': 'Password (optional)',
    'users.passwordHelp': 'Leave empty to generate one. Otherwise 8 to 72 characters, letters '
      + 'and digits, without the code.',
    'users.save': 'Save',
    'users.cancel': 'Cancel',
    'users.created': 'User {code} created.',
    'users.saved': 'User {code} saved.',
    'users.disabledDone': 'Account {code} is disabled; its sessions are ended.',
    'users.enabledDone': 'Account {code} is enabled again.',
    'users.generated': 'Password of {code}',
    'users.generatedNote': 'It is shown only once: pass it on to its holder now through a safe '
      + 'channel (phone), then close this message.',
    'users.generatedDone': 'I have passed the password on',
    'users.none': 'No user.',

    'audit.title': 'Audit trail',
    'audit.intro': 'Every change to companies and accounts, newest first (this month and last '
      + 'month).',
    'audit.at': 'Date',
    'audit.actor': 'By',
    'audit.action': 'Action',
    'audit.target': 'Target',
    'audit.summary': 'Summary',
    'audit.empty': 'No change recorded.',

    'form.problem': 'The form was not saved:',
    'form.tooLong': 'No more than {max} characters (now {length}).',
  },
};

/**
 * The text `key` in the page language with its {placeholders} filled from `values`. With a
 * `count`, the plural form `key.one` or `key.other` that the language calls for.
 */
export function t(key, values = {}) {
  const current = language();
  const texts = TEXTS[current] ?? TEXTS.fr;
  const plural = 'count' in values
    ? `${key}.${new Intl.PluralRules(LOCALES[current]).select(values.count)}`
    : null;
  const text = texts[plural] ?? texts[`${key}.other`] ?? texts[key] ?? TEXTS.fr[key] ?? key;
  return typeset(text, current).replace(/\{(\w+)\}/g,
    (whole, name) => (name in values ? format(values[name], current) : whole));
}

/** The text `key` if there is one, else `fallback` (an API code this page does not know). */
export function tOr(key, fallback) {
  const text = t(key);
  return text === key ? fallback : text;
}

/** A state as people read it: its code and its label, "L — EN COURS". */
export function stateText(code) {
  const label = TEXTS[language()]?.[`state.${code}`];
  return label ? `${code} — ${label}` : String(code);
}

/** What to tell the agent about a failed call: the API's own message whenever it has one. */
export function errorText(error) {
  if (error?.code === 'network') {
    return t('error.network');
  }
  if (error?.name === 'ApiError' && error.message) {
    return error.message;
  }
  if (error?.status === 403) {
    return t('error.forbidden');
  }
  if (error?.status >= 500) {
    return t('error.server');
  }
  return t('error.unexpected');
}

/** Numbers as the language writes them (8 000, 8,000); anything else as it is. */
function format(value, current) {
  return typeof value === 'number'
    ? new Intl.NumberFormat(LOCALES[current]).format(value)
    : String(value);
}

/** French puts a non-breaking space before : ; ? ! so that they never start a line. */
function typeset(text, current) {
  return current === 'fr' ? text.replace(/ ([:;?!])/g, '\u00a0$1') : text;
}
