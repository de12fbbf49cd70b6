// Helpers of the staff page's browser tests (not a test file). Chromium, pages and axe come
// from support.mjs; what is specific to /admin/ lives here.
import assert from 'node:assert/strict';
import {BASE_URL, PASSWORD, callApi, newPage} from './support.mjs';

export {
  assertAccessible, assertNoPageErrors, launch, newPage, uniqueSubject,
} from './support.mjs';
export {BASE_URL, PASSWORD, callApi};

export const STAFF_URL = `${BASE_URL}/admin/`;

/**
 * Loads the staff page afresh at `hash`, as a mailed link would, and waits for its heading.
 * The language is pinned to French first: the admin account speaks English.
 */
export async function openStaff(page, hash = '#/') {
  await page.goto('about:blank');
  await page.goto(`${STAFF_URL}${hash}`);
  await settled(page);
}

/** Waits until the page shown is complete (no render in progress) and answers its heading. */
export async function settled(page) {
  const heading = page.locator('#page:not([aria-busy]) h1');
  await heading.waitFor();
  return heading.textContent();
}

/**
 * Does `action` (a click that changes the address) and waits until the page it leads to is
 * drawn. The old page is marked first: a page with the same texts cannot be taken for the new.
 */
export async function newRender(page, action) {
  await page.locator('#page h1').evaluate((heading) => {
    heading.dataset.old = 'true';
  });
  await action();
  await page.locator('#page:not([aria-busy]) h1:not([data-old])').waitFor();
}

/** Waits until the heading of the page reads `text` (string or RegExp). */
export async function waitForHeading(page, text) {
  await page.locator('#page:not([aria-busy]) h1', {hasText: text}).waitFor();
}

/** A browser context (or page) signed in as `code` through the API. */
export async function login(owner, code, password = PASSWORD) {
  const response = await owner.request.post(`${BASE_URL}/api/auth/login`, {
    headers: {'Content-Type': 'application/json'},
    data: JSON.stringify({code, password}),
  });
  assert.equal(response.status(), 200, `sign-in of ${code}: ${await response.text()}`);
  return response.json();
}

/** A context signed in as `code`, to act as another person next to the page under test. */
export async function sessionOf(browser, code) {
  const context = await browser.newContext();
  await login(context, code);
  return context;
}

/** Opens a dossier as the customer signed in on `owner`; answers its recap. */
export function createDossier(owner, subject) {
  return callApi(owner, 'POST', '/dossiers', {
    department: 'logiciel', urgency: 'urgent', subject,
    description: `Créé par les tests de la page du service clients : ${subject}`,
  }, 201);
}

/** The state shown on the dossier page, e.g. 'L — EN COURS'. */
export function shownState(page) {
  return page.locator('.dossier-state .state').textContent();
}

/** Moves the dossier shown to `state` through the page's form, and waits for the outcome. */
export async function changeStateInPage(page, stateLabel, {comment, visibility} = {}) {
  const form = page.locator('form.state-form');
  await form.getByLabel(stateLabel).check();
  if (comment) {
    await form.getByLabel('Commentaire (facultatif)').fill(comment);
  }
  if (visibility) {
    await form.getByLabel(visibility).check();
  }
  await form.getByRole('button', {name: 'Changer l’état'}).click();
  // The page is redrawn with a new message: wait for this change's, not the previous one's.
  await page.locator('.outcome .message.success', {hasText: `l’état ${stateLabel}`}).waitFor();
}

/**
 * Pins the page language to French, as if the agent had chosen it: the admin account speaks
 * English, and the assertions read the French texts.
 */
export async function inFrench(page) {
  await page.context().addInitScript(() => {
    if (location.protocol.startsWith('http')) {
      localStorage.setItem('sav.language', 'fr');
    }
  });
}

/** A new page signed in as `code` (through the API), in French, showing the staff `hash`. */
export async function staffPage(browser, code, hash = '#/') {
  const page = await newPage(browser);
  await inFrench(page);
  await login(page.context(), code);
  await openStaff(page, hash);
  return page;
}
