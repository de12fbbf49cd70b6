// Shared helpers of the browser tests (not a test file: node --test runs *.test.mjs only).
// The tests drive Debian's Chromium through playwright-core against a running portal at SAV_URL
// and learn dossier numbers from the API, never from the demo data.
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';

export const BASE_URL = (process.env.SAV_URL ?? 'http://localhost:3170').replace(/\/+$/, '');
export const PASSWORD = process.env.SAV_DEMO_PASSWORD ?? 'demo1234';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];
// Long enough for a cold portal, short enough that a broken page fails fast.
const TIMEOUT_MS = 10_000;

/** Debian's Chromium; never a downloaded browser. */
export function launch() {
  return chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
}

/**
 * A fresh page in its own context (own cookies and localStorage). The site's CSP is bypassed
 * only so that axe-core can be injected as an inline script; `csp: true` keeps it enforced.
 */
export async function newPage(browser, {width = 1200, height = 900, csp = false} = {}) {
  const context = await browser.newContext({
    viewport: {width, height},
    bypassCSP: !csp,
    locale: 'fr-FR',
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) {
      page.errors.push(message.text());
    }
  });
  return page;
}

/**
 * Loads the site afresh at `hash` (e.g. '#/nouveau'), as a typed or mailed link would, and
 * waits for the page heading.
 */
export async function open(page, hash = '#/') {
  // Without this, a new hash in the same document could find the previous page's heading.
  await page.goto('about:blank');
  await page.goto(`${BASE_URL}/${hash}`);
  await page.locator('#page:not([aria-busy]) h1').waitFor();
}

/** The heading of the page shown. */
export function heading(page) {
  return page.locator('#page h1');
}

/** Waits until the page heading reads `text` (string or RegExp). */
export async function waitForHeading(page, text) {
  await page.locator('#page h1', {hasText: text}).waitFor();
}

/** Fills and sends the sign-in form that is on screen. */
export async function submitSignIn(page, code, password = PASSWORD) {
  await page.getByLabel('Code', {exact: true}).fill(code);
  await page.locator('#signin-password').fill(password);
  await page.locator('form button[type=submit]').click();
}

/**
 * Signs `code` in through the API (the sign-in page has tests of its own), then opens `hash`;
 * answers when its heading is there.
 */
export async function signIn(page, code, hash = '#/') {
  const response = await page.request.post(`${BASE_URL}/api/auth/login`, {
    headers: {'Content-Type': 'application/json'},
    data: JSON.stringify({code, password: PASSWORD}),
  });
  assert.equal(response.status(), 200, `sign-in of ${code}: ${await response.text()}`);
  await open(page, hash);
}

/**
 * Calls the API with the session of `owner` (a page or a browser context: its cookies), as the
 * site does; answers the parsed body and asserts the status.
 */
export async function callApi(owner, method, path, body, expectedStatus = 200) {
  const me = await owner.request.get(`${BASE_URL}/api/auth/me`);
  const {csrfToken} = await me.json();
  const response = await owner.request.fetch(`${BASE_URL}/api${path}`, {
    method,
    headers: {'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json'},
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(response.status(), expectedStatus, await response.text());
  return response.status() === 204 ? null : response.json();
}

/** A browser context signed in as the staff agent, to move dossiers as the service desk does. */
export async function staffSession(browser) {
  const context = await browser.newContext();
  const response = await context.request.post(`${BASE_URL}/api/auth/login`, {
    headers: {'Content-Type': 'application/json'},
    data: JSON.stringify({code: 'staff.sophie', password: PASSWORD}),
  });
  assert.equal(response.status(), 200, await response.text());
  return context;
}

/** Opens a dossier through the API for the customer signed in on `owner`; answers its recap. */
export function createDossier(owner, subject, fields = {}) {
  return callApi(owner, 'POST', '/dossiers', {
    department: 'logiciel',
    urgency: 'normal',
    subject,
    description: `Créé par les tests du navigateur : ${subject}`,
    ...fields,
  }, 201);
}

/** A subject nobody else uses, to find this test's dossier among the others. */
export function uniqueSubject(prefix) {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Runs axe-core on the page and fails with a readable list of any violation. */
export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({path: AXE_PATH});
  }
  const results = await page.evaluate(() => window.axe.run(document));
  const found = results.violations.map((violation) => {
    const where = violation.nodes.map((node) => node.target.join(' ')).join('\n    ');
    return `${violation.id} (${violation.impact}): ${violation.help}\n    ${where}`;
  });
  assert.deepEqual(found, [], `axe violations on ${label}:\n${found.join('\n')}`);
}

/** Fails if the page threw an uncaught error. */
export function assertNoPageErrors(page) {
  assert.deepEqual(page.errors.map(String), []);
}
