/**
 * One dossier as the service desk sees it: what the customer sees, plus internal notes and
 * comments and the delivery of its notifications; a reply to the customer or an internal note;
 * and the state changes the rules allow, guarded by the version the agent is looking at.
 */
import * as api from '../api.js';
import {el, fill, hidden} from '../../js/dom.js';
import {t, tOr, stateText, errorText} from '../texts.js';
import {
  busy, cell, checkedValue, column, labelOf, outcome, radios, stateBadge, when,
} from './parts.js';

const CLOSED = 'C';
/** Where staff may move a dossier (docs/api.md, state-change function). */
const STAFF_TARGETS = ['L', 'ATC', 'APL', 'C'];
// The API's limits (docs/api.md).
const TEXT_MAX = 8000;
const COMMENT_MAX = 4000;

/** The page of dossier context.params[0]. */
export async function render({params: [number]}) {
  const page = el('section', {class: 'dossier staff-dossier'});
  const [detail, catalogue] = await Promise.all([api.dossier(number), api.catalogue()]);
  draw(page, detail, catalogue);
  return page;
}

/** (Re)draws the page from `detail`; `done` is the success message of the last action. */
function draw(page, detail, catalogue, done = null) {
  const {dossier} = detail;
  const result = outcome();
  const reload = async (message) => {
    try {
      draw(page, await api.dossier(dossier.number), catalogue, message);
    } catch (error) {
      result.fail(error);
    }
  };

  fill(page,
    el('h1', {},
      el('span', {class: 'dossier-title-number'}, t('dossier.title', {number: dossier.number})),
      // Read aloud and in the window title, the number and subject need a pause between them.
      hidden(' — '),
      el('span', {class: 'dossier-title-subject'}, dossier.subject)),
    result.region,
    el('div', {class: 'dossier-state'},
      el('span', {class: 'dossier-state-label'}, t('field.state')),
      stateBadge(dossier.state),
      el('span', {class: 'dossier-version'}, `${t('field.version')} ${dossier.version}`)),
    facts(dossier, catalogue),
    el('section', {class: 'block', 'aria-labelledby': 'description-title'},
      el('h2', {id: 'description-title'}, t('field.description')),
      el('p', {class: 'text'}, dossier.description)),
    historySection(detail.history),
    complementsSection(detail.complements),
    el('div', {class: 'staff-actions'},
      writeForm(dossier, reload),
      stateForm(dossier, reload)),
    notificationsSection(detail.notifications),
    el('p', {class: 'actions'},
      el('a', {href: `#/files/${dossier.state}`},
        t('dossier.backToQueue', {state: stateText(dossier.state)}))));

  if (done) {
    result.say(done);
  }
}

function facts(dossier, catalogue) {
  const companyLink = el('a', {
    href: `#/recherche?${new URLSearchParams({company: dossier.companyId, view: 'en-cours'})}`,
  }, dossier.companyName ?? dossier.companyId);
  return el('dl', {class: 'facts'},
    entry(t('field.company'), companyLink),
    entry(t('field.requester'), `${dossier.requesterName} (${dossier.requester})`),
    dossier.openedBy !== dossier.requester
      && entry(t('field.openedBy'), dossier.openedByName ?? dossier.openedBy),
    entry(t('field.department'), labelOf(catalogue.departments, dossier.department)),
    entry(t('field.urgency'), labelOf(catalogue.urgencies, dossier.urgency)),
    entry(t('field.createdAt'), when(dossier.createdAt)),
    entry(t('field.updatedAt'), when(dossier.updatedAt)));
}

function entry(term, description) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, description));
}

function historySection(history) {
  return el('section', {class: 'block', 'aria-labelledby': 'history-title'},
    el('h2', {id: 'history-title'}, t('dossier.history')),
    el('ol', {class: 'history'},
      history.map((line) => el('li', {},
        stateBadge(line.to),
        el('span', {class: 'history-meta'}, when(line.at), ' · ', author(line)),
        line.comment && el('p', {class: `text history-comment ${visibilityClass(line)}`},
          internal(line) && el('span', {class: 'tag tag-internal'},
            t('dossier.internalComment')),
          line.comment)))));
}

function complementsSection(complements) {
  return el('section', {class: 'block', 'aria-labelledby': 'complements-title'},
    el('h2', {id: 'complements-title'}, t('dossier.complements')),
    complements.length === 0
      ? el('p', {class: 'empty'}, t('dossier.noComplement'))
      : el('ol', {class: 'complements'},
        complements.map((complement) => el('li', {
          class: `complement ${visibilityClass(complement)}`,
        },
        el('p', {class: 'complement-meta'},
          el('span', {class: `tag ${internal(complement) ? 'tag-internal' : 'tag-public'}`},
            t(internal(complement) ? 'dossier.internal' : 'dossier.public')),
          ' ', author(complement), ' · ', when(complement.at)),
        el('p', {class: 'text'}, complement.text)))));
}

function notificationsSection(notifications) {
  return el('section', {class: 'block', 'aria-labelledby': 'notifications-title'},
    el('h2', {id: 'notifications-title'}, t('dossier.notifications')),
    notifications.length === 0
      ? el('p', {class: 'empty'}, t('dossier.noNotification'))
      : el('table', {class: 'dossiers notifications', 'aria-labelledby': 'notifications-title'},
        el('thead', {}, el('tr', {}, column(t('dossier.at')), column(t('dossier.kind')),
          column(t('dossier.status')), column(t('dossier.attempts')))),
        // PENDING is still being retried; only FAILED (gave up) needs the agent's eye.
        el('tbody', {}, notifications.map((notification) => el('tr', {
          class: notification.status === 'FAILED' ? 'not-sent' : null,
        },
        cell(t('dossier.at'), when(notification.at)),
        cell(t('dossier.kind'), tOr(`kind.${notification.kind}`, notification.kind)),
        cell(t('dossier.status'),
          tOr(`delivery.${notification.status}`, notification.status)),
        cell(t('dossier.attempts'), String(notification.attempts ?? '')))))));
}

function internal(line) {
  return line.visibility === 'INTERNAL';
}

function visibilityClass(line) {
  return internal(line) ? 'internal' : 'public';
}

/** Who wrote a line: staff are marked as the service desk's, customers named. */
function author(line) {
  const name = line.byName ?? line.by;
  return line.byRole === 'customer' ? name : t('dossier.byStaff', {name});
}

/** The reply to the customer or internal note; its button says which one will be sent. */
function writeForm(dossier, reload) {
  const text = el('textarea', {
    id: 'write-text', name: 'text', rows: 5, required: true,
    'aria-describedby': 'write-error',
  });
  const problem = el('p', {class: 'field-error', id: 'write-error'});
  const visibility = radios('write-visibility', t('dossier.visibility'), [
    ['public', t('dossier.visibility.public')],
    ['internal', t('dossier.visibility.internal')],
  ], 'public');
  const submit = el('button', {type: 'submit', class: 'button primary'});
  const form = el('form', {class: 'card write-form', novalidate: true,
    'aria-labelledby': 'write-title'},
  el('h2', {id: 'write-title'}, t('dossier.write')),
  visibility,
  el('p', {class: 'field-simple'},
    el('label', {for: 'write-text'}, t('dossier.text')), text),
  el('div', {role: 'alert'}, problem),
  el('p', {class: 'actions'}, submit));

  // The button and the form's colour follow the choice, so a note is never sent by mistake.
  const showChoice = () => {
    const chosen = checkedValue(form, 'write-visibility');
    submit.textContent = t(`dossier.send.${chosen}`);
    form.classList.toggle('internal', chosen === 'internal');
  };
  visibility.addEventListener('change', showChoice);
  showChoice();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const value = text.value.trim();
      const invalid = value === '' ? t('dossier.textRequired')
        : value.length > TEXT_MAX ? t('form.tooLong', {max: TEXT_MAX, length: value.length})
          : null;
      if (invalid) {
        fill(problem, invalid);
        text.setAttribute('aria-invalid', 'true');
        text.focus();
        return;
      }
      const chosen = checkedValue(form, 'write-visibility');
      try {
        await api.addComplement(dossier.number, value, chosen);
        await reload(t(`dossier.added.${chosen}`));
      } catch (error) {
        if (!error.handled) {
          fill(problem, errorText(error));
          text.focus();
        }
      }
    });
  });
  return form;
}

/** The state change: only the transitions the rules allow, with an optional comment. */
function stateForm(dossier, reload) {
  const targets = dossier.state === CLOSED
    ? [['L', t('dossier.reopen')]]
    : STAFF_TARGETS.filter((state) => state !== dossier.state)
      .map((state) => [state, stateText(state)]);
  const comment = el('textarea', {id: 'state-comment', name: 'comment', rows: 3});
  const problem = el('div', {class: 'form-problem', role: 'alert'});
  const submit = el('button', {type: 'submit', class: 'button primary'},
    t('dossier.applyState'));
  const form = el('form', {class: 'card state-form', novalidate: true,
    'aria-labelledby': 'state-title'},
  el('h2', {id: 'state-title'}, t('dossier.changeState')),
  radios('state-target', t('dossier.newState'), targets,
    targets.length === 1 ? targets[0][0] : null),
  el('p', {class: 'field-simple'},
    el('label', {for: 'state-comment'}, t('dossier.comment')), comment),
  radios('state-visibility', t('dossier.commentVisibility'), [
    ['public', t('dossier.comment.public')],
    ['internal', t('dossier.comment.internal')],
  ], 'public'),
  problem,
  el('p', {class: 'actions'}, submit));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const state = checkedValue(form, 'state-target');
      const text = comment.value.trim();
      const invalid = !state ? t('dossier.stateRequired')
        : text.length > COMMENT_MAX
          ? t('form.tooLong', {max: COMMENT_MAX, length: text.length}) : null;
      if (invalid) {
        fill(problem, el('p', {class: 'message error'}, invalid));
        form.querySelector('input, textarea').focus();
        return;
      }
      try {
        await api.changeState(dossier.number, {
          state, comment: text, visibility: checkedValue(form, 'state-visibility'),
          expectedVersion: dossier.version,
        });
        await reload(t('dossier.stateChanged', {state: stateText(state)}));
      } catch (error) {
        if (error.handled) {
          return;
        }
        fill(problem, error.code === 'concurrent_change'
          ? el('div', {class: 'message warning'},
            el('p', {}, t('dossier.concurrent')),
            el('button', {type: 'button', class: 'button', onClick: () => reload(null)},
              t('dossier.reload')))
          : el('p', {class: 'message error'}, errorText(error)));
      }
    });
  });
  return form;
}
