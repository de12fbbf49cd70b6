/**
 * Pages and messages shown when something cannot be done. Loaded with the app, not on demand,
 * so that they still show when the network is down.
 */
import {el} from '../../js/dom.js';
import {t, errorText} from '../texts.js';

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

/** An address the staff page does not know. */
export function notFound() {
  return el('section', {class: 'problem'},
    el('h1', {}, t('problem.notFoundTitle')),
    el('p', {}, t('problem.notFound')),
    el('p', {}, el('a', {href: '#/'}, t('problem.home'))));
}

/** An admin page opened by an agent. */
export function adminOnly() {
  return el('section', {class: 'problem'},
    el('h1', {}, t('problem.adminOnlyTitle')),
    el('p', {}, t('problem.adminOnly')),
    el('p', {}, el('a', {href: '#/'}, t('problem.home'))));
}

/** Any page opened by a customer, who follows dossiers on the customer site instead. */
export function customersElsewhere() {
  return el('section', {class: 'problem'},
    el('h1', {}, t('customer.title')),
    el('p', {}, t('customer.text')),
    el('p', {}, el('a', {href: '/', class: 'button primary'}, t('customer.link'))));
}
