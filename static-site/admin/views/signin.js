/**
 * Sign-in of the staff page: the same API sign-in as the customer site, with its one message
 * for any wrong code or password. Customers who sign in here are pointed to the customer site
 * by the router.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {t, errorText} from '../texts.js';
import {field} from './parts.js';

/** The sign-in page; context.signedIn(profile) takes over once the API accepts. */
export function render(context) {
  const notice = context.takeNotice();
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
      context.signedIn(await api.login(code.value.trim(), password.value));
    } catch (error) {
      fill(problem, el('p', {class: 'message error'}, errorText(error)));
      password.value = '';
      code.focus();
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
    }
  });

  return el('section', {class: 'signin'},
    el('h1', {}, t('signin.title')),
    notice && el('div', {role: 'alert'},
      el('p', {class: `message ${notice === 'expired' ? 'warning' : 'info'}`},
        t(`signin.${notice}`))),
    el('p', {class: 'lead'}, t('signin.intro')),
    form);
}
