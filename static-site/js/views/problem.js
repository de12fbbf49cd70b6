/**
 * The pages and messages shown when something cannot be done: an unknown address, a page for
 * customers opened by staff, a failed call. They are loaded with the site, not on demand, so
 * they still show when the network is down.
 */
import {el} from '../dom.js';
import {t, errorText} from '../i18n.js';

/** An error as a short message, for a live region. */
export function message(error) {
  return el('p', {class: 'message error'}, errorText(error));
}

/** A page that could not be shown because of `error`, with a way to try again. */
export function failure(error, retry) {
  return el('section', {class: 'problem'},
    el('h1', {}, t('problem.failedTitle')),
    el('div', {role: 'alert'}, message(error)),
    el('p', {class: 'actions'},
      el('button', {type: 'button', class: 'button', onClick: retry}, t('problem.retry')),
      el('a', {href: '#/'}, t('problem.home'))));
}

/** An address the site does not know. */
export function notFound() {
  return el('section', {class: 'problem'},
    el('h1', {}, t('problem.notFoundTitle')),
    el('p', {}, t('problem.notFound')),
    el('p', {}, el('a', {href: '#/'}, t('problem.home'))));
}

/** A customer page opened by a staff member, who works from the staff page instead. */
export function customersOnly() {
  return el('section', {class: 'problem'},
    el('h1', {}, t('problem.customersOnlyTitle')),
    el('p', {}, t('problem.customersOnly')),
    el('p', {}, el('a', {href: '/admin/'}, t('shell.staffPage'))));
}
