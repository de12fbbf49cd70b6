/**
 * Search: a dossier by its number or by words of its subject (GET /api/search), or one
 * company's dossiers in one of the three lists of the guide (GET /api/dossiers?company=…),
 * which can be exported like a queue. The criteria live in the address, so results can be
 * bookmarked and the back button returns to them.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {t, errorText} from '../texts.js';
import {busy, dossierTable, field, select} from './parts.js';
import {exportButton} from './queues.js';

const VIEWS = ['modification', 'en-cours', 'historique'];

/** The search page; `?q=` or `?company=&view=` show results under the forms. */
export async function render({query, go}) {
  const q = query.get('q') ?? '';
  const company = query.get('company') ?? '';
  const view = VIEWS.includes(query.get('view')) ? query.get('view') : 'en-cours';
  const [catalogue, companies] = await Promise.all([api.catalogue(), api.staffCompanies()]);
  const results = q ? await api.search(q)
    : company ? await api.dossiers({company, view}) : null;

  return el('section', {class: 'search'},
    el('h1', {}, t('search.title')),
    textForm(q, go),
    companyForm(companies.items, company, view, go),
    results && resultList(results, catalogue, company && !q ? {company, view} : null));
}

function textForm(q, go) {
  const input = el('input', {id: 'search-q', name: 'q', type: 'search', value: q,
    required: true});
  const form = el('form', {class: 'card', role: 'search', 'aria-labelledby': 'by-text'},
    el('h2', {id: 'by-text'}, t('search.byText')),
    el('div', {class: 'picker'},
      field(input, t('search.query')),
      el('button', {type: 'submit', class: 'button primary'}, t('search.submit'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) {
      go(`/recherche?${new URLSearchParams({q: value})}`);
    } else {
      input.focus();
    }
  });
  return form;
}

function companyForm(companies, company, view, go) {
  const companySelect = select('search-company', [['', t('field.choose')],
    ...companies.map((item) => [item.id, item.name])], company);
  const viewSelect = select('search-view',
    VIEWS.map((name) => [name, t(`search.view.${name}`)]), view);
  const form = el('form', {class: 'card', 'aria-labelledby': 'by-company'},
    el('h2', {id: 'by-company'}, t('search.byCompany')),
    el('div', {class: 'picker'},
      field(companySelect, t('field.company')),
      field(viewSelect, t('search.view')),
      el('button', {type: 'submit', class: 'button primary'}, t('search.show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (companySelect.value) {
      go(`/recherche?${new URLSearchParams({company: companySelect.value,
        view: viewSelect.value})}`);
    } else {
      companySelect.focus();
    }
  });
  return form;
}

/** The found dossiers; a company list pages with `next` and can be exported. */
function resultList(results, catalogue, companyList) {
  const list = dossierTable('results-title', catalogue);
  const status = el('div', {class: 'list-status', role: 'status'});
  const more = el('p', {class: 'actions'});
  let shown = 0;
  const show = (items, next) => {
    list.add(items);
    shown += items.length;
    fill(more, next && el('button', {type: 'button', class: 'button',
      onClick: (event) => busy(event.target, async () => {
        try {
          const page = await api.dossiers({...companyList, cursor: next});
          show(page.items, page.next);
          fill(status, t('list.moreShown', {count: page.items.length}));
        } catch (error) {
          if (!error.handled) {
            fill(status, el('p', {class: 'message error'}, errorText(error)));
          }
        }
      })}, t('list.more')));
  };
  show(results.items, results.next);
  return el('section', {class: 'results', 'aria-labelledby': 'results-title'},
    el('h2', {id: 'results-title'}, t('search.results', {count: shown})),
    companyList && exportButton(companyList),
    shown > 0 && list.table,
    status,
    more);
}
