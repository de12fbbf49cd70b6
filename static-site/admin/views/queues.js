/**
 * The queues of the service desk: one per state with its count, filters by department,
 * company and urgency, a sort, a page at a time, and the CSV export of what is shown.
 * The filters live in the address (#/files/E?urgency=urgent), so a filtered queue can be
 * bookmarked, reloaded and exported as it is.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {pick} from '../../js/i18n.js';
import {t, stateText, errorText} from '../texts.js';
import {busy, dossierTable, field, outcome, pager, select} from './parts.js';

const STATES = ['E', 'L', 'R', 'ATC', 'APL', 'C'];
const FILTERS = ['department', 'company', 'urgency', 'sort'];
const SORTS = ['oldest', 'newest', 'urgency'];

/** The queue of state context.params[0], filtered by the query of the address. */
export async function render({params: [state], query, go}) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? '']));
  const parameters = {state, ...filters};
  const [counts, catalogue, companies, page] = await Promise.all([
    api.queues(), api.catalogue(), api.staffCompanies(), api.dossiers(parameters),
  ]);

  const list = dossierTable('queue-title', catalogue);
  const {status, more, show} = pager({
    body: list.body,
    add: list.add,
    nextPage: (cursor) => api.dossiers({...parameters, cursor}),
    t,
    errorText,
    around: busy,
  });
  show(page.items, page.next);
  const empty = page.items.length === 0 && !page.next;

  return el('section', {class: 'queues'},
    el('h1', {id: 'queue-title'}, t('queues.title', {state: stateText(state)})),
    queueNav(state, counts.counts, query),
    state === 'C' && el('p', {class: 'lead'},
      t('queues.closedSince', {days: counts.closedSinceDays})),
    filterForm(state, filters, catalogue, companies.items, go),
    exportButton(parameters),
    empty ? el('p', {class: 'empty'}, t('list.empty')) : list.table,
    status,
    more);
}

/** Links to the six queues with their counts; the filters follow from one queue to another. */
function queueNav(current, counts, query) {
  const suffix = query.toString() ? `?${query}` : '';
  return el('nav', {class: 'queue-nav', 'aria-label': t('queues.nav')},
    el('ul', {},
      STATES.map((state) => el('li', {class: state === 'R' ? 'queue-chased' : null},
        el('a', {
          href: `#/files/${state}${suffix}`,
          'aria-current': state === current ? 'page' : null,
        },
        el('span', {class: 'queue-name'}, stateText(state)),
        el('span', {class: 'queue-count'}, t('queues.count', {count: counts[state] ?? 0})))))));
}

function filterForm(state, filters, catalogue, companies, go) {
  // « Problème » is masculine, « Société » and « Urgence » feminine.
  const all = ['', t('field.all')];
  const allFeminine = ['', t('field.allFeminine')];
  const department = select('filter-department', [all,
    ...catalogue.departments.map((item) => [item.id, pick(item.label)])], filters.department);
  const company = select('filter-company', [allFeminine,
    ...companies.map((item) => [item.id, item.name])], filters.company);
  const urgency = select('filter-urgency', [allFeminine,
    ...catalogue.urgencies.map((item) => [item.id, pick(item.label)])], filters.urgency);
  const sort = select('filter-sort',
    SORTS.map((value) => [value, t(`queues.sort.${value}`)]), filters.sort || 'oldest');

  const form = el('form', {class: 'card filters', 'aria-labelledby': 'filters-title'},
    el('h2', {id: 'filters-title'}, t('queues.filters')),
    el('div', {class: 'filter-fields'},
      field(department, t('field.department')),
      field(company, t('field.company')),
      field(urgency, t('field.urgency')),
      field(sort, t('queues.sort'))),
    el('p', {class: 'actions'},
      el('button', {type: 'submit', class: 'button primary'}, t('queues.apply')),
      el('a', {href: `#/files/${state}`}, t('queues.reset'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    const values = {department: department.value, company: company.value,
      urgency: urgency.value, sort: sort.value === 'oldest' ? '' : sort.value};
    for (const [name, value] of Object.entries(values)) {
      if (value) {
        query.set(name, value);
      }
    }
    go(`/files/${state}${query.toString() ? `?${query}` : ''}`);
  });
  return form;
}

/** Downloads the CSV of the list `parameters` describe, in the page language. */
export function exportButton(parameters) {
  const result = outcome();
  const button = el('button', {type: 'button', class: 'button export'}, t('queues.export'));
  button.addEventListener('click', () => busy(button, async () => {
    try {
      const blob = await api.exportCsv(parameters);
      const name = `sav-${parameters.state ?? parameters.company}-`
        + `${new Date().toISOString().slice(0, 10)}.csv`;
      const url = URL.createObjectURL(blob);
      const link = el('a', {href: url, download: name, hidden: true});
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the address is freed.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      fill(result.region, el('p', {class: 'message info'}, t('queues.exported', {file: name})));
    } catch (error) {
      result.fail(error);
    }
  }));
  return el('div', {class: 'export-bar'}, el('p', {class: 'actions'}, button), result.region);
}
