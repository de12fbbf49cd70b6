/**
 * The routes of the SAV Web API that the customer site uses (see docs/api.md), as plain
 * functions. Requests, the CSRF token and ApiError are those of http.js, shared with the staff
 * page; failures are thrown as ApiError.
 */
import {request} from './http.js';

export {
  ApiError, useCsrfToken, onSessionEnded, me, login, logout, catalogue,
} from './http.js';

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
