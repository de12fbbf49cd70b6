/**
 * The frame around every page: the banner (site name, who is signed in, language, sign-out)
 * and, for customers, the main menu of the four themes. The staff page draws its banner with
 * the same bar and menu pieces.
 */
import {el, fill} from '../dom.js';
import {t, language} from '../i18n.js';

const THEMES = [
  {path: '/nouveau', href: '/nouveau', text: 'theme.nouveau'},
  {path: '/liste/modification', href: '/liste/modification', text: 'theme.modification'},
  {path: '/liste/en-cours', href: '/liste/en-cours', text: 'theme.enCours'},
  {path: '/liste/historique', href: '/liste/historique', text: 'theme.historique'},
];

/**
 * Draws the banner for `session` (null when signed out). `actions` holds the two things the
 * banner can ask for: signOut() and switchLanguage().
 */
export function renderBanner(session, actions) {
  document.querySelector('.skip-link').textContent = t('shell.skip');
  fill(document.getElementById('banner'),
    bar(t, session && account(session, actions), actions.switchLanguage),
    session?.role === 'customer' && menu(t, THEMES));
}

/**
 * The bar of both apps' banners, in the words of `t`: the site name, then `accountParts` (who
 * is signed in and what they can do), then the switch to the other language.
 */
export function bar(t, accountParts, switchLanguage) {
  const other = language() === 'fr' ? 'en' : 'fr';
  return el('div', {class: 'bar'},
    el('a', {class: 'brand', href: '#/'},
      el('span', {class: 'brand-name'}, 'SAV Web'),
      el('span', {class: 'brand-tagline'}, t('shell.tagline'))),
    el('div', {class: 'account'},
      accountParts,
      el('button', {
        type: 'button',
        class: 'link-button language',
        lang: other,
        id: 'language-switch',
        onClick: switchLanguage,
      }, t('shell.otherLanguage'))));
}

/** A main menu of `entries` ({path, href, text, class}); markCurrent() finds them by path. */
export function menu(t, entries) {
  return el('nav', {class: 'themes-bar', 'aria-label': t('shell.menu')},
    el('ul', {},
      entries.map((entry) => el('li', {class: entry.class},
        el('a', {href: `#${entry.href}`, 'data-path': entry.path}, t(entry.text))))));
}

/** Marks the entry of `path` as the current page in the main menu (either app's). */
export function markCurrent(path) {
  for (const link of document.querySelectorAll('#banner nav a')) {
    if (path.startsWith(link.dataset.path)) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Puts the keyboard focus back on the language switch after the banner was redrawn. */
export function focusLanguageSwitch() {
  document.getElementById('language-switch')?.focus();
}

function account(session, actions) {
  return [
    el('p', {class: 'who'},
      el('span', {class: 'who-name'}, session.name),
      session.company && el('span', {class: 'who-company'}, session.company.name)),
    session.role !== 'customer'
      && el('a', {class: 'staff-link', href: '/admin/'}, t('shell.staffPage')),
    el('button', {type: 'button', class: 'link-button', onClick: actions.signOut},
      t('shell.signOut')),
  ];
}
