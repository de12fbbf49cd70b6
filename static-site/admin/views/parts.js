/**
 * Pieces that several staff pages share: state badges, dates, labelled fields, the table of
 * dossiers, and the live region that tells the outcome of an action.
 */
import {el, fill} from '../../js/dom.js';
import {when, labelOf, pager} from '../../js/views/parts.js';
import {t, stateText, errorText} from '../texts.js';

// Dates, catalogue labels and paging work the same on both apps: the customer site's pieces.
export {when, labelOf, pager};

/** A dossier state as a readable badge: its code and its label ("L — EN COURS"). */
export function stateBadge(code) {
  return el('span', {class: `state state-${String(code).toLowerCase()}`}, stateText(code));
}

/** A control with its label above it, and an optional help text tied to it. */
export function field(control, label, help) {
  const helpId = help ? `${control.id}-help` : null;
  if (helpId) {
    control.setAttribute('aria-describedby', helpId);
  }
  return el('p', {class: 'field-simple'},
    el('label', {for: control.id}, label),
    help && el('span', {class: 'field-help', id: helpId}, help),
    control);
}

/** A <select> of `options` ([value, text] pairs), with `value` selected. */
export function select(id, options, value = '') {
  return el('select', {id, name: id},
    options.map(([optionValue, text]) => el('option', {
      value: optionValue, selected: optionValue === value,
    }, text)));
}

/** A group of radio buttons under a legend; `choices` are [value, text] pairs. */
export function radios(name, legend, choices, checked) {
  return el('fieldset', {class: 'choices radios'},
    el('legend', {}, legend),
    choices.map(([value, text]) => el('p', {class: 'radio'},
      el('input', {
        type: 'radio', name, id: `${name}-${value}`, value, checked: value === checked,
      }),
      el('label', {for: `${name}-${value}`}, text))));
}

/** The value of the checked radio button `name` inside `root` ('' when none is). */
export function checkedValue(root, name) {
  return root.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
}

/**
 * The live region of a page: say(message) shows a success and focuses it, so that keyboard and
 * screen-reader users learn the outcome where they are; fail(error) shows the API's message.
 */
export function outcome() {
  const region = el('div', {class: 'outcome', role: 'status'});
  return {
    region,
    say(text, kind = 'success') {
      fill(region, el('p', {class: `message ${kind}`, tabindex: '-1'}, text));
      region.firstChild.focus();
    },
    fail(error) {
      if (!error.handled) {
        fill(region, el('p', {class: 'message error', tabindex: '-1'}, errorText(error)));
        region.firstChild.focus();
      }
    },
    clear() {
      fill(region);
    },
  };
}

/** Marks a button busy while `action` runs, and ignores clicks meanwhile. */
export async function busy(button, action) {
  if (button.getAttribute('aria-disabled') === 'true') {
    return;
  }
  button.setAttribute('aria-disabled', 'true');
  try {
    await action();
  } finally {
    button.removeAttribute('aria-disabled');
  }
}

/** A table heading cell for a column. */
export function column(text) {
  return el('th', {scope: 'col'}, text);
}

/** A cell that names its column on narrow screens, where the table becomes cards. */
export function cell(name, ...content) {
  return el('td', {'data-column': name}, ...content);
}

/** The table of dossiers of a queue, a search or a company list; `labelledBy` names it. */
export function dossierTable(labelledBy, catalogue) {
  const body = el('tbody');
  const table = el('table', {class: 'dossiers staff-dossiers', 'aria-labelledby': labelledBy},
    el('thead', {}, el('tr', {},
      column(t('field.number')), column(t('field.createdAt')), column(t('field.subject')),
      column(t('field.company')), column(t('field.requester')),
      column(t('field.department')), column(t('field.urgency')), column(t('field.state')),
      column(t('field.updatedAt')))),
    body);
  return {
    table,
    body,
    add(items) {
      body.append(...items.map((item) => dossierRow(item, catalogue)));
    },
  };
}

function dossierRow(item, catalogue) {
  const chased = item.state === 'R';
  return el('tr', {class: chased ? 'chased' : null},
    cell(t('field.number'),
      el('a', {href: `#/dossiers/${encodeURIComponent(item.number)}`, class: 'number'},
        item.number)),
    cell(t('field.createdAt'), when(item.createdAt)),
    cell(t('field.subject'), el('span', {class: 'subject'}, item.subject)),
    cell(t('field.company'), item.companyName ?? item.companyId),
    cell(t('field.requester'), item.requesterName),
    cell(t('field.department'), labelOf(catalogue.departments, item.department)),
    cell(t('field.urgency'), labelOf(catalogue.urgencies, item.urgency)),
    cell(t('field.state'), stateBadge(item.state)),
    cell(t('field.updatedAt'), when(item.updatedAt)));
}
