/**
 * Bootstrap of the staff page (served at /admin/): its pages (#/files/E, #/dossiers/10001) and
 * who may see them. Routing and the session are ../js/router.js's, shared with the customer
 * site.
 */
import {startApp} from '../js/router.js';
import {t} from './texts.js';
import * as problem from './views/problem.js';
import * as shell from './views/shell.js';

const ROUTES = [
  // Loaded on demand like the others: a signed-in agent's first load then stays small.
  {pattern: /^\/connexion$/, view: () => import('./views/signin.js'), signedOut: true},
  {pattern: /^\/files\/(E|L|R|ATC|APL|C)$/, view: () => import('./views/queues.js')},
  {pattern: /^\/dossiers\/([A-Za-z0-9-]+)$/, view: () => import('./views/dossier.js')},
  {pattern: /^\/nouveau$/, view: () => import('./views/nouveau.js')},
  {pattern: /^\/recherche$/, view: () => import('./views/search.js')},
  {pattern: /^\/admin\/societes$/, view: () => import('./views/companies.js'), admin: true},
  {pattern: /^\/admin\/utilisateurs$/, view: () => import('./views/users.js'), admin: true},
  {pattern: /^\/admin\/journal$/, view: () => import('./views/audit.js'), admin: true},
];

startApp({
  routes: ROUTES,
  home: '/files/E',
  refuse,
  problem,
  shell,
  loadingText: () => t('app.loading'),
  title: () => t('app.title'),
});

function refuse(route, session) {
  if (session?.role === 'customer') {
    // The API would refuse every staff call; say where customers belong instead.
    return problem.customersElsewhere();
  }
  if (route.admin && session?.role !== 'admin') {
    return problem.adminOnly();
  }
  return null;
}
