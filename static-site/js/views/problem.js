/**
 * The pages and messages shown when something cannot be done: an unknown address, a page for
 * customers opened by staff, a failed call. They are loaded with the site, not on demand, so
 * they still show when the network is down.
 *
 * The staff page shows the same pages in its own words: problemPages() builds them from any
 * text table, and this module's own exports are the customer site's.
 */
import {el} from '../dom.js';
import * as texts from '../i18n.js';

/** The problem pages in the words of `t` and `errorText` (each app has its own table). */
export function problemPages({t, errorText}) {
  const message = (error) => el('p', {class: 'message error'}, errorText(error));
  return {
    /** An error as a short message, for a live region. */
    message,

    /** A page that could not be shown because of `error`, with a way to try again. */
    failure(error, retry) {
      return el('section', {class: 'problem'},
        el('h1', {}, t('problem.failedTitle')),
        el('div', {role: 'alert'}, message(error)),
        el('p', {class: 'actions'},
          el('button', {type: 'button', class: 'button', onClick: retry}, t('problem.retry')),
          el('a', {href: '#/'}, t('problem.home'))));
    },

    /** An address the app does not know. */
    notFound() {
      return refusal(t('problem.notFoundTitle'), t('problem.notFound'),
        el('a', {href: '#/'}, t('problem.home')));
    },
  };
}

/** A page this visitor may not see: a title, why, and the one way onwards. */
export function refusal(title, text, link) {
  return el('section', {class: 'problem'},
    el('h1', {}, title),
    el('p', {}, text),
    el('p', {}, link));
}

export const {message, failure, notFound} = problemPages(texts);

/** A customer page opened by a staff member, who works from the staff page instead. */
export function customersOnly() {
  return refusal(texts.t('problem.customersOnlyTitle'), texts.t('problem.customersOnly'),
    el('a', {href: '/admin/'}, texts.t('shell.staffPage')));
}
