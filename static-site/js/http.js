/**
 * The one request function of both apps (customer site and staff page), the ApiError it throws,
 * and the session it carries: every call sends the page language, so error messages come back
 * in it, and every POST sends JSON with the CSRF token of the session.
 *
 * The session cookie is HttpOnly: this module only ever holds the CSRF token, in memory, and
 * learns that a session ended from a 401 `unauthenticated`. Each app's api.js names its routes
 * on top of it. The calls both apps make on their first load (session, sign-in, catalogue) live
 * here, so that a first load needs no api.js.
 */
import {language} from './i18n.js';

const BASE = '/api';

let csrfToken = null;
let sessionEnded = () => {};

/** A failed call: `code` is the API's `error` ('network' when the server was not reached). */
export class ApiError extends Error {
  constructor(status, code, message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    // Set when the app already reacted (session expiry): views then stay quiet.
    this.handled = false;
  }
}

/** Keeps the token of the signed-in profile for the next POSTs (null when signed out). */
export function useCsrfToken(token) {
  csrfToken = token;
}

/** Registers what to do when a call finds that the session has ended. */
export function onSessionEnded(callback) {
  sessionEnded = callback;
}

/** The signed-in profile, or null when there is no session. */
export function me() {
  return request('GET', '/auth/me', {signedOutIsNormal: true});
}

/** Signs in; the answer is the profile, with its csrfToken. Throws 401 bad_credentials. */
export function login(code, password) {
  return request('POST', '/auth/login', {body: {code, password}});
}

/** Ends the session; a session that had already ended counts as success. */
export async function logout() {
  await request('POST', '/auth/logout', {signedOutIsNormal: true});
}

let catalogueOnce = null;

/** Departments, urgencies, the example request and the service desk contact (public). */
export function catalogue() {
  // It changes with deployments only, so one load per page is enough.
  catalogueOnce ??= request('GET', '/catalogue').catch((error) => {
    catalogueOnce = null;
    throw error;
  });
  return catalogueOnce;
}

/**
 * Calls the API and answers its JSON (null for 204). With `signedOutIsNormal`, a missing
 * session answers null instead of telling the app that the session has ended.
 */
export async function request(method, path, {body, headers, signedOutIsNormal = false} = {}) {
  const response = await send(method, path, {body, headers}, 'application/json');
  const payload = await readJson(response);
  if (response.ok && payload !== undefined) {
    return payload;
  }
  return fail(response, signedOutIsNormal, payload);
}

/** The raw answer, for the rare call whose body is not JSON (a CSV export). */
export async function send(method, path, {body, headers = {}}, accept) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: {'Accept': accept, 'Accept-Language': language(), ...headers},
  };
  if (method === 'POST') {
    init.headers['Content-Type'] = 'application/json';
    if (csrfToken) {
      init.headers['X-CSRF-Token'] = csrfToken;
    }
    init.body = JSON.stringify(body ?? {});
  }
  try {
    return await fetch(BASE + path, init);
  } catch {
    throw new ApiError(0, 'network', '');
  }
}

/** Throws the ApiError of a failed answer; answers null for an expected signed-out state. */
export async function fail(response, signedOutIsNormal, payload) {
  const body = payload === undefined && response.status !== 204
    ? await readJson(response) : payload;
  const fromApi = body && typeof body.error === 'string';
  const error = new ApiError(
    response.status,
    fromApi ? body.error : `http_${response.status}`,
    fromApi && typeof body.message === 'string' ? body.message : '',
    fromApi && Array.isArray(body.details) ? body.details : []);
  if (error.code === 'unauthenticated') {
    csrfToken = null;
    if (signedOutIsNormal) {
      return null;
    }
    error.handled = true;
    sessionEnded();
  }
  throw error;
}

/** The body as JSON; null for 204, undefined when it is not JSON. */
async function readJson(response) {
  if (response.status === 204) {
    return null;
  }
  try {
    return await response.json();
  } catch {
    // A proxy's HTML error page or a cut connection: the caller gets a generic message.
    return undefined;
  }
}
