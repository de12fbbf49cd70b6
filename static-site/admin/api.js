/**
 * The routes of the SAV Web API that the staff page uses (docs/api.md), as plain functions.
 *
 * The customer site's api.js keeps its request() private and covers customer routes only, so
 * the staff page has this module of its own, built the same way: every call sends the page
 * language, every POST sends JSON and the CSRF token of the session, failures are thrown as
 * ApiError, and a 401 `unauthenticated` tells the app that the session has ended.
 */
import {language} from '../js/i18n.js';

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

/** Departments and urgencies with their labels (public, changes with deployments only). */
export function catalogue() {
  catalogueOnce ??= request('GET', '/catalogue').catch((error) => {
    catalogueOnce = null;
    throw error;
  });
  return catalogueOnce;
}

/** Count of dossiers per state queue: {counts, closedSinceDays}. */
export function queues() {
  return request('GET', '/queues');
}

/**
 * One page of a list: a state queue (`state`, filters, `sort`) or a company's view
 * (`company` + `view`). Empty parameters are left out. Answers {items, next}.
 */
export function dossiers(parameters) {
  return request('GET', `/dossiers?${listQuery(parameters)}`);
}

/** Dossiers by number (all digits) or by words of their subject: {items}. */
export function search(q) {
  return request('GET', `/search?${new URLSearchParams({q})}`);
}

/**
 * The CSV export of the list the same parameters describe, as a Blob. Fetched rather than
 * linked so that it carries the page language, which picks the CSV separator and labels.
 */
export async function exportCsv(parameters) {
  const {cursor, ...rest} = parameters;
  const response = await send('GET', `/export?${listQuery(rest)}`, {}, 'text/csv');
  if (!response.ok) {
    await fail(response, false);
  }
  return response.blob();
}

/** A dossier with its history, compléments (internal ones too) and notifications. */
export function dossier(number) {
  return request('GET', `/dossiers/${encodeURIComponent(number)}`);
}

/**
 * Opens a dossier for the customer user `requester`; answers the recap. The same
 * idempotencyKey sent again (a retry after a lost answer) answers the first dossier.
 */
export function createDossier(form, idempotencyKey) {
  return request('POST', '/dossiers', {
    body: form, headers: {'Idempotency-Key': idempotencyKey},
  });
}

/** Adds a public reply or an internal note ('public' | 'internal'). */
export function addComplement(number, text, visibility) {
  return request('POST', `/dossiers/${encodeURIComponent(number)}/complements`, {
    body: {text, visibility},
  });
}

/**
 * Moves a dossier to `state`. expectedVersion is the version the agent saw: the API refuses
 * with 409 concurrent_change if someone else changed the dossier since.
 */
export function changeState(number, {state, comment, visibility, expectedVersion}) {
  const body = {state, expectedVersion};
  if (comment) {
    body.comment = comment;
    body.visibility = visibility;
  }
  return request('POST', `/dossiers/${encodeURIComponent(number)}/state`, {body});
}

/** Customer companies, readable by every staff member: {items}. */
export function staffCompanies() {
  return request('GET', '/staff/companies');
}

/** Enabled customer users of a company: {items: [{code, name}]}. */
export function staffCustomers(company) {
  return request('GET', `/staff/customers?${new URLSearchParams({company})}`);
}

/** Companies with their contact details (admins only). */
export function companies() {
  return request('GET', '/admin/companies');
}

/** Creates a company {id, name, contactEmails, language}. */
export function createCompany(company) {
  return request('POST', '/admin/companies', {body: company});
}

/** Changes a company's {name, contactEmails, language}. */
export function updateCompany(id, changes) {
  return request('POST', `/admin/companies/${encodeURIComponent(id)}`, {body: changes});
}

/** Users of a company, or the staff when `company` is empty. */
export function users(company) {
  const query = company ? `?${new URLSearchParams({company})}` : '';
  return request('GET', `/admin/users${query}`);
}

/** Creates a user; answers {user, generatedPassword} (the latter without a given password). */
export function createUser(user) {
  return request('POST', '/admin/users', {body: user});
}

/** Changes some fields of a user (name, email, language, role, enabled, departments…). */
export function updateUser(code, changes) {
  return request('POST', `/admin/users/${encodeURIComponent(code)}`, {body: changes});
}

/** Gives a user a generated password; answers {user, generatedPassword}. */
export function resetPassword(code) {
  return request('POST', `/admin/users/${encodeURIComponent(code)}/password`, {body: {}});
}

/** The audit trail, newest first: {items: [{at, actor, action, target, summary}]}. */
export function audit() {
  return request('GET', '/admin/audit');
}

function listQuery(parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value) {
      query.set(name, value);
    }
  }
  return query;
}

async function request(method, path, {body, headers, signedOutIsNormal = false} = {}) {
  const response = await send(method, path, {body, headers}, 'application/json');
  const payload = await readJson(response);
  if (response.ok && payload !== undefined) {
    return payload;
  }
  return fail(response, signedOutIsNormal, payload);
}

async function send(method, path, {body, headers = {}}, accept) {
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
async function fail(response, signedOutIsNormal, payload) {
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
