/**
 * Admin: the users of one customer company, or the staff (no company). Create, edit, disable
 * and re-enable, and new passwords. A password the API generates is shown once, here, with a
 * note to pass it on: it is kept nowhere, and a reload of the page forgets it.
 */
import * as api from '../api.js';
import {el, fill} from '../../js/dom.js';
import {pick} from '../../js/i18n.js';
import {t, errorText} from '../texts.js';
import {busy, cell, column, field, outcome, select} from './parts.js';

const LANGUAGES = ['fr', 'en'];
const ROLES = ['customer', 'staff', 'admin'];

/** The users of `?company=ID`, or the staff without it. */
export async function render({query, go, session}) {
  const company = query.get('company') ?? '';
  const [companies, catalogue, users] = await Promise.all([
    api.companies(), api.catalogue(), api.users(company),
  ]);
  const page = el('section', {class: 'users'});
  const context = {company, companies: companies.items, catalogue, go, session, page};
  draw(context, users.items);
  return page;
}

function draw(context, users, {done = null, secret = null} = {}) {
  const {company, companies, page} = context;
  const result = outcome();
  const secretBox = el('div', {class: 'secret'});
  const reload = async (after) => {
    try {
      draw(context, (await api.users(company)).items, after);
    } catch (error) {
      result.fail(error);
    }
  };
  const form = userForm(context, reload);
  const companyName = companies.find((item) => item.id === company)?.name ?? company;

  fill(page,
    el('h1', {id: 'users-title'}, company
      ? t('users.titleCompany', {company: companyName})
      : t('users.titleStaff')),
    picker(company, companies, context.go),
    result.region,
    secretBox,
    users.length === 0
      ? el('p', {class: 'empty'}, t('users.none'))
      : userTable(users, context, form, reload, result),
    form.node);

  if (secret) {
    showSecret(secretBox, secret);
  } else if (done) {
    result.say(done);
  }
}

function picker(company, companies, go) {
  const choice = select('users-of', [['', t('users.staff')],
    ...companies.map((item) => [item.id, item.name])], company);
  const form = el('form', {class: 'card', 'aria-label': t('users.of')},
    el('div', {class: 'picker'},
      field(choice, t('users.of')),
      el('button', {type: 'submit', class: 'button'}, t('users.show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(choice.value
      ? `/admin/utilisateurs?${new URLSearchParams({company: choice.value})}`
      : '/admin/utilisateurs');
  });
  return form;
}

function userTable(users, context, form, reload, result) {
  const departments = (codes) => (codes ?? [])
    .map((id) => pick(context.catalogue.departments.find((item) => item.id === id)?.label)
      || id).join(', ');
  return el('table', {class: 'dossiers admin-table', 'aria-labelledby': 'users-title'},
    el('thead', {}, el('tr', {},
      column(t('users.code')), column(t('users.name')), column(t('users.email')),
      column(t('users.language')), column(t('users.role')), column(t('users.departments')),
      column(t('users.status')), column(t('users.actions')))),
    el('tbody', {}, users.map((user) => el('tr', {
      class: user.enabled ? null : 'user-disabled', 'data-code': user.code,
    },
    cell(t('users.code'), user.code),
    cell(t('users.name'), user.name),
    cell(t('users.email'), user.email ?? ''),
    cell(t('users.language'), t(`language.${user.language}`)),
    cell(t('users.role'), t(`users.role.${user.role}`)),
    cell(t('users.departments'), departments(user.departments)),
    cell(t('users.status'), t(user.enabled ? 'users.enabled' : 'users.disabled'),
      user.locked ? ` · ${t('users.locked')}` : ''),
    cell(t('users.actions'), rowActions(user, form, reload, result))))));
}

function rowActions(user, form, reload, result) {
  // Button names carry the code: a screen reader's list of buttons then says whose they are.
  const label = (key) => `${t(key)} ${user.code}`;
  const toggle = el('button', {type: 'button', class: 'link-button'},
    label(user.enabled ? 'users.disable' : 'users.enable'));
  toggle.addEventListener('click', () => busy(toggle, async () => {
    try {
      await api.updateUser(user.code, {enabled: !user.enabled});
      await reload({done: t(user.enabled ? 'users.disabledDone' : 'users.enabledDone',
        {code: user.code})});
    } catch (error) {
      result.fail(error);
    }
  }));
  const reset = el('button', {type: 'button', class: 'link-button'},
    label('users.resetPassword'));
  reset.addEventListener('click', () => busy(reset, async () => {
    try {
      const answer = await api.resetPassword(user.code);
      await reload({secret: {code: user.code, password: answer.generatedPassword}});
    } catch (error) {
      result.fail(error);
    }
  }));
  return el('span', {class: 'row-actions'},
    el('button', {type: 'button', class: 'link-button', onClick: () => form.edit(user)},
      label('users.edit')),
    toggle,
    reset);
}

/** The generated password, once, with what to do with it; focused so it is read out. */
function showSecret(box, {code, password}) {
  const done = el('button', {type: 'button', class: 'button'}, t('users.generatedDone'));
  fill(box, el('section', {class: 'generated-password', 'aria-labelledby': 'secret-title'},
    el('h2', {id: 'secret-title', tabindex: '-1'}, t('users.generated', {code})),
    el('p', {class: 'password-value', id: 'generated-password'}, password),
    el('p', {}, t('users.generatedNote')),
    done));
  done.addEventListener('click', () => {
    fill(box);
    document.querySelector('#page h1')?.focus();
  });
  box.querySelector('h2').focus();
}

/** One form to create a user or, after edit(user), to change one. */
function userForm(context, reload) {
  const {company, companies, catalogue} = context;
  const title = el('h2', {id: 'user-form-title', tabindex: '-1'}, t('users.create'));
  const code = el('input', {id: 'user-code', type: 'text', required: true,
    autocapitalize: 'none', spellcheck: 'false'});
  const name = el('input', {id: 'user-name', type: 'text', required: true});
  const email = el('input', {id: 'user-email', type: 'email'});
  const language = select('user-language',
    LANGUAGES.map((value) => [value, t(`language.${value}`)]), 'fr');
  const role = select('user-role', ROLES.map((value) => [value, t(`users.role.${value}`)]),
    company ? 'customer' : 'staff');
  const companySelect = select('user-company',
    companies.map((item) => [item.id, item.name]), company);
  const companyField = field(companySelect, t('users.company'));
  const departments = el('fieldset', {class: 'checkboxes'},
    el('legend', {}, t('users.departments')),
    catalogue.departments.map((item) => el('p', {class: 'radio'},
      el('input', {type: 'checkbox', id: `user-department-${item.id}`, value: item.id,
        name: 'departments'}),
      el('label', {for: `user-department-${item.id}`}, pick(item.label)))));
  const password = el('input', {id: 'user-password', type: 'password',
    autocomplete: 'new-password'});
  const passwordField = field(password, t('users.password'), t('users.passwordHelp'));
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const submit = el('button', {type: 'submit', class: 'button primary'}, t('users.save'));
  const cancel = el('button', {type: 'button', class: 'button', hidden: true},
    t('users.cancel'));
  let editing = null;

  // Customers belong to a company; staff work in departments.
  const showRole = () => {
    const customer = role.value === 'customer';
    companyField.hidden = !customer;
    departments.hidden = customer;
  };
  role.addEventListener('change', showRole);
  showRole();

  const node = el('form', {class: 'card admin-form', novalidate: true,
    'aria-labelledby': 'user-form-title'},
  title,
  field(code, t('users.code')),
  field(name, t('users.name')),
  field(email, t('users.email')),
  field(language, t('users.language')),
  field(role, t('users.role')),
  companyField,
  departments,
  passwordField,
  problem,
  el('p', {class: 'actions'}, submit, cancel));

  cancel.addEventListener('click', () => {
    editing = null;
    node.reset();
    code.readOnly = false;
    passwordField.hidden = false;
    cancel.hidden = true;
    fill(title, t('users.create'));
    fill(problem);
    showRole();
    code.focus();
  });

  node.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const customer = role.value === 'customer';
      const user = {
        name: name.value.trim(),
        email: email.value.trim(),
        language: language.value,
        role: role.value,
        departments: customer ? [] : [...departments.querySelectorAll('input:checked')]
          .map((box) => box.value),
      };
      if (customer) {
        user.companyId = companySelect.value;
      }
      try {
        if (editing) {
          await api.updateUser(editing, user);
          await reload({done: t('users.saved', {code: editing})});
          return;
        }
        const body = {code: code.value.trim(), ...user};
        if (password.value) {
          body.password = password.value;
        }
        const answer = await api.createUser(body);
        await reload(answer.generatedPassword
          ? {secret: {code: answer.user.code, password: answer.generatedPassword}}
          : {done: t('users.created', {code: answer.user.code})});
      } catch (error) {
        if (!error.handled) {
          fill(problem, el('p', {class: 'message error'}, errorText(error)));
        }
      }
    });
  });

  return {
    node,
    edit(user) {
      editing = user.code;
      code.value = user.code;
      code.readOnly = true;
      name.value = user.name ?? '';
      email.value = user.email ?? '';
      language.value = user.language ?? 'fr';
      role.value = user.role;
      if (user.companyId) {
        companySelect.value = user.companyId;
      }
      for (const box of departments.querySelectorAll('input')) {
        box.checked = (user.departments ?? []).includes(box.value);
      }
      passwordField.hidden = true;
      cancel.hidden = false;
      fill(title, t('users.editTitle', {code: user.code}));
      fill(problem);
      showRole();
      title.focus();
    },
  };
}
