// The lists: Modification, En cours and Historique, the customer's own or the whole company's,
// each row with date, number, subject, urgency and state, a page at a time.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  BASE_URL, assertAccessible, assertNoPageErrors, callApi, createDossier, heading, launch,
  newPage, open, signIn, uniqueSubject, waitForHeading,
} from './support.mjs';

const LISTS = [
  {view: 'modification', title: 'Modification'},
  {view: 'en-cours', title: 'En cours'},
  {view: 'historique', title: 'Historique'},
];
const STATES = {E: 'E — ÉMIS', L: 'L — EN COURS', R: 'R — RELANCE',
  ATC: 'ATC — ATTENTE CONFIRMATION CLIENT', APL: 'APL — À PLANIFIER', C: 'C — CLÔTURÉ'};

describe('Lists', () => {
  let browser;
  let catalogue;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  async function rows(page) {
    return page.locator('table.dossiers tbody tr').evaluateAll((trs) => trs.map((tr) =>
      Object.fromEntries([...tr.cells].map((td) => [td.dataset.column, td.textContent]))));
  }

  async function urgencyLabel(page, id) {
    catalogue ??= await (await page.request.get(`${BASE_URL}/api/catalogue`)).json();
    return catalogue.urgencies.find((urgency) => urgency.id === id).label.fr;
  }

  for (const {view, title} of LISTS) {
    it(`shows the ${title} list as the API gives it`, async () => {
      const page = await newPage(browser);
      await signIn(page, 'acme.marie', '#/');
      await page.getByRole('navigation').getByRole('link', {name: title}).click();
      await waitForHeading(page, `${title} — mes dossiers`);
      assert.equal(await page.getByRole('link', {name: title, exact: true})
        .getAttribute('aria-current'), 'page');

      const api = await callApi(page, 'GET', `/dossiers?view=${view}&scope=mine`);
      const shown = await rows(page);
      assert.equal(shown.length, api.items.length);
      for (const [index, item] of api.items.entries()) {
        assert.equal(shown[index]['Numéro'], item.number);
        assert.equal(shown[index]['Sujet'], item.subject);
        assert.equal(shown[index]['Urgence'], await urgencyLabel(page, item.urgency));
        assert.equal(shown[index]['État'], STATES[item.state]);
        assert.match(shown[index]['Date de création'], /^\d{1,2} \S+ \d{4}$/);
      }
      if (api.items.length === 0) {
        assert.equal(await page.locator('.empty').textContent(),
          'Aucun dossier dans cette liste.');
      }
      await assertAccessible(page, `the ${title} list`);
      assertNoPageErrors(page);
    });
  }

  it('switches to every dossier of the company and back to mine', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul', '#/liste/en-cours');
    await waitForHeading(page, 'En cours — mes dossiers');

    await page.getByRole('link', {name: 'Tous les dossiers de ACME Logistique'}).click();
    await waitForHeading(page, 'En cours — tous les dossiers de ACME Logistique');
    assert.match(page.url(), /#\/liste\/en-cours\?scope=company$/);
    const company = await callApi(page, 'GET', '/dossiers?view=en-cours&scope=company');
    const shown = await rows(page);
    assert.deepEqual(shown.map((row) => row['Numéro']),
      company.items.map((item) => item.number));
    assert.deepEqual(shown.map((row) => row['Demandeur']),
      company.items.map((item) => item.requesterName));
    assert.ok(company.items.every((item) => item.companyId === 'acme'));
    await assertAccessible(page, 'the company list');

    await page.getByRole('link', {name: 'Mes dossiers'}).click();
    await waitForHeading(page, 'En cours — mes dossiers');
    assert.match(page.url(), /#\/liste\/en-cours$/);
  });

  /** Makes the site ask for pages of `limit` dossiers, so that the demo data needs several. */
  function pagesOf(page, limit) {
    return page.route('**/api/dossiers?*', (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', String(limit));
      return route.continue({url: url.href});
    });
  }

  it('shows more dossiers with the next cursor', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/');
    const query = '/dossiers?view=modification&scope=company&limit=3';
    for (let count = (await callApi(page, 'GET', query)).items.length; count < 3; count += 1) {
      await createDossier(page, uniqueSubject('Pour la page suivante'));
    }
    const all = await callApi(page, 'GET', query);
    await pagesOf(page, 1);

    await open(page, '#/liste/modification?scope=company');
    assert.equal((await rows(page)).length, 1);
    const more = page.getByRole('button', {name: 'Afficher plus de dossiers'});
    await more.click();
    await page.locator('table.dossiers tbody tr').nth(1).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent),
      all.items[1].number);
    assert.equal(await page.locator('.list-status').textContent(),
      '1 dossier de plus affiché.');
    await more.click();
    await page.locator('table.dossiers tbody tr').nth(2).waitFor();

    assert.deepEqual((await rows(page)).map((row) => row['Numéro']),
      all.items.map((item) => item.number));
  });

  it('ends the list cleanly when the last page was a full one', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/');
    const all = await callApi(page, 'GET', '/dossiers?view=historique&scope=company&limit=100');
    assert.ok(all.items.length > 0, 'the demo data has a closed dossier');
    await pagesOf(page, all.items.length);

    await open(page, '#/liste/historique?scope=company');
    assert.equal((await rows(page)).length, all.items.length);
    const more = page.getByRole('button', {name: 'Afficher plus de dossiers'});
    if (await more.count() > 0) {
      await more.click();
      const end = page.locator('.list-status', {hasText: 'Il n’y a pas d’autre dossier'});
      await end.waitFor();
      assert.equal(await more.count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement.closest('.list-status')
        !== null), true, 'focus stays near the end of the list');
    }
    assert.equal((await rows(page)).length, all.items.length);
  });

  it('opens the detail of a dossier from its number', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/liste/historique?scope=company');
    const link = page.locator('table.dossiers tbody a').first();
    const number = await link.textContent();
    await link.click();
    await waitForHeading(page, `Dossier ${number}`);
    assert.match(page.url(), new RegExp(`#/dossiers/${number}$`));
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    assert.match(await heading(page).textContent(), new RegExp(number));
  });
});
