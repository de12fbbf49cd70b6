/**
 * The frame around every page: the banner (site name, who is signed in, language, sign-out)
 * and, for customers, the main menu of the four themes.
 */
import {el, fill} from '../dom.js';
import {t, language} from '../i18n.js';

const THEMES = [
  {path: '/nouveau', text: 'theme.nouveau'},
  {path: '/liste/modification', text: 'theme.modification'},
  {path: '/liste/en-cours', text: 'theme.enCours'},
  {path: '/liste/historique', text: 'theme.historique'},
];

/**
 * Draws the banner for `session` (null when signed out). `actions` holds the two things the
 * banner can ask for: signOut() and switchLanguage().
 */
export function renderBanner(session, actions) {
  const other = language() === 'fr' ? 'en' : 'fr';
  const languageButton = el('button', {
    type: 'button',
    class: 'link-button language',
    lang: other,
    id: 'language-switch',
    onClick: actions.switchLanguage,
  }, t('shell.otherLanguage'));

  document.querySelector('.skip-link').textContent = t('shell.skip');
  fill(document.getElementById('banner'),
    el('div', {class: 'bar'},
      el('a', {class: 'brand', href: '#/'},
        el('span', {class: 'brand-name'}, 'SAV Web'),
        el('span', {class: 'brand-tagline'}, t('shell.tagline'))),
      el('div', {class: 'account'},
        session && account(session, actions),
        languageButton)),
    session?.role === 'customer' && menu());
}

/** Marks the theme of `path` as the current page in the main menu. */
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

function menu() {
  return el('nav', {class: 'themes-bar', 'aria-label': t('shell.menu')},
    el('ul', {},
      THEMES.map((theme) => el('li', {},
        el('a', {href: `#${theme.path}`, 'data-path': theme.path}, t(theme.text))))));
}
