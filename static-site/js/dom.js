/**
 * The only way this site builds its pages: elements made with createElement, text added as text
 * nodes. No HTML string is ever parsed, so nothing a customer typed can run as script.
 */

/**
 * Makes an element. Props become attributes, except functions (event listeners, `onClick` ->
 * `click`) and `value` / `checked` (properties, because form controls read those). Children are
 * elements or strings; null, undefined and false are skipped so callers can write conditions
 * inline.
 *
 * el('a', {href: '#/nouveau', class: 'button'}, t('menu.nouveau'))
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (typeof value === 'function') {
      node.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (name === 'value' || name === 'checked') {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...flatten(children));
  return node;
}

/** Replaces everything inside `node` with `children` (same rules as el). */
export function fill(node, ...children) {
  node.replaceChildren(...flatten(children));
  return node;
}

/** Text that only screen readers announce. */
export function hidden(text) {
  return el('span', {class: 'visually-hidden'}, text);
}

function flatten(children) {
  return children.flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child)));
}
