// The admin section of the staff page: companies and users created there can sign in on the
// customer site; agents do not see it; customers who sign in here are sent to their site.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  BASE_URL, assertAccessible, assertNoPageErrors, callApi, inFrench, launch, newPage,
  openStaff, staffPage, waitForHeading,
} from './staff-support.mjs';

/** A short id nobody else uses (company ids are 2–40 of a-z0-9-). */
function uniqueId(prefix) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

describe('Staff admin section', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('creates a company and a user, who can then sign in on the customer site', async () => {
    const id = uniqueId('tst');
    const name = `Société ${id}`;
    const code = `${id}.jean`;
    const page = await staffPage(browser, 'admin', '#/admin/societes');
    await waitForHeading(page, 'Sociétés clientes');

    // GIVEN a new company
    const companyForm = page.locator('form', {hasText: 'Nouvelle société'});
    await companyForm.getByLabel('Identifiant').fill(id);
    await companyForm.getByLabel('Nom').fill(name);
    await companyForm.getByLabel('E-mails de contact').fill(`it@${id}.example.com`);
    await companyForm.getByRole('button', {name: 'Enregistrer'}).click();
    await page.locator('.outcome', {hasText: `Société ${name} créée`}).waitFor();
    const row = page.locator('tbody tr', {hasText: id});
    assert.match(await row.textContent(), new RegExp(`it@${id}\\.example\\.com`));

    // WHEN the admin adds a user to it, leaving the password empty
    await row.getByRole('link', {name: `Utilisateurs de ${name}`}).click();
    await waitForHeading(page, `Utilisateurs — ${name}`);
    const userForm = page.locator('form', {hasText: 'Nouvel utilisateur'});
    await userForm.getByLabel('Code', {exact: true}).fill(code);
    await userForm.getByLabel('Nom', {exact: true}).fill('Jean Test');
    await userForm.getByLabel('E-mail', {exact: true}).fill(`jean@${id}.example.com`);
    assert.equal(await userForm.getByLabel('Rôle').inputValue(), 'customer');
    await userForm.getByRole('button', {name: 'Enregistrer'}).click();

    // THEN the generated password is shown once, with the note to pass it on
    const secret = page.locator('.generated-password');
    await secret.waitFor();
    assert.match(await secret.textContent(), /transmettez-le/);
    const password = (await secret.locator('.password-value').textContent()).trim();
    assert.ok(password.length >= 8, password);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'secret-title');
    await assertAccessible(page, 'a generated password');
    assert.match(await page.locator('tbody').textContent(), new RegExp(code.replace('.', '\\.')));
    await page.reload();
    await waitForHeading(page, `Utilisateurs — ${name}`);
    assert.equal(await page.locator('.generated-password').count(), 0, 'shown once only');

    // AND that user signs in on the customer site
    const customer = await newPage(browser);
    await customer.goto(`${BASE_URL}/#/connexion`);
    await customer.locator('#page:not([aria-busy]) h1').waitFor();
    await customer.getByLabel('Code', {exact: true}).fill(code);
    await customer.locator('#signin-password').fill(password);
    await customer.locator('form button[type=submit]').click();
    await customer.locator('#page:not([aria-busy]) h1', {hasText: 'Menu principal'}).waitFor();
    assert.match(await customer.locator('#banner').textContent(), new RegExp(name));

    // AND the audit trail records both changes
    await page.getByRole('link', {name: 'Journal'}).click();
    await waitForHeading(page, 'Journal des modifications');
    const trail = await page.locator('tbody').textContent();
    assert.ok(trail.includes(id) && trail.includes(code), trail.slice(0, 300));
    assertNoPageErrors(page);
  });

  it('shows the API’s message for a weak password and a taken code', async () => {
    const page = await staffPage(browser, 'admin', '#/admin/utilisateurs?company=acme');
    const userForm = page.locator('form', {hasText: 'Nouvel utilisateur'});
    await userForm.getByLabel('Code', {exact: true}).fill(uniqueId('faible'));
    await userForm.getByLabel('Nom', {exact: true}).fill('Mot de passe faible');
    await userForm.getByLabel('Mot de passe (facultatif)').fill('abc');
    await userForm.getByRole('button', {name: 'Enregistrer'}).click();
    const problem = userForm.locator('.form-problem .message.error');
    await problem.waitFor();
    assert.ok((await problem.textContent()).length > 10);

    await userForm.getByLabel('Code', {exact: true}).fill('acme.marie');
    await userForm.getByLabel('Mot de passe (facultatif)').fill('');
    await userForm.getByRole('button', {name: 'Enregistrer'}).click();
    await userForm.locator('.form-problem .message.error', {hasNotText: await problem
      .textContent()}).waitFor();
  });

  it('resets a password and disables then re-enables an account', async () => {
    const admin = await staffPage(browser, 'admin', '#/admin/utilisateurs?company=acme');
    const code = uniqueId('rst');
    await callApi(admin, 'POST', '/admin/users', {code, name: 'Remise à zéro',
      email: `${code}@example.com`, language: 'fr', role: 'customer', companyId: 'acme',
      departments: []}, 201);
    await openStaff(admin, '#/admin/utilisateurs?company=acme');
    const row = admin.locator(`tr[data-code="${code}"]`);

    await row.getByRole('button', {name: `Nouveau mot de passe ${code}`}).click();
    await admin.locator('.generated-password', {hasText: code}).waitFor();
    await admin.getByRole('button', {name: 'J’ai transmis le mot de passe'}).click();
    assert.equal(await admin.locator('.generated-password').count(), 0);

    await row.getByRole('button', {name: `Désactiver ${code}`}).click();
    await admin.locator('.outcome', {hasText: `${code} est désactivé`}).waitFor();
    assert.match(await row.textContent(), /Désactivé/);
    await row.getByRole('button', {name: `Réactiver ${code}`}).click();
    await admin.locator('.outcome', {hasText: `${code} est réactivé`}).waitFor();
    assertNoPageErrors(admin);
  });

  it('is not offered to agents, whom the API refuses anyway', async () => {
    const page = await staffPage(browser, 'staff.sophie', '#/files/E');
    const menu = page.getByRole('navigation', {name: 'Menu du service clients'});
    assert.deepEqual(await menu.getByRole('link').allTextContents(),
      ['Files d’attente', 'Recherche', 'Nouveau dossier']);
    await openStaff(page, '#/admin/societes');
    await waitForHeading(page, 'Réservé aux administrateurs');
    await callApi(page, 'GET', '/admin/companies', undefined, 403);
    assertNoPageErrors(page);
  });

  it('tells a customer who signs in here that the page is for staff', async () => {
    const page = await newPage(browser);
    await inFrench(page);
    await openStaff(page, '#/files/E');
    await page.getByLabel('Code', {exact: true}).fill('acme.paul');
    await page.getByLabel('Mot de passe').fill('demo1234');
    await page.getByRole('button', {name: 'Se connecter'}).click();
    await waitForHeading(page, 'Page réservée au service clients');
    await page.getByRole('link', {name: 'Aller au site client'}).click();
    await page.waitForURL(`${BASE_URL}/`);
    assertNoPageErrors(page);
  });
});
