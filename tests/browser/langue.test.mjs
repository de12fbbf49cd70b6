// Language: French by default, English on demand and remembered; texts, dates, state labels
// and the API's own messages all follow.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  assertAccessible, callApi, heading, launch, newPage, open, signIn, submitSignIn,
  waitForHeading,
} from './support.mjs';

describe('Language', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('switches to English, remembers it after a reload, and switches back', async () => {
    const page = await newPage(browser);
    await open(page, '#/connexion');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const languages = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) {
        languages.push(request.headers()['accept-language']);
      }
    });

    await page.getByRole('button', {name: 'English'}).click();
    await waitForHeading(page, 'Sign in');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'language-switch');
    assert.match(await page.locator('.contact').textContent(), /No credentials yet\?/);
    await page.reload();
    await waitForHeading(page, 'Sign in');

    await submitSignIn(page, 'acme.marie', 'not-the-right-one');
    const alert = page.locator('.signin-form [role=alert]');
    await alert.getByRole('button', {name: 'Sign in again'}).waitFor();
    assert.match(await alert.textContent(), /Wrong code or password/);
    await alert.getByRole('button', {name: 'Sign in again'}).click();
    await submitSignIn(page, 'acme.marie');
    await waitForHeading(page, 'Main menu');
    assert.equal(await page.title(), 'Main menu – SAV Web');

    await page.getByRole('navigation').getByRole('link', {name: 'En cours'}).click();
    await waitForHeading(page, 'En cours — my dossiers');
    await page.getByRole('link', {name: 'All dossiers of ACME Logistique'}).click();
    await waitForHeading(page, 'En cours — all dossiers of ACME Logistique');
    const states = await page.locator('table.dossiers .state').allTextContents();
    assert.ok(states.length > 0);
    for (const state of states) {
      assert.match(state, /^(L — IN PROGRESS|R — CHASED|APL — TO BE SCHEDULED)$/);
    }
    assert.match(await page.locator('table.dossiers time').first().textContent(),
      /^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    await assertAccessible(page, 'an English list');
    assert.ok(languages.length > 0 && languages.every((language) => language === 'en'),
      languages.join());

    await page.getByRole('button', {name: 'Français'}).click();
    await waitForHeading(page, 'En cours — tous les dossiers de ACME Logistique');
    assert.match((await page.locator('table.dossiers .state').allTextContents()).join(),
      /EN COURS|RELANCE|À PLANIFIER/);
    await page.reload();
    await waitForHeading(page, 'En cours — tous les dossiers de ACME Logistique');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  });

  it('translates every state label of a dossier\'s history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie');
    const list = await callApi(page, 'GET', '/dossiers?view=en-cours&scope=company');
    const {number} = list.items[0];
    await open(page, `#/dossiers/${number}`);
    const french = await page.locator('ol.history .state').allTextContents();

    await page.getByRole('button', {name: 'English'}).click();
    await page.locator('#history-title', {hasText: 'State history'}).waitFor();
    const english = await page.locator('ol.history .state').allTextContents();
    const labels = {'ÉMIS': 'ISSUED', 'EN COURS': 'IN PROGRESS', 'RELANCE': 'CHASED',
      'ATTENTE CONFIRMATION CLIENT': 'AWAITING CUSTOMER CONFIRMATION',
      'À PLANIFIER': 'TO BE SCHEDULED', 'CLÔTURÉ': 'CLOSED'};
    assert.deepEqual(english, french.map((text) => {
      const [code, label] = text.split(' — ');
      return `${code} — ${labels[label]}`;
    }));
    assert.equal(await page.locator('.dossier-state-label').textContent(), 'State');
  });

  it('speaks English to a customer whose account is in English, until they choose',
    async () => {
      const page = await newPage(browser);
      await signIn(page, 'globex.luc');
      assert.equal(await heading(page).textContent(), 'Main menu');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await assertAccessible(page, 'the English menu');

      await page.getByRole('button', {name: 'Français'}).click();
      await waitForHeading(page, 'Menu principal');
      await page.reload();
      await waitForHeading(page, 'Menu principal');
    });
});
