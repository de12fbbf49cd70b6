/**
 * Bootstrap of the customer site: its pages (#/nouveau, #/liste/en-cours?scope=company,
 * #/dossiers/10001) and who may see them. Routing and the session are router.js's, shared with
 * the staff page.
 */
import {startApp} from './router.js';
import {t} from './i18n.js';
import * as problem from './views/problem.js';
import * as shell from './views/shell.js';
import * as signin from './views/signin.js';

const ROUTES = [
  // Loaded with the site: it is the first page of most visits.
  {pattern: /^\/connexion$/, view: async () => signin, signedOut: true},
  {pattern: /^\/$/, view: () => import('./views/menu.js')},
  {pattern: /^\/nouveau$/, view: () => import('./views/nouveau.js'), customers: true},
  {
    pattern: /^\/recapitulatif\/([A-Za-z0-9-]+)$/,
    view: () => import('./views/recap.js'),
    customers: true,
  },
  {
    pattern: /^\/liste\/(modification|en-cours|historique)$/,
    view: () => import('./views/liste.js'),
    customers: true,
  },
  {pattern: /^\/dossiers\/([A-Za-z0-9-]+)$/, view: () => import('./views/dossier.js')},
];

startApp({
  routes: ROUTES,
  home: '/',
  refuse: (route, session) => (route.customers && session.role !== 'customer'
    ? problem.customersOnly() : null),
  problem,
  shell,
  loadingText: () => t('app.loading'),
  title: () => 'SAV Web',
});
