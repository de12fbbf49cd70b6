/**
 * The main menu: the four themes of the guide for customers; for staff members who sign in
 * here, the way to their own page.
 */
import {el} from '../dom.js';
import {t} from '../i18n.js';

const THEMES = [
  {path: '/nouveau', name: 'nouveau'},
  {path: '/liste/modification', name: 'modification'},
  {path: '/liste/en-cours', name: 'enCours'},
  {path: '/liste/historique', name: 'historique'},
];

/** The home page of a signed-in user. */
export async function render({session}) {
  if (session.role !== 'customer') {
    return el('section', {class: 'menu'},
      el('h1', {}, t('menu.title')),
      el('p', {class: 'lead'}, t('menu.hello', {name: session.name})),
      el('p', {}, t('menu.staff')),
      el('p', {}, el('a', {class: 'button primary', href: '/admin/'}, t('shell.staffPage'))));
  }
  return el('section', {class: 'menu'},
    el('h1', {}, t('menu.title')),
    el('p', {class: 'lead'},
      t('menu.helloCustomer', {name: session.name, company: session.company.name})),
    el('ul', {class: 'theme-cards'},
      THEMES.map((theme) => el('li', {},
        el('a', {class: 'theme-card', href: `#${theme.path}`},
          el('span', {class: 'theme-name'}, t(`theme.${theme.name}`)),
          el('span', {class: 'theme-text'}, t(`menu.${theme.name}`)))))));
}
