/**
 * The frame around every staff page: the banner (name, role, language, sign-out) and the staff
 * menu. Admin entries are drawn for admins only; the API refuses them to agents anyway. The
 * bar and menu pieces are the customer site's, in the staff page's words.
 */
import {el, fill} from '../../js/dom.js';
import {bar, menu} from '../../js/views/shell.js';
import {t} from '../texts.js';

export {markCurrent, focusLanguageSwitch} from '../../js/views/shell.js';

const DESK = [
  {path: '/files/', href: '/files/E', text: 'nav.queues'},
  {path: '/recherche', href: '/recherche', text: 'nav.search'},
  {path: '/nouveau', href: '/nouveau', text: 'nav.nouveau'},
];
const ADMIN = [
  {path: '/admin/societes', href: '/admin/societes', text: 'nav.companies', class: 'admin'},
  {path: '/admin/utilisateurs', href: '/admin/utilisateurs', text: 'nav.users', class: 'admin'},
  {path: '/admin/journal', href: '/admin/journal', text: 'nav.audit', class: 'admin'},
];

/** Draws the banner for `session` (null when signed out); `actions`: signOut, switchLanguage. */
export function renderBanner(session, actions) {
  document.querySelector('.skip-link').textContent = t('app.skip');
  const staff = session && session.role !== 'customer';
  const entries = session?.role === 'admin' ? [...DESK, ...ADMIN] : DESK;

  fill(document.getElementById('banner'),
    bar(t, session && [
      el('p', {class: 'who'},
        el('span', {class: 'who-name'}, session.name),
        staff && el('span', {class: 'who-company'}, t(`shell.role.${session.role}`))),
      el('button', {type: 'button', class: 'link-button', onClick: actions.signOut},
        t('shell.signOut')),
    ], actions.switchLanguage),
    staff && menu(t, entries));
}
