/**
 * Pages and messages shown when something cannot be done, in the staff page's words. Loaded
 * with the app, not on demand, so that they still show when the network is down. The pages
 * both apps show are built by the customer site's problem view; only the refusals that are
 * the staff page's own are drawn here.
 */
import {el} from '../../js/dom.js';
import {problemPages, refusal} from '../../js/views/problem.js';
import {t, errorText} from '../texts.js';

export const {message, failure, notFound} = problemPages({t, errorText});

/** An admin page opened by an agent. */
export function adminOnly() {
  return refusal(t('problem.adminOnlyTitle'), t('problem.adminOnly'),
    el('a', {href: '#/'}, t('problem.home')));
}

/** Any page opened by a customer, who follows dossiers on the customer site instead. */
export function customersElsewhere() {
  return refusal(t('customer.title'), t('customer.text'),
    el('a', {href: '/', class: 'button primary'}, t('customer.link')));
}
