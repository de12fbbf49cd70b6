/**
 * The three lists of the guide (Modification, En cours, Historique), for the customer's own
 * dossiers or, through one link, for the whole company; newest first, a page at a time.
 */
import * as api from '../api.js';
import {el} from '../dom.js';
import {t, errorText} from '../i18n.js';
import {labelOf, pager, stateBadge, when} from './parts.js';

const VIEW_TEXTS = {'modification': 'modification', 'en-cours': 'enCours',
  'historique': 'historique'};

/** The list context.params[0], scope `?scope=company` or the customer's own. */
export async function render({params: [view], query, session}) {
  const scope = query.get('scope') === 'company' ? 'company' : 'mine';
  const [page, catalogue] = await Promise.all([
    api.dossiers({view, scope}),
    api.catalogue(),
  ]);
  const name = VIEW_TEXTS[view];
  const company = session.company.name;
  const title = scope === 'company'
    ? t('list.titleCompany', {list: t(`theme.${name}`), company})
    : t('list.titleMine', {list: t(`theme.${name}`)});
  const otherScope = scope === 'company'
    ? el('a', {href: `#/liste/${view}`}, t('list.mine'))
    : el('a', {href: `#/liste/${view}?scope=company`}, t('list.company', {company}));

  const body = el('tbody');
  const table = el('table', {class: 'dossiers', 'aria-labelledby': 'list-title'},
    el('thead', {}, el('tr', {},
      column(t('list.date')), column(t('list.number')), column(t('list.subject')),
      scope === 'company' && column(t('list.requester')),
      column(t('list.urgency')), column(t('list.state')))),
    body);

  const {status, more, show} = pager({
    body,
    add: (items) => body.append(...items.map((item) => row(item, scope, catalogue))),
    nextPage: (cursor) => api.dossiers({view, scope, cursor}),
    t,
    errorText,
  });
  show(page.items, page.next);

  return el('section', {class: 'liste'},
    el('h1', {id: 'list-title'}, title),
    el('p', {class: 'lead'}, t(`list.intro.${name}`)),
    el('p', {class: 'scope-link'}, otherScope),
    page.items.length === 0 && !page.next
      ? el('p', {class: 'empty'}, t('list.empty'))
      : table,
    status,
    more);
}

function column(text) {
  return el('th', {scope: 'col'}, text);
}

function row(item, scope, catalogue) {
  return el('tr', {},
    cell(t('list.date'), when(item.createdAt, {time: false})),
    cell(t('list.number'),
      el('a', {href: `#/dossiers/${encodeURIComponent(item.number)}`, class: 'number'},
        item.number)),
    cell(t('list.subject'), item.subject),
    scope === 'company' && cell(t('list.requester'), item.requesterName),
    cell(t('list.urgency'), labelOf(catalogue.urgencies, item.urgency)),
    cell(t('list.state'), stateBadge(item.state)));
}

/** A cell that names its column on narrow screens, where the table becomes cards. */
function cell(column, ...content) {
  return el('td', {'data-column': column}, ...content);
}
