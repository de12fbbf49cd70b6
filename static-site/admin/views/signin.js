/**
 * Sign-in of the staff page: the customer site's form and page frame, in the staff page's
 * words, with its one message for any wrong code or password. Customers who sign in here are
 * pointed to the customer site by the router.
 */
import {el, fill} from '../../js/dom.js';
import {signInForm, signInPage} from '../../js/views/signin.js';
import {t, errorText} from '../texts.js';

/** The sign-in page; context.signedIn(profile) takes over once the API accepts. */
export function render(context) {
  const notice = context.takeNotice();
  const form = signInForm(context, t, (error, {problem, code, password}) => {
    fill(problem, el('p', {class: 'message error'}, errorText(error)));
    password.value = '';
    code.focus();
  });
  return signInPage(t, notice, notice && t(`signin.${notice}`), form);
}
