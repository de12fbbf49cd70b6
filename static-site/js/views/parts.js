/**
 * Pieces that several pages share: state badges, dates, catalogue labels, character counters,
 * the "more" button of a list. The staff page uses the dates, labels and pager too.
 */
import {el, fill} from '../dom.js';
import {t, pick, formatDate, stateText} from '../i18n.js';

/** A dossier state as a readable badge: its code and its label ("L — EN COURS"). */
export function stateBadge(code) {
  return el('span', {class: `state state-${String(code).toLowerCase()}`}, stateText(code));
}

/** A date in the page language, machine-readable too. */
export function when(iso, {time = true} = {}) {
  return el('time', {datetime: iso}, formatDate(iso, {time}));
}

/** The label of a department or urgency in the page language (its id if it is unknown). */
export function labelOf(items, id) {
  const item = items.find((candidate) => candidate.id === id);
  return item ? pick(item.label) : id;
}

/**
 * A "12 / 120" counter kept up to date as `input` is typed into; it turns to a warning past
 * `max`, the same limit the API applies.
 */
export function characterCount(input, max) {
  const count = el('span', {class: 'count', 'aria-hidden': 'true'});
  const update = () => {
    const length = input.value.trim().length;
    count.textContent = t('form.count', {length, max});
    count.classList.toggle('over', length > max);
  };
  input.addEventListener('input', update);
  update();
  return count;
}

/** One term and its description for a <dl>; nothing when there is no value. */
export function entry(term, ...description) {
  const present = description.some((part) => part !== undefined && part !== null && part !== '');
  return present && el('div', {}, el('dt', {}, term), el('dd', {}, ...description));
}

/**
 * A list shown a page at a time, in the words of `t` and `errorText`: `add(items)` appends the
 * rows of a page to the table body `body`, `nextPage(cursor)` fetches the following one, and
 * `around(button, work)` may wrap the fetch (to mark the button busy). Answers the `status`
 * live region and the `more` paragraph to place under the table, and show(items, next) to
 * call with the first page.
 */
export function pager({body, add, nextPage, t, errorText, around = (button, work) => work()}) {
  const status = el('div', {class: 'list-status', role: 'status'});
  const more = el('p', {class: 'actions'});
  const show = (items, next) => {
    add(items);
    fill(more, next && el('button', {
      type: 'button', class: 'button', onClick: (event) => loadMore(event.target, next),
    }, t('list.more')));
  };
  const loadMore = (button, cursor) => around(button, async () => {
    const before = body.rows.length;
    try {
      const next = await nextPage(cursor);
      show(next.items, next.next);
      if (next.items.length > 0) {
        fill(status, t('list.moreShown', {count: next.items.length}));
        body.rows[before].querySelector('a').focus();
      } else {
        // A full page can be the last one, and a filtered page may be empty and still not the
        // last (docs/api.md): either way, say so plainly.
        fill(status, el('p', {tabindex: '-1'}, t('list.noMore')));
        status.firstChild.focus();
      }
    } catch (error) {
      if (!error.handled) {
        fill(status, el('p', {class: 'message error'}, errorText(error)));
      }
    }
  });
  return {status, more, show};
}
