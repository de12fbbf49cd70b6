/**
 * Bootstrap and router of the staff page (served at /admin/).
 *
 * As on the customer site, the page is the URL hash (#/files/E, #/dossiers/10001): mail links
 * and bookmarks work from a CDN without server rewrites. A page that needs a session sends the
 * agent to #/connexion?retour=<page>, and sign-in comes back to it.
 */
import * as api from './api.js';
import {el, fill} from '../js/dom.js';
import {language, setLanguage, hasChosenLanguage} from '../js/i18n.js';
import {t} from './texts.js';
import * as problem from './views/problem.js';
import * as shell from './views/shell.js';

const SIGN_IN = '/connexion';
const HOME = '/files/E';
// Below this, a page appears without a loading text flashing first.
const LOADING_DELAY_MS = 300;

const ROUTES = [
  // Loaded on demand like the others: a signed-in agent's first load then stays at 10 files.
  {pattern: /^\/connexion$/, view: () => import('./views/signin.js'), signedOut: true},
  {pattern: /^\/files\/(E|L|R|ATC|APL|C)$/, view: () => import('./views/queues.js')},
  {pattern: /^\/dossiers\/([A-Za-z0-9-]+)$/, view: () => import('./views/dossier.js')},
  {pattern: /^\/nouveau$/, view: () => import('./views/nouveau.js')},
  {pattern: /^\/recherche$/, view: () => import('./views/search.js')},
  {pattern: /^\/admin\/societes$/, view: () => import('./views/companies.js'), admin: true},
  {pattern: /^\/admin\/utilisateurs$/, view: () => import('./views/users.js'), admin: true},
  {pattern: /^\/admin\/journal$/, view: () => import('./views/audit.js'), admin: true},
];

/** The signed-in profile (null when signed out); its csrfToken lives in api.js. */
let session = null;
/** A message for the next page only: 'expired' or 'signedOut'. */
let notice = null;
/** Increases with every render so that a slow page never replaces a newer one. */
let renderCount = 0;

start();

function start() {
  document.documentElement.lang = language();
  document.querySelector('.skip-link').addEventListener('click', skipToContent);
  api.onSessionEnded(sessionEnded);
  drawBanner();
  restoreSession();
}

/** Asks the API whether the browser still has a session, then shows the page asked for. */
async function restoreSession() {
  try {
    session = await api.me();
  } catch (error) {
    showPage(problem.failure(error, restoreSession), {focus: 'heading'});
    return;
  }
  if (session) {
    beginSession(session);
  }
  window.addEventListener('hashchange', () => render());
  render({focus: false});
}

/** Shows the page of the current hash; `focus` is 'heading', 'language' or false. */
async function render({focus = 'heading'} = {}) {
  const ticket = ++renderCount;
  const {path, query} = here();
  if (path === '/') {
    go(HOME, {replace: true});
    return;
  }
  const route = ROUTES.find((candidate) => candidate.pattern.test(path));

  if (route && !route.signedOut && !session) {
    go(`${SIGN_IN}?${new URLSearchParams({retour: path + queryString(query)})}`,
      {replace: true});
    return;
  }
  if (route?.signedOut && session) {
    go(returnPath(query), {replace: true});
    return;
  }

  const main = document.getElementById('page');
  main.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => fill(main, el('p', {class: 'loading'}, t('app.loading'))),
    LOADING_DELAY_MS);
  const page = await build(route, path, query);
  clearTimeout(loading);

  if (ticket !== renderCount || page === null) {
    return;
  }
  fill(document.getElementById('status'));
  showPage(page, {focus});
  shell.markCurrent(path);
}

async function build(route, path, query) {
  if (!route) {
    return problem.notFound();
  }
  if (session?.role === 'customer') {
    // The API would refuse every staff call; say where customers belong instead.
    return problem.customersElsewhere();
  }
  if (route.admin && session?.role !== 'admin') {
    return problem.adminOnly();
  }
  try {
    const view = await route.view().catch(() => {
      // A page's code could not be fetched: for the agent, that is a network failure.
      throw new api.ApiError(0, 'network', '');
    });
    return await view.render(context(route, path, query));
  } catch (error) {
    if (error.handled) {
      return null;
    }
    if (!(error instanceof api.ApiError)) {
      console.error(error);
    }
    return problem.failure(error, () => render());
  }
}

/** What a view may know and do. */
function context(route, path, query) {
  const [, ...params] = route.pattern.exec(path);
  return {
    session,
    params,
    query,
    go,
    takeNotice() {
      const taken = notice;
      notice = null;
      return taken;
    },
    signedIn(profile) {
      beginSession(profile);
      go(returnPath(query), {replace: true});
    },
  };
}

function showPage(page, {focus}) {
  const main = document.getElementById('page');
  fill(main, page);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = `${heading ? heading.textContent : ''} – ${t('app.title')}`;
  if (focus === 'heading' && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else if (focus === 'language') {
    shell.focusLanguageSwitch();
  }
}

function beginSession(profile) {
  session = profile;
  api.useCsrfToken(profile.csrfToken);
  if (!hasChosenLanguage() && profile.language) {
    // Until the agent picks one, the page speaks the language of their account.
    setLanguage(profile.language, {remember: false});
  }
  drawBanner();
}

function endSession(reason) {
  session = null;
  api.useCsrfToken(null);
  notice = reason;
  drawBanner();
}

/** Any call that met an ended session: sign in again, then come back here. */
function sessionEnded() {
  if (!session) {
    return;
  }
  const {path, query} = here();
  endSession('expired');
  go(`${SIGN_IN}?${new URLSearchParams({retour: path + queryString(query)})}`,
    {replace: true});
}

async function signOut() {
  try {
    await api.logout();
  } catch (error) {
    fill(document.getElementById('status'), problem.message(error));
    return;
  }
  endSession('signedOut');
  go(SIGN_IN);
}

function switchLanguage() {
  setLanguage(language() === 'fr' ? 'en' : 'fr', {remember: true});
  drawBanner();
  render({focus: 'language'});
}

function drawBanner() {
  shell.renderBanner(session, {signOut, switchLanguage});
  shell.markCurrent(here().path);
}

function go(path, {replace = false} = {}) {
  const hash = `#${path}`;
  if (location.hash === hash) {
    render();
  } else if (replace) {
    location.replace(hash);
  } else {
    location.hash = hash;
  }
}

function here() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return {path: path || '/', query: new URLSearchParams(query)};
}

function queryString(query) {
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Where sign-in leads: the page asked for, if it is one of ours, else the queues. */
function returnPath(query) {
  const target = query.get('retour') ?? '';
  const ours = target.startsWith('/') && !target.startsWith(SIGN_IN)
    && ROUTES.some((route) => route.pattern.test(target.split('?')[0]));
  return ours ? target : HOME;
}

function skipToContent(event) {
  // The hash is the router's: jump to the content without changing it.
  event.preventDefault();
  const heading = document.querySelector('#page h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
