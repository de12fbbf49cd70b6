/**
 * The detail of one dossier: everything about it, one line per state change, the thread of
 * compléments d'information, a form to add one (not on a closed dossier) and the relance of an
 * open dossier, after a confirmation.
 */
import * as api from '../api.js';
import {el, fill, hidden} from '../dom.js';
import {t, errorText} from '../i18n.js';
import {characterCount, entry, labelOf, stateBadge, when} from './parts.js';

const CLOSED = 'C';
/** The customer list each state is shown in (docs/api.md, GET /api/dossiers). */
const LIST_OF_STATE = {E: 'modification', ATC: 'modification', L: 'en-cours', R: 'en-cours',
  APL: 'en-cours', C: 'historique'};
const LIST_TEXTS = {'modification': 'theme.modification', 'en-cours': 'theme.enCours',
  'historique': 'theme.historique'};
// The API's limits (docs/api.md).
const COMPLEMENT_MAX = 8000;
const RELANCE_COMMENT_MAX = 4000;

/** Compléments being written, by dossier number: kept if the session ends meanwhile. */
const drafts = new Map();

/** The page of dossier context.params[0]. */
export async function render({params: [number], session}) {
  const page = el('section', {class: 'dossier'});
  const [detail, catalogue] = await Promise.all([api.dossier(number), api.catalogue()]);
  draw(page, {detail, catalogue, session});
  return page;
}

/**
 * (Re)draws the page from `detail`; after an action, `done` is the message to show and focus,
 * so that keyboard and screen-reader users learn the outcome where they are.
 */
function draw(page, {detail, catalogue, session}, done = null) {
  const {dossier, history, complements} = detail;
  const outcome = el('div', {class: 'outcome', role: 'status'},
    done && el('p', {class: 'message success', tabindex: '-1'}, done));
  const reload = async (message) => {
    try {
      const fresh = await api.dossier(dossier.number);
      draw(page, {detail: fresh, catalogue, session}, message);
    } catch (error) {
      // The action itself succeeded: say so, and why the page still shows the old state.
      if (!error.handled) {
        fill(outcome, el('p', {class: 'message success', tabindex: '-1'}, message),
          el('p', {class: 'message error'}, errorText(error)));
        outcome.firstChild.focus();
      }
    }
  };
  const customer = session.role === 'customer';
  const open = dossier.state !== CLOSED;

  fill(page,
    el('h1', {},
      el('span', {class: 'dossier-title-number'}, t('dossier.title', {number: dossier.number})),
      // Read aloud and in the window title, the number and subject need a pause between them.
      hidden(' — '),
      el('span', {class: 'dossier-title-subject'}, dossier.subject)),
    outcome,
    el('div', {class: 'dossier-state'},
      el('span', {class: 'dossier-state-label'}, t('dossier.state')),
      stateBadge(dossier.state),
      customer && open && relanceButton(dossier, reload)),
    el('dl', {class: 'facts'},
      entry(t('field.department'), labelOf(catalogue.departments, dossier.department)),
      entry(t('field.urgency'), labelOf(catalogue.urgencies, dossier.urgency)),
      entry(t('dossier.company'), dossier.companyName),
      entry(t('dossier.requester'), dossier.requesterName),
      dossier.openedBy !== dossier.requester
        && entry(t('dossier.openedBy'), dossier.openedByName),
      entry(t('dossier.createdAt'), when(dossier.createdAt)),
      entry(t('dossier.updatedAt'), when(dossier.updatedAt))),
    el('section', {class: 'block', 'aria-labelledby': 'description-title'},
      el('h2', {id: 'description-title'}, t('field.description')),
      el('p', {class: 'text'}, dossier.description)),
    historySection(history),
    complementsSection(complements),
    customer && (open
      ? complementForm(dossier, reload)
      : el('p', {class: 'message info'}, t('dossier.closed'))),
    el('p', {class: 'actions'},
      customer && backToList(dossier.state),
      !customer && el('a', {href: '/admin/'}, t('shell.staffPage'))));

  outcome.querySelector('[tabindex]')?.focus();
}

function backToList(state) {
  const list = LIST_OF_STATE[state] ?? 'en-cours';
  return el('a', {href: `#/liste/${list}`},
    t('dossier.backToList', {list: t(LIST_TEXTS[list])}));
}

function historySection(history) {
  return el('section', {class: 'block', 'aria-labelledby': 'history-title'},
    el('h2', {id: 'history-title'}, t('dossier.history')),
    el('ol', {class: 'history'},
      history.map((line) => el('li', {},
        stateBadge(line.to),
        el('span', {class: 'history-meta'},
          when(line.at), ' · ', author(line)),
        line.comment && el('p', {class: 'text history-comment'}, line.comment)))));
}

function complementsSection(complements) {
  return el('section', {class: 'block', 'aria-labelledby': 'complements-title'},
    el('h2', {id: 'complements-title'}, t('dossier.complements')),
    complements.length === 0
      ? el('p', {class: 'empty'}, t('dossier.noComplement'))
      : el('ol', {class: 'complements'},
        complements.map((complement) => el('li', {class: 'complement'},
          el('p', {class: 'complement-meta'}, author(complement), ' · ', when(complement.at)),
          el('p', {class: 'text'}, complement.text)))));
}

/** Who wrote a line; staff are named as the service desk's, customers by name only. */
function author(line) {
  const name = line.byName ?? line.by;
  return line.byRole === 'customer' ? name : t('dossier.byStaff', {name});
}

function complementForm(dossier, reload) {
  const text = el('textarea', {
    id: 'complement-text', name: 'text', rows: 5, required: true,
    value: drafts.get(dossier.number) ?? '',
    'aria-describedby': 'complement-help complement-error',
  });
  const problem = el('p', {class: 'field-error', id: 'complement-error'});
  const submit = el('button', {type: 'submit', class: 'button primary'},
    t('dossier.sendComplement'));
  const form = el('form', {class: 'card complement-form', novalidate: true},
    el('h2', {}, el('label', {for: 'complement-text'}, t('dossier.addComplement'))),
    el('p', {class: 'field-help', id: 'complement-help'},
      t(dossier.state === 'ATC' ? 'dossier.complementHelpAtc' : 'dossier.complementHelp')),
    text,
    characterCount(text, COMPLEMENT_MAX),
    el('div', {role: 'alert'}, problem),
    el('p', {class: 'actions'}, submit));

  text.addEventListener('input', () => drafts.set(dossier.number, text.value));
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) {
      return;
    }
    const value = text.value.trim();
    const invalid = value === '' ? t('dossier.complementRequired')
      : value.length > COMPLEMENT_MAX ? t('form.tooLong', {max: COMPLEMENT_MAX,
        length: value.length}) : null;
    if (invalid) {
      refuse(text, problem, invalid);
      return;
    }
    fill(problem);
    text.removeAttribute('aria-invalid');

    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    try {
      await api.addComplement(dossier.number, value);
      drafts.delete(dossier.number);
      await reload(t('dossier.complementAdded'));
    } catch (error) {
      if (!error.handled) {
        refuse(text, problem, errorText(error));
      }
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
    }
  });
  return form;
}

function refuse(input, problem, message) {
  fill(problem, message);
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

/** The Relancer button and the dialog that confirms it. */
function relanceButton(dossier, reload) {
  const comment = el('textarea', {
    id: 'relance-comment', name: 'comment', rows: 3,
    'aria-describedby': 'relance-comment-help',
  });
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const confirm = el('button', {type: 'submit', class: 'button primary'},
    t('relance.confirm'));
  const cancel = el('button', {type: 'button', class: 'button'}, t('relance.cancel'));
  const form = el('form', {method: 'dialog', novalidate: true},
    el('h2', {id: 'relance-title'}, t('relance.question', {number: dossier.number})),
    el('p', {id: 'relance-text'}, t('relance.explain')),
    el('p', {class: 'field-simple'},
      el('label', {for: 'relance-comment'}, t('relance.comment')),
      el('span', {class: 'field-help', id: 'relance-comment-help'},
        t('relance.commentHelp', {max: RELANCE_COMMENT_MAX})),
      comment),
    problem,
    el('p', {class: 'actions'}, confirm, cancel));
  const dialog = el('dialog', {
    class: 'confirm', 'aria-labelledby': 'relance-title', 'aria-describedby': 'relance-text',
  }, form);
  const button = el('button', {type: 'button', class: 'button relance'},
    t('relance.button'));

  button.addEventListener('click', () => {
    fill(problem);
    dialog.showModal();
  });
  cancel.addEventListener('click', () => dialog.close());
  // Wherever it closes from (Cancel, Escape), focus goes back to where it was opened.
  dialog.addEventListener('close', () => button.isConnected && button.focus());

  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) {
      return;
    }
    const text = comment.value.trim();
    if (text.length > RELANCE_COMMENT_MAX) {
      fill(problem, el('p', {class: 'message error'},
        t('form.tooLong', {max: RELANCE_COMMENT_MAX, length: text.length})));
      comment.focus();
      return;
    }

    sending = true;
    confirm.setAttribute('aria-disabled', 'true');
    try {
      await api.relancer(dossier.number, text);
      dialog.close();
      await reload(t('relance.done'));
    } catch (error) {
      if (error.handled) {
        dialog.close();
      } else {
        fill(problem, el('p', {class: 'message error'}, errorText(error)));
      }
    } finally {
      sending = false;
      confirm.removeAttribute('aria-disabled');
    }
  });
  return [button, dialog];
}
