/**
 * The SAV Web API as plain functions (see docs/api.md). Every call sends the page language, so
 * error messages come back in it, and every POST carries the CSRF token of the session.
 *
 * Failures are thrown as ApiError. The session cookie is HttpOnly: this module only ever holds
 * the CSRF token, in memory, and learns that a session ended from a 401 `unauthenticated`.
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
export async function me() {
  return request('GET', '/auth/me', {signedOutIsNormal: true});
}

/** Signs in; the answer is the profile, with its csrfToken. Throws 401 bad_credentials. */
export async function login(code, password) {
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

/** One page of a customer list: {items, next}. */
export async function dossiers({view, scope, cursor}) {
  const query = new URLSearchParams({view, scope});
  if (cursor) {
    query.set('cursor', cursor);
  }
  return request('GET', `/dossiers?${query}`);
}

/** A dossier with its history and compléments. */
export async function dossier(number) {
  return request('GET', `/dossiers/${encodeURIComponent(number)}`);
}

/**
 * Opens a dossier; answers the recap. The same idempotencyKey sent again (a retry after a lost
 * answer) returns the dossier created the first time instead of a second one.
 */
export async function createDossier(form, idempotencyKey) {
  return request('POST', '/dossiers', {
    body: form,
    headers: {'Idempotency-Key': idempotencyKey},
  });
}

/** Adds a complément d'information; answers {id, at, visibility, dossier}. */
export async function addComplement(number, text) {
  return request('POST', `/dossiers/${encodeURIComponent(number)}/complements`, {
    body: {text},
  });
}

/** Relance of an open dossier (state R), with an optional comment; answers the dossier. */
export async function relancer(number, comment) {
  const body = comment ? {state: 'R', comment} : {state: 'R'};
  return request('POST', `/dossiers/${encodeURIComponent(number)}/state`, {body});
}

async function request(method, path, {body, headers = {}, signedOutIsNormal = false} = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'Accept-Language': language(), ...headers},
  };
  if (method === 'POST') {
    init.headers['Content-Type'] = 'application/json';
    if (csrfToken) {
      init.headers['X-CSRF-Token'] = csrfToken;
    }
    init.body = JSON.stringify(body ?? {});
  }

  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new ApiError(0, 'network', '');
  }
  const payload = await readJson(response);

  if (response.ok && payload !== undefined) {
    return payload;
  }
  const error = failure(response.status, payload);
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

function failure(status, payload) {
  const fromApi = payload && typeof payload.error === 'string';
  return new ApiError(
    status,
    fromApi ? payload.error : `http_${status}`,
    fromApi && typeof payload.message === 'string' ? payload.message : '',
    fromApi && Array.isArray(payload.details) ? payload.details : []);
}
