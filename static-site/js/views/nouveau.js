/**
 * Nouveau: opens a dossier. Problème, Urgence, Sujet and Description, each with its
 * explanation beside it (under it on narrow screens), an example of a good request, and the
 * API's own rules checked before sending.
 */
import * as api from '../api.js';
import {el, fill} from '../dom.js';
import {t, pick, errorText} from '../i18n.js';
import {characterCount, entry, labelOf} from './parts.js';
import {keep} from './recap.js';

// The API's limits (docs/api.md): checked here too so that nothing is sent to be refused.
const LIMITS = {subject: 120, description: 8000};
const FIELDS = ['department', 'urgency', 'subject', 'description'];
const EMPTY = Object.freeze({department: '', urgency: '', subject: '', description: ''});

/** What the customer typed, kept across other pages, a language switch or a new sign-in. */
let draft = EMPTY;
/**
 * The submission the API has not answered (in flight, or lost to a network failure or a server
 * error): sent again unchanged, it reuses its Idempotency-Key, so that it cannot create a
 * second dossier.
 */
let unanswered = null;

/** The Nouveau page. */
export async function render(context) {
  const catalogue = await api.catalogue();

  const controls = {
    department: choices('department', catalogue.departments),
    urgency: choices('urgency', catalogue.urgencies),
    subject: el('input', {
      id: 'subject', name: 'subject', type: 'text', required: true, value: draft.subject,
      'aria-describedby': 'subject-help subject-error', autocomplete: 'off',
    }),
    description: el('textarea', {
      id: 'description', name: 'description', rows: 8, required: true,
      value: draft.description, 'aria-describedby': 'description-help description-error',
    }),
  };
  const submit = el('button', {type: 'submit', class: 'button primary'}, t('nouveau.submit'));
  const summary = el('div', {class: 'form-problem', role: 'alert'});

  const form = el('form', {class: 'dossier-form', novalidate: true},
    el('p', {class: 'hint'}, t('form.allRequired')),
    row('department', controls.department),
    row('urgency', controls.urgency),
    row('subject', controls.subject,
      el('label', {for: 'subject'}, t('field.subject')),
      characterCount(controls.subject, LIMITS.subject)),
    row('description', controls.description,
      el('label', {for: 'description'}, t('field.description')),
      characterCount(controls.description, LIMITS.description)),
    summary,
    el('p', {class: 'actions'}, submit));

  form.addEventListener('input', () => {
    draft = read(form);
  });
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) {
      return;
    }
    const values = read(form);
    const problems = validate(values);
    showProblems(form, problems);
    if (problems.size > 0) {
      fill(summary, el('p', {class: 'message error'},
        t('form.problems', {count: problems.size})));
      focusField(form, [...problems.keys()][0]);
      return;
    }
    fill(summary);

    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    fill(submit, t('nouveau.sending'));
    try {
      const recap = await api.createDossier(values, idempotencyKey(values));
      unanswered = null;
      draft = EMPTY;
      keep(recap);
      context.go(`/recapitulatif/${encodeURIComponent(recap.number)}`);
    } catch (error) {
      if (!error.handled) {
        refused(form, summary, error);
      }
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
      fill(submit, t('nouveau.submit'));
    }
  });

  return el('section', {class: 'nouveau'},
    el('h1', {}, t('nouveau.title')),
    el('p', {class: 'lead'}, t('nouveau.intro')),
    example(catalogue),
    form);
}

/** A radio button per catalogue entry, each with its own explanation. */
function choices(name, items) {
  const sorted = [...items].sort((a, b) => a.rank - b.rank);
  return el('fieldset', {
    id: name, class: 'choices', 'aria-describedby': `${name}-help ${name}-error`,
  },
  el('legend', {}, t(`field.${name}`)),
  sorted.map((item) => {
    const id = `${name}-${item.id}`;
    return el('div', {class: 'choice'},
      el('input', {
        type: 'radio', id, name, value: item.id, required: true,
        checked: draft[name] === item.id, 'aria-describedby': `${id}-help`,
      }),
      el('label', {for: id}, pick(item.label)),
      el('span', {class: 'choice-help', id: `${id}-help`}, pick(item.help)));
  }));
}

/** A field with its explanation beside it and the place for its error. */
function row(name, control, label = null, counter = null) {
  return el('div', {class: 'field'},
    el('div', {class: 'field-input'}, label, control, counter),
    el('div', {class: 'field-side'},
      el('p', {class: 'field-help', id: `${name}-help`}, t(`nouveau.help.${name}`)),
      el('p', {class: 'field-error', id: `${name}-error`})));
}

function example(catalogue) {
  const sample = pick(catalogue.example);
  if (!sample) {
    return null;
  }
  return el('section', {class: 'example', 'aria-labelledby': 'example-title'},
    el('h2', {id: 'example-title'}, t('nouveau.exampleTitle')),
    el('dl', {class: 'facts'},
      entry(t('field.department'), labelOf(catalogue.departments, sample.department)),
      entry(t('field.urgency'), labelOf(catalogue.urgencies, sample.urgency)),
      entry(t('field.subject'), sample.subject),
      entry(t('field.description'), el('span', {class: 'text'}, sample.description))));
}

function read(form) {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name) ?? '').trim()]));
}

/** The same rules as the API: everything required, subject and description not too long. */
function validate(values) {
  const problems = new Map();
  for (const name of FIELDS) {
    if (values[name] === '') {
      problems.set(name, t(`nouveau.required.${name}`));
    } else if (LIMITS[name] && values[name].length > LIMITS[name]) {
      problems.set(name, t('form.tooLong', {max: LIMITS[name], length: values[name].length}));
    }
  }
  return problems;
}

function showProblems(form, problems) {
  for (const name of FIELDS) {
    const problem = problems.get(name);
    fill(form.querySelector(`#${name}-error`), problem);
    const control = form.querySelector(`#${name}`);
    if (problem) {
      control.setAttribute('aria-invalid', 'true');
    } else {
      control.removeAttribute('aria-invalid');
    }
  }
}

function focusField(form, name) {
  const control = form.querySelector(`#${name}`);
  (control.querySelector('input:checked, input') ?? control).focus();
}

/** The API did not create the dossier (or may not have): say why and what to do. */
function refused(form, summary, error) {
  const answered = error.code !== 'network' && error.status < 500;
  if (answered) {
    unanswered = null;
  }
  if (error.code === 'validation_failed') {
    const fields = error.details.filter((name) => FIELDS.includes(name));
    showProblems(form, new Map(fields.map((name) => [name, t('form.checkField')])));
    if (fields.length > 0) {
      focusField(form, fields[0]);
    }
  }
  fill(summary, el('div', {class: 'message error'},
    el('p', {}, errorText(error)),
    !answered && el('p', {}, t('nouveau.safeRetry'))));
}

/** The key of this submission: the unanswered one's when nothing changed, else a new one. */
function idempotencyKey(values) {
  const body = JSON.stringify(values);
  if (unanswered?.body !== body) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    unanswered = {body, key};
  }
  return unanswered.key;
}
