/**
 * The recap shown once a dossier is created: what was recorded and, above all, the dossier
 * number that the service desk may ask for on the phone.
 */
import * as api from '../api.js';
import {el} from '../dom.js';
import {t} from '../i18n.js';
import {entry, labelOf, stateBadge, when} from './parts.js';

/** Dossiers just created in this page, so their recap needs no second call. */
const created = new Map();

/** Remembers the API's answer to a creation for the recap page that follows. */
export function keep(dossier) {
  created.set(dossier.number, dossier);
}

/** The recap of dossier context.params[0] (loaded again if the page was reloaded). */
export async function render({params: [number]}) {
  const [dossier, catalogue] = await Promise.all([
    created.get(number) ?? api.dossier(number).then((detail) => detail.dossier),
    api.catalogue(),
  ]);

  return el('section', {class: 'recap'},
    el('h1', {}, t('recap.title')),
    el('div', {class: 'dossier-number', role: 'group', 'aria-labelledby': 'recap-number-label'},
      el('p', {id: 'recap-number-label', class: 'dossier-number-label'}, t('recap.number')),
      el('p', {class: 'dossier-number-value'}, dossier.number)),
    el('p', {class: 'lead'}, t('recap.keepNumber')),
    el('h2', {}, t('recap.recorded')),
    el('dl', {class: 'facts'},
      entry(t('field.department'), labelOf(catalogue.departments, dossier.department)),
      entry(t('field.urgency'), labelOf(catalogue.urgencies, dossier.urgency)),
      entry(t('field.subject'), dossier.subject),
      entry(t('field.description'), el('span', {class: 'text'}, dossier.description)),
      entry(t('dossier.state'), stateBadge(dossier.state)),
      entry(t('dossier.createdAt'), when(dossier.createdAt)),
      entry(t('dossier.requester'), dossier.requesterName)),
    el('p', {class: 'actions'},
      el('a', {class: 'button primary', href: `#/dossiers/${dossier.number}`},
        t('recap.open')),
      el('a', {class: 'button', href: '#/nouveau'}, t('recap.another')),
      el('a', {href: '#/'}, t('problem.home'))));
}
