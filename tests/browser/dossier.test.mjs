// The detail of a dossier: its facts, one line per state change, the compléments thread and
// form, the relance with its confirmation, and what a closed dossier no longer offers.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  assertAccessible, assertNoPageErrors, callApi, createDossier, heading, launch, newPage,
  signIn, staffSession, uniqueSubject, waitForHeading,
} from './support.mjs';

const STATES = {E: 'E — ÉMIS', L: 'L — EN COURS', R: 'R — RELANCE',
  ATC: 'ATC — ATTENTE CONFIRMATION CLIENT', APL: 'APL — À PLANIFIER', C: 'C — CLÔTURÉ'};

describe('Dossier detail', () => {
  let browser;
  let staff;
  before(async () => {
    browser = await launch();
    staff = await staffSession(browser);
  });
  after(async () => {
    await browser?.close();
  });

  it('shows everything about the dossier and one line per state change', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie');
    const list = await callApi(page, 'GET', '/dossiers?view=en-cours&scope=company');
    const {number} = list.items[0];
    const detail = await callApi(page, 'GET', `/dossiers/${number}`);
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);

    assert.match(await heading(page).textContent(), new RegExp(detail.dossier.subject));
    assert.equal(await page.locator('.dossier-state .state').textContent(),
      STATES[detail.dossier.state]);
    const facts = await page.locator('.facts').textContent();
    assert.match(facts, new RegExp(detail.dossier.companyName));
    assert.match(facts, new RegExp(detail.dossier.requesterName));
    assert.equal(await page.locator('.block p.text').first().textContent(),
      detail.dossier.description);

    const lines = page.locator('ol.history > li');
    assert.equal(await lines.count(), detail.history.length);
    for (const [index, line] of detail.history.entries()) {
      const text = await lines.nth(index).textContent();
      assert.ok(text.startsWith(STATES[line.to]), text);
      assert.match(text, new RegExp(line.byName));
      assert.match(text, /\d{4}/);
      if (line.comment) {
        assert.ok(text.includes(line.comment), text);
      }
    }
    await assertAccessible(page, 'a dossier in progress');
    assertNoPageErrors(page);
  });

  it('adds a complément, which answers a dossier awaiting the customer', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul');
    const {number} = await createDossier(page, uniqueSubject('Imprimante lente'));
    await callApi(staff, 'POST', `/dossiers/${number}/state`, {state: 'L'});
    await callApi(staff, 'POST', `/dossiers/${number}/state`,
      {state: 'ATC', comment: 'Pouvez-vous redémarrer le spouleur ?', visibility: 'public'});
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);
    assert.match(await page.locator('#complement-help').textContent(), /attend votre réponse/);
    assert.match(await page.locator('ol.history').textContent(), /redémarrer le spouleur/);
    await assertAccessible(page, 'a dossier awaiting the customer');

    await page.getByRole('button', {name: 'Envoyer le complément'}).click();
    assert.equal(await page.locator('#complement-error').textContent(),
      'Écrivez votre complément d’information.');

    const text = 'Spouleur redémarré :\nl’impression est de nouveau rapide.';
    await page.getByLabel('Ajouter un complément d’information').fill(text);
    await page.getByRole('button', {name: 'Envoyer le complément'}).click();
    const outcome = page.locator('.outcome .message');
    await outcome.waitFor();
    assert.match(await outcome.textContent(), /complément d’information a été ajouté/);
    assert.equal(await page.evaluate(() => document.activeElement.className),
      'message success');

    const complement = page.locator('ol.complements > li').last();
    assert.equal(await complement.locator('.text').textContent(), text.trim());
    assert.match(await complement.textContent(), /Paul Martin/);
    assert.equal(await page.locator('.dossier-state .state').textContent(), STATES.L);
    assert.equal(await page.locator('#complement-text').inputValue(), '');
    assertNoPageErrors(page);
  });

  it('relances an open dossier only after confirmation', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul');
    const {number} = await createDossier(page, uniqueSubject('Badge refusé'));
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);
    const relancer = page.getByRole('button', {name: 'Relancer', exact: true});
    const dialog = page.getByRole('dialog', {name: `Relancer le dossier ${number} ?`});

    await relancer.click();
    await dialog.waitFor();
    await assertAccessible(page, 'the relance confirmation');
    await dialog.getByRole('button', {name: 'Annuler'}).click();
    await dialog.waitFor({state: 'hidden'});
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Relancer');
    assert.equal(await page.locator('.dossier-state .state').textContent(), STATES.E);
    assert.equal((await callApi(page, 'GET', `/dossiers/${number}`)).dossier.state, 'E');

    await relancer.click();
    await dialog.getByLabel('Message (facultatif)').fill('Toujours bloqué ce matin.');
    await dialog.getByRole('button', {name: 'Confirmer la relance'}).click();
    await page.locator('.outcome .message').waitFor();
    assert.match(await page.locator('.outcome').textContent(), /a été relancé/);
    assert.equal(await page.locator('.dossier-state .state').textContent(), STATES.R);
    const last = await page.locator('ol.history > li').last().textContent();
    assert.ok(last.startsWith(STATES.R), last);
    assert.match(last, /Toujours bloqué ce matin\./);
    assert.equal(await page.getByRole('button', {name: 'Relancer', exact: true}).count(), 1,
      'a dossier in RELANCE may be chased again');
    assertNoPageErrors(page);
  });

  it('offers neither complément nor relance on a closed dossier', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie');
    const closed = await callApi(page, 'GET', '/dossiers?view=historique&scope=company');
    assert.ok(closed.items.length > 0, 'the demo data has a closed dossier');
    const {number} = closed.items[0];
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);

    assert.equal(await page.locator('.dossier-state .state').textContent(), STATES.C);
    assert.equal(await page.locator('#complement-text').count(), 0);
    assert.equal(await page.getByRole('button', {name: 'Relancer', exact: true}).count(), 0);
    assert.match(await page.locator('#page').textContent(), /Ce dossier est clôturé/);
    await assertAccessible(page, 'a closed dossier');
  });

  it('shows what customers typed as text, never as markup', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul');
    const subject = '<img src=x onerror="window.pwned=1">';
    const {number} = await createDossier(page, subject,
      {description: '<script>window.pwned=2</script><b>gras</b>'});
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);

    assert.match(await heading(page).textContent(), /<img src=x onerror=/);
    assert.equal(await page.locator('#page img, #page script, #page b').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  });

  it('works under the Content-Security-Policy the site is served with', async () => {
    const page = await newPage(browser, {csp: true});
    await signIn(page, 'acme.paul');
    const {number} = await createDossier(page, uniqueSubject('Sous CSP'));
    await page.goto(`${page.url().split('#')[0]}#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);
    await page.getByRole('button', {name: 'Relancer', exact: true}).click();
    await page.getByRole('button', {name: 'Annuler'}).click();
    await page.getByRole('navigation').getByRole('link', {name: 'Nouveau'}).click();
    await waitForHeading(page, 'Nouveau dossier');
    assertNoPageErrors(page);
  });
});
