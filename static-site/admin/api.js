/**
 * The routes of the SAV Web API that the staff page uses (docs/api.md), as plain functions.
 * Requests, the CSRF token and ApiError are those of ../js/http.js, shared with the customer
 * site; failures are thrown as ApiError.
 */
import {request, send, fail} from '../js/http.js';

export {
  ApiError, useCsrfToken, onSessionEnded, me, login, logout, catalogue,
} from '../js/http.js';

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
