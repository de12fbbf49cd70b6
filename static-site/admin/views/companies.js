/**
 * Admin: the customer companies (id, name, contact emails, language), created and edited in
 * one form. The id is the key of every dossier and user of the company, so it is set once.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {t, errorText} from '../texts.js';
import {busy, cell, column, field, outcome, select} from './parts.js';

const LANGUAGES = ['fr', 'en'];

/** The list of companies and the form; `done` is the message of the last change. */
export async function render() {
  const page = el('section', {class: 'companies'});
  draw(page, await api.companies());
  return page;
}

function draw(page, {items}, done = null) {
  const result = outcome();
  const reload = async (message) => {
    try {
      draw(page, await api.companies(), message);
    } catch (error) {
      result.fail(error);
    }
  };
  const form = companyForm(reload);

  fill(page,
    el('h1', {id: 'companies-title'}, t('companies.title')),
    result.region,
    el('table', {class: 'dossiers admin-table', 'aria-labelledby': 'companies-title'},
      el('thead', {}, el('tr', {},
        column(t('companies.id')), column(t('companies.name')),
        column(t('companies.emails')), column(t('companies.language')),
        column(t('companies.actions')))),
      el('tbody', {}, items.map((company) => el('tr', {},
        cell(t('companies.id'), company.id),
        cell(t('companies.name'), company.name),
        cell(t('companies.emails'), (company.contactEmails ?? []).join(', ')),
        cell(t('companies.language'), t(`language.${company.language}`)),
        cell(t('companies.actions'), el('span', {class: 'row-actions'},
          el('button', {type: 'button', class: 'link-button',
            onClick: () => form.edit(company)}, t('companies.edit', {name: company.name})),
          el('a', {href: `#/admin/utilisateurs?${new URLSearchParams({company: company.id})}`},
            t('companies.users', {name: company.name})))))))),
    form.node);
  if (done) {
    result.say(done);
  }
}

/** One form for both: empty to create, filled by edit(company) to change one. */
function companyForm(reload) {
  const title = el('h2', {id: 'company-form-title', tabindex: '-1'}, t('companies.create'));
  const id = el('input', {id: 'company-id', type: 'text', required: true,
    autocapitalize: 'none', spellcheck: 'false', pattern: '[a-z0-9-]{2,40}'});
  const name = el('input', {id: 'company-name', type: 'text', required: true});
  const emails = el('textarea', {id: 'company-emails', rows: 3});
  const language = select('company-language',
    LANGUAGES.map((code) => [code, t(`language.${code}`)]), 'fr');
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const submit = el('button', {type: 'submit', class: 'button primary'}, t('companies.save'));
  const cancel = el('button', {type: 'button', class: 'button', hidden: true},
    t('companies.cancel'));
  let editing = null;

  const node = el('form', {class: 'card admin-form', novalidate: true,
    'aria-labelledby': 'company-form-title'},
  title,
  field(id, t('companies.id'), t('companies.idHelp')),
  field(name, t('companies.name')),
  field(emails, t('companies.emails'), t('companies.emailsHelp')),
  field(language, t('companies.language')),
  problem,
  el('p', {class: 'actions'}, submit, cancel));

  const reset = () => {
    editing = null;
    node.reset();
    id.readOnly = false;
    cancel.hidden = true;
    fill(title, t('companies.create'));
    fill(problem);
  };
  cancel.addEventListener('click', () => {
    reset();
    id.focus();
  });

  node.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const company = {
        name: name.value.trim(),
        contactEmails: emails.value.split(/[\s,;]+/).filter(Boolean),
        language: language.value,
      };
      try {
        if (editing) {
          await api.updateCompany(editing, company);
          await reload(t('companies.saved', {name: company.name}));
        } else {
          await api.createCompany({id: id.value.trim(), ...company});
          await reload(t('companies.created', {name: company.name}));
        }
      } catch (error) {
        if (!error.handled) {
          fill(problem, el('p', {class: 'message error'}, errorText(error)));
        }
      }
    });
  });

  return {
    node,
    edit(company) {
      editing = company.id;
      id.value = company.id;
      id.readOnly = true;
      name.value = company.name;
      emails.value = (company.contactEmails ?? []).join('\n');
      language.value = company.language ?? 'fr';
      cancel.hidden = false;
      fill(title, t('companies.editTitle', {name: company.name}));
      fill(problem);
      title.focus();
    },
  };
}
