// Sessions and failures: deep links before sign-in, a session that ends under the customer's
// feet, API errors and a network that fails; never a blank page, never raw JSON.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  BASE_URL, assertAccessible, assertNoPageErrors, callApi, createDossier, heading, launch,
  newPage, open, signIn, submitSignIn, uniqueSubject, waitForHeading,
} from './support.mjs';

describe('Session and failures', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('lands on the dossier of a mail link after signing in', async () => {
    const owner = await newPage(browser);
    await signIn(owner, 'acme.marie');
    const {number} = await createDossier(owner, uniqueSubject('Lien reçu par e-mail'));

    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/#/dossiers/${number}`);
    await waitForHeading(page, 'Connexion');
    assert.match(page.url(), new RegExp(`#/connexion\\?retour=%2Fdossiers%2F${number}$`));
    assert.equal(await page.locator('#page [role=alert] .message').count(), 0,
      'nobody was signed in: no "session expired" notice');

    await submitSignIn(page, 'acme.marie');
    await waitForHeading(page, `Dossier ${number}`);
    assert.match(page.url(), new RegExp(`#/dossiers/${number}$`));
    assertNoPageErrors(page);
  });

  it('sends the customer to sign in when the session ended, then back to the same page',
    async () => {
      const page = await newPage(browser);
      await signIn(page, 'acme.paul', '#/liste/historique?scope=company');
      await page.context().clearCookies();

      await page.getByRole('link', {name: 'Mes dossiers'}).click();
      await waitForHeading(page, 'Connexion');
      assert.match(await page.locator('#page [role=alert]').first().textContent(),
        /Votre session a expiré/);
      assert.equal(await page.locator('#banner .who-name').count(), 0);
      await assertAccessible(page, 'the sign-in page after expiry');

      await submitSignIn(page, 'acme.paul');
      await waitForHeading(page, 'Historique — mes dossiers');
      assert.match(page.url(), /#\/liste\/historique$/);
    });

  it('keeps the complément being written when the session ends before it is sent', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul');
    const {number} = await createDossier(page, uniqueSubject('Session terminée'));
    await open(page, `#/dossiers/${number}`);
    const text = 'Écrit avant la fin de la session.';
    await page.getByLabel('Ajouter un complément d’information').fill(text);
    // Signed out elsewhere (another tab): the cookie this page holds is no longer valid.
    await callApi(page, 'POST', '/auth/logout', undefined, 204);

    await page.getByRole('button', {name: 'Envoyer le complément'}).click();
    await waitForHeading(page, 'Connexion');
    assert.match(await page.locator('#page').textContent(), /Votre session a expiré/);
    await submitSignIn(page, 'acme.paul');
    await waitForHeading(page, `Dossier ${number}`);
    assert.equal(await page.getByLabel('Ajouter un complément d’information').inputValue(),
      text);
  });

  it('shows the API message for an unknown dossier and for an unknown page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/dossiers/99999999');
    assert.equal(await heading(page).textContent(), 'Cette page ne peut pas s’afficher');
    const api = await page.request.get(`${BASE_URL}/api/dossiers/99999999`,
      {headers: {'Accept-Language': 'fr'}});
    assert.equal(await page.locator('#page [role=alert]').textContent(),
      (await api.json()).message);
    assert.doesNotMatch(await page.locator('#page').textContent(), /[{}"]/);
    await assertAccessible(page, 'an unknown dossier');

    await open(page, '#/nulle-part');
    assert.equal(await heading(page).textContent(), 'Page introuvable');
    await page.getByRole('link', {name: 'Retour au menu'}).click();
    await waitForHeading(page, 'Menu principal');
  });

  it('says when the network fails and offers to try again', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie');
    await page.route('**/api/dossiers?*', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').getByRole('link', {name: 'En cours'}).click();
    await waitForHeading(page, 'Cette page ne peut pas s’afficher');
    assert.match(await page.locator('#page [role=alert]').textContent(),
      /Le serveur ne répond pas/);

    await page.unroute('**/api/dossiers?*');
    await page.getByRole('button', {name: 'Réessayer'}).click();
    await waitForHeading(page, 'En cours — mes dossiers');
    assertNoPageErrors(page);
  });

  it('says when the network fails while the site starts', async () => {
    const page = await newPage(browser);
    await page.route('**/api/auth/me', (route) => route.abort('internetdisconnected'));
    await page.goto(`${BASE_URL}/#/nouveau`);
    await waitForHeading(page, 'Cette page ne peut pas s’afficher');
    assert.match(await page.locator('#page').textContent(), /Le serveur ne répond pas/);

    await page.unroute('**/api/auth/me');
    await page.getByRole('button', {name: 'Réessayer'}).click();
    await waitForHeading(page, 'Connexion');
  });
});
