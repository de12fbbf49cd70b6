/**
 * Pieces that several pages share: state badges, dates, catalogue labels, character counters.
 */
import {el} from '../dom.js';
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
