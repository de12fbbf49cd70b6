/**
 * The router and session life that the customer site and the staff page share: each app's
 * app.js gives its routes, its home page, its refusals, its problem pages and its banner, and
 * this module does the rest.
 *
 * The page is the URL hash (#/nouveau, #/dossiers/10001): mail links and bookmarks then work
 * from a CDN without any server rewrite. A page that needs a session sends the visitor to
 * #/connexion?retour=<page> and sign-in comes back to it.
 */
import * as http from './http.js';
import {el, fill} from './dom.js';
import {language, setLanguage, hasChosenLanguage} from './i18n.js';

const SIGN_IN = '/connexion';
// Below this, a page appears without a loading text flashing first.
const LOADING_DELAY_MS = 300;

/**
 * Starts an app. `routes`: [{pattern, view: () => module, signedOut?}], a view's render(context)
 * answering the page; `home`: where '/' and sign-in lead by default; `refuse(route, session)`:
 * a problem page when this session may not see the route, else null; `problem`: message,
 * failure, notFound; `shell`: renderBanner, markCurrent, focusLanguageSwitch; `loadingText()`
 * and `title()`: texts in the app's words.
 */
export function startApp({routes, home, refuse, problem, shell, loadingText, title}) {
  /** The signed-in profile (null when signed out); its csrfToken lives in http.js. */
  let session = null;
  /** A message for the next page only: 'expired' or 'signedOut'. */
  let notice = null;
  /** Increases with every render so that a slow page never replaces a newer one. */
  let renderCount = 0;

  document.documentElement.lang = language();
  document.querySelector('.skip-link').addEventListener('click', skipToContent);
  http.onSessionEnded(sessionEnded);
  drawBanner();
  restoreSession();

  /** Asks the API whether the browser still has a session, then shows the page asked for. */
  async function restoreSession() {
    try {
      session = await http.me();
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
    if (path === '/' && home !== '/') {
      go(home, {replace: true});
      return;
    }
    const route = routes.find((candidate) => candidate.pattern.test(path));

    if (route && !route.signedOut && !session) {
      go(signInPath(path, query), {replace: true});
      return;
    }
    if (route?.signedOut && session) {
      go(returnPath(query), {replace: true});
      return;
    }

    const main = document.getElementById('page');
    main.setAttribute('aria-busy', 'true');
    const loading = setTimeout(() => fill(main, el('p', {class: 'loading'}, loadingText())),
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
    const refusal = refuse(route, session);
    if (refusal) {
      return refusal;
    }
    try {
      const view = await route.view().catch(() => {
        // A page's code could not be fetched: for the visitor, that is a network failure.
        throw new http.ApiError(0, 'network', '');
      });
      return await view.render(context(route, path, query));
    } catch (error) {
      if (error.handled) {
        return null;
      }
      if (!(error instanceof http.ApiError)) {
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
    document.title = `${heading ? heading.textContent : ''} – ${title()}`;
    if (focus === 'heading' && heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else if (focus === 'language') {
      shell.focusLanguageSwitch();
    }
  }

  function beginSession(profile) {
    session = profile;
    http.useCsrfToken(profile.csrfToken);
    if (!hasChosenLanguage() && profile.language) {
      // Until the visitor picks one, the app speaks the language of their account.
      setLanguage(profile.language, {remember: false});
    }
    drawBanner();
  }

  function endSession(reason) {
    session = null;
    http.useCsrfToken(null);
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
    go(signInPath(path, query), {replace: true});
  }

  async function signOut() {
    try {
      await http.logout();
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

  /** Where sign-in leads: the page asked for, if it is one of ours, else home. */
  function returnPath(query) {
    const target = query.get('retour') ?? '';
    const ours = target.startsWith('/') && !target.startsWith(SIGN_IN)
      && routes.some((route) => route.pattern.test(target.split('?')[0]));
    return ours ? target : home;
  }
}

/** The sign-in page that comes back to `path` once the visitor is signed in. */
function signInPath(path, query) {
  return `${SIGN_IN}?${new URLSearchParams({retour: path + queryString(query)})}`;
}

function here() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return {path: path || '/', query: new URLSearchParams(query)};
}

function queryString(query) {
  const text = query.toString();
  return text ? `?${text}` : '';
}

function skipToContent(event) {
  // The hash is the router's: jump to the content without changing it.
  event.preventDefault();
  const heading = document.querySelector('#page h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
