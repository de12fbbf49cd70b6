/**
 * The frame around every staff page: the banner (name, role, language, sign-out) and the staff
 * menu. Admin entries are drawn for admins only; the API refuses them to agents anyway.
 */
import {el, fill} from '../../js/dom.js';
import {language} from '../../js/i18n.js';
import {t} from '../texts.js';

const DESK = [
  {path: '/files/', href: '/files/E', text: 'nav.queues'},
  {path: '/recherche', href: '/recherche', text: 'nav.search'},
  {path: '/nouveau', href: '/nouveau', text: 'nav.nouveau'},
];
const ADMIN = [
  {path: '/admin/societes', href: '/admin/societes', text: 'nav.companies'},
  {path: '/admin/utilisateurs', href: '/admin/utilisateurs', text: 'nav.users'},
  {path: '/admin/journal', href: '/admin/journal', text: 'nav.audit'},
];

/** Draws the banner for `session` (null when signed out); `actions`: signOut, switchLanguage. */
export function renderBanner(session, actions) {
  const other = language() === 'fr' ? 'en' : 'fr';
  document.querySelector('.skip-link').textContent = t('app.skip');
  const staff = session && session.role !== 'customer';
  const entries = session?.role === 'admin' ? [...DESK, ...ADMIN] : DESK;

  fill(document.getElementById('banner'),
    el('div', {class: 'bar'},
      el('a', {class: 'brand', href: '#/'},
        el('span', {class: 'brand-name'}, 'SAV Web'),
        el('span', {class: 'brand-tagline'}, t('shell.tagline'))),
      el('div', {class: 'account'},
        session && el('p', {class: 'who'},
          el('span', {class: 'who-name'}, session.name),
          staff && el('span', {class: 'who-company'}, t(`shell.role.${session.role}`))),
        session && el('button', {type: 'button', class: 'link-button',
          onClick: actions.signOut}, t('shell.signOut')),
        el('button', {
          type: 'button', class: 'link-button language', lang: other, id: 'language-switch',
          onClick: actions.switchLanguage,
        }, t('shell.otherLanguage')))),
    staff && el('nav', {class: 'themes-bar', 'aria-label': t('shell.menu')},
      el('ul', {},
        entries.map((entry) => el('li', {class: entry.path.startsWith('/admin') ? 'admin' : null},
          el('a', {href: `#${entry.href}`, 'data-path': entry.path}, t(entry.text)))))));
}

/** Marks the menu entry of `path` as the current page. */
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
