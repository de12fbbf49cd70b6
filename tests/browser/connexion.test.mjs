// Connexion: one message for any wrong pair and a way to try again, the service desk contact
// for people without credentials, the main menu after sign-in, and sign-out.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  BASE_URL, assertAccessible, assertNoPageErrors, heading, launch, newPage, open,
  submitSignIn, waitForHeading,
} from './support.mjs';

describe('Connexion', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the API message for a wrong code or password, the same for both, and lets the '
    + 'customer try again', async () => {
    const page = await newPage(browser);
    await open(page, '#/');
    await waitForHeading(page, 'Connexion');
    const alert = page.locator('.signin-form [role=alert]');

    await submitSignIn(page, 'personne.inconnue', 'pas-le-bon-1');
    await alert.getByRole('button').waitFor();
    const unknownCode = await alert.locator('p').textContent();
    const login = await page.request.post(`${BASE_URL}/api/auth/login`, {
      headers: {'Accept-Language': 'fr', 'Content-Type': 'application/json'},
      data: JSON.stringify({code: 'personne.inconnue', password: 'x'}),
    });
    assert.equal(login.status(), 401);
    assert.equal(unknownCode, (await login.json()).message);

    await alert.getByRole('button', {name: 'S’identifier à nouveau'}).click();
    assert.equal(await alert.textContent(), '');
    assert.equal(await page.locator('#signin-password').inputValue(), '');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'signin-code');

    await submitSignIn(page, 'acme.paul', 'pas-le-bon-2');
    await alert.getByRole('button').waitFor();
    assert.equal(await alert.locator('p').textContent(), unknownCode);

    await submitSignIn(page, 'acme.paul');
    await waitForHeading(page, 'Menu principal');
    assertNoPageErrors(page);
  });

  it('tells people without credentials whom to contact, from the catalogue', async () => {
    const page = await newPage(browser);
    const catalogue = await (await page.request.get(`${BASE_URL}/api/catalogue`)).json();
    await open(page, '#/connexion');

    const contact = page.locator('.contact');
    assert.match(await contact.textContent(), /Pas encore d’identifiants/);
    assert.equal(await contact.getByRole('link', {name: catalogue.contact.email}).count(), 1);
    assert.equal(await contact.getByRole('link', {name: catalogue.contact.phone}).count(), 1);
    assert.match(await contact.textContent(), new RegExp(catalogue.contact.hours.fr));
    await assertAccessible(page, 'the sign-in page');
  });

  it('signs a customer in to the main menu with their name, company and the four themes, '
    + 'then signs them out', async () => {
    const page = await newPage(browser);
    await open(page, '#/connexion');
    await submitSignIn(page, 'acme.marie');
    await waitForHeading(page, 'Menu principal');

    assert.equal(await page.locator('#banner .who-name').textContent(), 'Marie Dupont');
    assert.equal(await page.locator('#banner .who-company').textContent(), 'ACME Logistique');
    const menu = page.getByRole('navigation', {name: 'Menu principal'});
    assert.deepEqual(await menu.getByRole('link').allTextContents(),
      ['Nouveau', 'Modification', 'En cours', 'Historique']);
    assert.equal(await page.locator('.theme-card').count(), 4);
    assert.equal(await page.locator('a[href="/admin/"]').count(), 0);
    await assertAccessible(page, 'the main menu');

    await page.getByRole('button', {name: 'Se déconnecter'}).click();
    await waitForHeading(page, 'Connexion');
    assert.match(await page.locator('#page [role=alert]').first().textContent(),
      /Vous êtes déconnecté/);
    const me = await page.request.get(`${BASE_URL}/api/auth/me`);
    assert.equal(me.status(), 401);
    await open(page, '#/liste/en-cours');
    await waitForHeading(page, 'Connexion');
  });

  it('shows staff members the way to the staff page', async () => {
    const page = await newPage(browser);
    await open(page, '#/connexion');
    await submitSignIn(page, 'staff.sophie');
    await waitForHeading(page, 'Menu principal');

    const links = page.locator('a[href="/admin/"]');
    assert.ok(await links.count() >= 1);
    assert.equal(await page.getByRole('navigation', {name: 'Menu principal'}).count(), 0);
    await open(page, '#/nouveau');
    assert.equal(await heading(page).textContent(), 'Page réservée aux clients');
    await assertAccessible(page, 'the staff menu');
  });
});
