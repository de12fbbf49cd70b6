// Every staff page passes axe-core, works under the production Content-Security-Policy,
// shows what customers typed as text only, and speaks English when asked, remembering it.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  assertAccessible, assertNoPageErrors, callApi, createDossier, inFrench, launch, login,
  newPage, openStaff, sessionOf, staffPage, uniqueSubject, waitForHeading,
} from './staff-support.mjs';

describe('Staff page accessibility and safety', () => {
  let browser;
  let customer;
  let number;
  before(async () => {
    browser = await launch();
    customer = await sessionOf(browser, 'acme.marie');
    ({number} = await createDossier(customer, uniqueSubject('Accessibilité')));
    const staff = await sessionOf(browser, 'staff.sophie');
    await callApi(staff, 'POST', `/dossiers/${number}/complements`,
      {text: 'Note pour l’équipe.', visibility: 'internal'}, 201);
    await callApi(staff, 'POST', `/dossiers/${number}/state`,
      {state: 'L', comment: 'Pris en charge.', visibility: 'public'});
  });
  after(async () => {
    await browser?.close();
  });

  it('has no axe violation on the desk pages of an agent', async () => {
    const page = await newPage(browser);
    await inFrench(page);
    await openStaff(page, '#/files/E');
    await assertAccessible(page, 'the staff sign-in');
    await login(page.context(), 'staff.sophie');

    const pages = [
      ['#/files/E', 'File E'], ['#/files/R?sort=urgency', 'File R'],
      [`#/dossiers/${number}`, `Dossier ${number}`],
      ['#/recherche?company=acme&view=en-cours', 'Recherche'],
      ['#/admin/societes', 'Réservé aux administrateurs'], ['#/nouveau', 'Ouvrir un dossier'],
    ];
    for (const [hash, title] of pages) {
      await openStaff(page, hash);
      await waitForHeading(page, title);
      await assertAccessible(page, hash);
    }
    await page.getByLabel('Société', {exact: true}).selectOption('acme');
    await page.getByRole('option', {name: 'Marie Dupont (acme.marie)'}).waitFor({
      state: 'attached'});
    await assertAccessible(page, 'a dossier opened for a customer');
    assertNoPageErrors(page);
  });

  it('has no axe violation on the admin pages', async () => {
    const page = await staffPage(browser, 'admin', '#/admin/societes');
    await assertAccessible(page, 'admin companies');
    await page.getByRole('button', {name: 'Modifier ACME Logistique'}).click();
    await assertAccessible(page, 'a company being edited');

    await openStaff(page, '#/admin/utilisateurs');
    await waitForHeading(page, 'Utilisateurs — service clients');
    await assertAccessible(page, 'admin users of the staff');
    await openStaff(page, '#/admin/utilisateurs?company=acme');
    await page.locator('tr[data-code="acme.paul"]')
      .getByRole('button', {name: 'Modifier acme.paul'}).click();
    await assertAccessible(page, 'a user being edited');

    await openStaff(page, '#/admin/journal');
    await waitForHeading(page, 'Journal des modifications');
    await assertAccessible(page, 'the audit trail');
    assertNoPageErrors(page);
  });

  it('works under the Content-Security-Policy and never runs what customers typed',
    async () => {
      const subject = '<img src=x onerror="window.pwned=1">';
      const {number: hostile} = await callApi(customer, 'POST', '/dossiers', {
        department: 'logiciel', urgency: 'bloquant', subject,
        description: '<script>window.pwned=2</script><b>gras</b>',
      }, 201);
      const page = await newPage(browser, {csp: true});
      await inFrench(page);
      await login(page.context(), 'staff.sophie');
      await openStaff(page, '#/files/E?urgency=bloquant&sort=newest');
      await page.getByRole('link', {name: hostile, exact: true}).click();
      await waitForHeading(page, `Dossier ${hostile}`);

      assert.match(await page.locator('h1').textContent(), /<img src=x onerror=/);
      assert.equal(await page.locator('#page img, #page script, #page b').count(), 0);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
      await page.getByRole('link', {name: 'Recherche'}).click();
      await waitForHeading(page, 'Recherche');
      assertNoPageErrors(page);
    });

  it('switches to English, remembers it and gets the API’s messages in it', async () => {
    const page = await newPage(browser);
    await login(page.context(), 'staff.sophie');
    await openStaff(page, `#/dossiers/${number}`);
    await waitForHeading(page, `Dossier ${number}`);
    const languageSent = page.waitForRequest((request) => request.url().includes('/api/'));
    await page.getByRole('button', {name: 'English'}).click();
    await waitForHeading(page, `Dossier ${number}`);
    assert.equal((await languageSent).headers()['accept-language'], 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', {name: 'Send the reply to the customer'}).waitFor();

    await openStaff(page, '#/dossiers/99999999');
    await page.locator('#page [role=alert]', {hasText: /not|found|exist/i}).waitFor();
    assert.match(await page.locator('h1').textContent(), /cannot be shown/);
    await page.getByRole('button', {name: 'Français'}).click();
    await page.locator('#page h1', {hasText: 'ne peut pas s’afficher'}).waitFor();
    assertNoPageErrors(page);
  });
});
