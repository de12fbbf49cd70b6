/**
 * Opening a dossier on behalf of a customer user, who then gets the confirmation: pick the
 * company, then one of its enabled users, then the same fields as the customer's form.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {pick} from '../../js/i18n.js';
import {t, errorText} from '../texts.js';
import {busy, field, select} from './parts.js';

// The API's limits (docs/api.md).
const SUBJECT_MAX = 120;
const DESCRIPTION_MAX = 8000;

/** The form; once the API accepts, the new dossier's page. */
export async function render({go, query}) {
  const [catalogue, companies] = await Promise.all([api.catalogue(), api.staffCompanies()]);
  const choose = ['', t('field.choose')];
  const company = select('new-company', [choose,
    ...companies.items.map((item) => [item.id, item.name])], query.get('company') ?? '');
  const customer = select('new-requester', [choose]);
  const customerHelp = el('span', {class: 'field-help', id: 'new-requester-help',
    role: 'status'}, t('nouveau.chooseCompany'));
  customer.setAttribute('aria-describedby', 'new-requester-help');
  const department = select('new-department', [choose,
    ...catalogue.departments.map((item) => [item.id, pick(item.label)])]);
  const urgency = select('new-urgency', [choose,
    ...catalogue.urgencies.map((item) => [item.id, pick(item.label)])]);
  const subject = el('input', {id: 'new-subject', type: 'text', maxlength: SUBJECT_MAX});
  const description = el('textarea', {id: 'new-description', rows: 6,
    maxlength: DESCRIPTION_MAX});
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const submit = el('button', {type: 'submit', class: 'button primary'}, t('nouveau.submit'));
  // One key per form shown: a retry after a lost answer cannot open the dossier twice.
  const idempotencyKey = crypto.randomUUID();

  const loadCustomers = async () => {
    fill(customer, el('option', {value: ''}, t('field.choose')));
    if (!company.value) {
      fill(customerHelp, t('nouveau.chooseCompany'));
      return;
    }
    try {
      const {items} = await api.staffCustomers(company.value);
      customer.append(...items.map((item) => el('option', {value: item.code},
        `${item.name} (${item.code})`)));
      fill(customerHelp, items.length === 0 ? t('nouveau.noCustomer') : '');
    } catch (error) {
      fill(customerHelp, errorText(error));
    }
  };
  company.addEventListener('change', loadCustomers);
  if (company.value) {
    await loadCustomers();
  }

  const form = el('form', {class: 'card admin-form', novalidate: true},
    field(company, t('field.company')),
    el('p', {class: 'field-simple'},
      el('label', {for: 'new-requester'}, t('nouveau.customer')), customerHelp, customer),
    field(department, t('field.department')),
    field(urgency, t('field.urgency')),
    field(subject, t('field.subject')),
    field(description, t('field.description')),
    problem,
    el('p', {class: 'actions'}, submit));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const controls = [company, customer, department, urgency, subject, description];
      const missing = controls.find((control) => control.value.trim() === '');
      if (missing) {
        fill(problem, el('p', {class: 'message error'}, t('nouveau.required')));
        missing.focus();
        return;
      }
      try {
        const recap = await api.createDossier({
          requester: customer.value, department: department.value, urgency: urgency.value,
          subject: subject.value.trim(), description: description.value.trim(),
        }, idempotencyKey);
        go(`/dossiers/${encodeURIComponent(recap.number)}`);
      } catch (error) {
        if (!error.handled) {
          fill(problem, el('p', {class: 'message error'}, errorText(error)));
        }
      }
    });
  });

  return el('section', {class: 'nouveau'},
    el('h1', {}, t('nouveau.title')),
    el('p', {class: 'lead'}, t('nouveau.intro')),
    form);
}
