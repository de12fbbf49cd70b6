/** Admin: the audit trail of company and account changes, newest first. */
import * as api from '../api.js';
import {el} from '../../js/dom.js';
import {t} from '../texts.js';
import {cell, column, when} from './parts.js';

/** The trail as the API answers it (this month and last month). */
export async function render() {
  const {items} = await api.audit();
  return el('section', {class: 'audit'},
    el('h1', {id: 'audit-title'}, t('audit.title')),
    el('p', {class: 'lead'}, t('audit.intro')),
    items.length === 0
      ? el('p', {class: 'empty'}, t('audit.empty'))
      : el('table', {class: 'dossiers admin-table', 'aria-labelledby': 'audit-title'},
        el('thead', {}, el('tr', {},
          column(t('audit.at')), column(t('audit.actor')), column(t('audit.action')),
          column(t('audit.target')), column(t('audit.summary')))),
        el('tbody', {}, items.map((line) => el('tr', {},
          cell(t('audit.at'), when(line.at)),
          cell(t('audit.actor'), line.actor),
          cell(t('audit.action'), line.action),
          cell(t('audit.target'), line.target ?? ''),
          cell(t('audit.summary'), el('span', {class: 'summary'}, line.summary ?? '')))))));
}
