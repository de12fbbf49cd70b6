/**
 * Connexion: code and password, the API's one message for any wrong pair with a way to try
 * again, and whom to call for people who have no credentials yet.
 *
 * The staff page signs in with the same form and page frame, in its own words: signInForm()
 * and signInPage() are shared, the rest is the customer site's.
 */
import * as http from '../http.js';
import {el, fill} from '../dom.js';
import {t, pick, errorText} from '../i18n.js';

/** The sign-in page; context.signedIn(profile) takes over once the API accepts. */
export async function render(context) {
  const notice = context.takeNotice();
  const contact = await http.catalogue().then((catalogue) => catalogue.contact, () => null);

  const form = signInForm(context, t, (error, {problem, code, password}) => {
    const tryAgain = () => {
      fill(problem);
      password.value = '';
      code.focus();
      code.select();
    };
    fill(problem, el('div', {class: 'message error'},
      el('p', {}, errorText(error)),
      el('button', {type: 'button', class: 'button', onClick: tryAgain},
        t('signin.tryAgain'))));
  });
  return signInPage(t, notice, notice && t(`signin.notice.${notice}`),
    form, noCredentials(contact));
}

/**
 * The sign-in form in the words of `t`: code and password, the check that both are given, and
 * one sending at a time. When the API refuses, `refused(error, {problem, code, password})`
 * says so in `problem`, an alert region; when it accepts, context.signedIn(profile) takes over.
 */
export function signInForm(context, t, refused) {
  const code = el('input', {
    id: 'signin-code', name: 'code', type: 'text', required: true,
    autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false',
  });
  const password = el('input', {
    id: 'signin-password', name: 'password', type: 'password', required: true,
    autocomplete: 'current-password',
  });
  const submit = el('button', {type: 'submit', class: 'button primary'}, t('signin.submit'));
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const form = el('form', {class: 'card signin-form', novalidate: true},
    field(code, t('signin.code')),
    field(password, t('signin.password')),
    problem,
    el('p', {class: 'actions'}, submit));

  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) {
      return;
    }
    const missing = [code, password].find((input) => input.value.trim() === '');
    if (missing) {
      fill(problem, el('p', {class: 'message error'}, t('signin.missing')));
      missing.focus();
      return;
    }

    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    try {
      context.signedIn(await http.login(code.value.trim(), password.value));
    } catch (error) {
      refused(error, {problem, code, password});
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
    }
  });
  return form;
}

/**
 * The page around the form: its title, `noticeText` for how the last session ended (`notice`
 * is 'expired' or 'signedOut', or null), the app's introduction, then the form and `more`.
 */
export function signInPage(t, notice, noticeText, form, ...more) {
  return el('section', {class: 'signin'},
    el('h1', {}, t('signin.title')),
    notice && el('div', {role: 'alert'},
      el('p', {class: `message ${notice === 'expired' ? 'warning' : 'info'}`}, noticeText)),
    el('p', {class: 'lead'}, t('signin.intro')),
    form,
    more);
}

function field(input, label) {
  return el('p', {class: 'field-simple'},
    el('label', {for: input.id}, label),
    input);
}

function noCredentials(contact) {
  return el('section', {class: 'contact', 'aria-labelledby': 'contact-title'},
    el('h2', {id: 'contact-title'}, t('signin.noCredentialsTitle')),
    el('p', {}, t('signin.noCredentials')),
    contact && el('ul', {class: 'contact-list'},
      el('li', {},
        el('span', {class: 'contact-kind'}, t('signin.phone')),
        el('a', {href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}`}, contact.phone)),
      el('li', {},
        el('span', {class: 'contact-kind'}, t('signin.email')),
        el('a', {href: `mailto:${contact.email}`}, contact.email)),
      contact.hours && el('li', {},
        el('span', {class: 'contact-kind'}, t('signin.hours')),
        pick(contact.hours))));
}
