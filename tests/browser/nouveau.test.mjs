// Nouveau: explanations from the catalogue, the API's rules checked before sending, the
// Idempotency-Key (reused when the same submission is sent again), and the recap.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  BASE_URL, assertAccessible, assertNoPageErrors, heading, launch, newPage, signIn,
  uniqueSubject, waitForHeading,
} from './support.mjs';

describe('Nouveau', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows every field with its explanation from the catalogue and an example', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/nouveau');
    const catalogue = await (await page.request.get(`${BASE_URL}/api/catalogue`)).json();

    for (const department of catalogue.departments) {
      const radio = page.getByRole('radio', {name: department.label.fr, exact: true});
      assert.equal(await radio.getAttribute('aria-describedby'),
        `department-${department.id}-help`);
      assert.equal(await page.locator(`#department-${department.id}-help`).textContent(),
        department.help.fr);
    }
    for (const urgency of catalogue.urgencies) {
      assert.equal(await page.getByRole('radio', {name: urgency.label.fr, exact: true}).count(),
        1);
    }
    assert.match(await page.locator('#subject').getAttribute('aria-describedby'), /subject-help/);
    assert.match(await page.locator('.example').textContent(),
      new RegExp(catalogue.example.fr.subject));
    await assertAccessible(page, 'the Nouveau page');
  });

  it('checks the fields as the API does before sending anything', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/nouveau');
    let posts = 0;
    page.on('request', (request) => {
      posts += request.method() === 'POST' && request.url().endsWith('/api/dossiers') ? 1 : 0;
    });

    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    assert.match(await page.locator('.dossier-form [role=alert]').textContent(), /4 erreurs/);
    assert.equal(await page.locator('#department').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#description').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'department');

    await page.getByRole('radio', {name: 'Logiciel'}).check();
    await page.getByRole('radio', {name: 'Normal'}).check();
    await page.locator('#subject').fill('x'.repeat(121));
    await page.locator('#description').fill('   ');
    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    assert.match(await page.locator('#subject-error').textContent(), /120/);
    assert.equal(await page.locator('#description-error').textContent(),
      'Décrivez votre demande.');
    assert.equal(await page.locator('#department').getAttribute('aria-invalid'), null);
    await assertAccessible(page, 'the Nouveau page with errors');
    assert.equal(posts, 0);
  });

  it('creates the dossier and shows the recap with its number', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.marie', '#/nouveau');
    const subject = uniqueSubject('Écran noir au démarrage');
    const sent = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/dossiers')) {
        sent.push(request.headers());
      }
    });

    await page.getByRole('radio', {name: 'Matériel'}).check();
    await page.getByRole('radio', {name: 'Urgent'}).check();
    await page.locator('#subject').fill(subject);
    await page.locator('#description').fill('Le poste 7 reste sur un écran noir.\n'
      + 'Redémarré deux fois.');
    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    await waitForHeading(page, 'Dossier enregistré');

    const number = await page.locator('.dossier-number-value').textContent();
    assert.match(number, /^\d+$/);
    assert.match(page.url(), new RegExp(`#/recapitulatif/${number}$`));
    const recap = await page.locator('.recap .facts').textContent();
    assert.match(recap, new RegExp(subject));
    assert.match(recap, /Matériel/);
    assert.match(recap, /E — ÉMIS/);
    assert.equal(sent.length, 1);
    assert.match(sent[0]['idempotency-key'], /^[A-Za-z0-9_-]{1,100}$/);
    assert.equal(sent[0]['content-type'], 'application/json');
    assert.ok(sent[0]['x-csrf-token']);
    assert.equal(sent[0]['accept-language'], 'fr');
    await assertAccessible(page, 'the recap');

    const detail = await page.request.get(`${BASE_URL}/api/dossiers/${number}`);
    assert.equal((await detail.json()).dossier.subject, subject);
    await page.reload();
    await waitForHeading(page, 'Dossier enregistré');
    assert.equal(await page.locator('.dossier-number-value').textContent(), number);
    assertNoPageErrors(page);
  });

  it('sends the same Idempotency-Key again when the customer retries after a network failure '
    + 'and a new one for another submission', async () => {
    const page = await newPage(browser);
    await signIn(page, 'acme.paul', '#/nouveau');
    const keys = [];
    let cutNext = true;
    await page.route('**/api/dossiers', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (cutNext) {
        cutNext = false;
        // The dossier is created, but its answer never reaches the browser.
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    const subject = uniqueSubject('Réponse perdue');
    await page.getByRole('radio', {name: 'Réseau et Internet'}).check();
    await page.getByRole('radio', {name: 'Faible'}).check();
    await page.locator('#subject').fill(subject);
    await page.locator('#description').fill('Une seule fois, même en cas de nouvel envoi.');

    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    const alert = page.locator('.dossier-form [role=alert]');
    await alert.getByText(/ne sera pas créé deux fois/).waitFor();
    assert.equal(await heading(page).textContent(), 'Nouveau dossier');

    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    await waitForHeading(page, 'Dossier enregistré');
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);

    const list = await page.request.get(`${BASE_URL}/api/dossiers?view=modification`);
    const mine = (await list.json()).items.filter((item) => item.subject === subject);
    assert.equal(mine.length, 1, 'the retry must not create a second dossier');

    await page.getByRole('link', {name: 'Ouvrir un autre dossier'}).click();
    await waitForHeading(page, 'Nouveau dossier');
    assert.equal(await page.locator('#subject').inputValue(), '');
    await page.getByRole('radio', {name: 'Logiciel'}).check();
    await page.getByRole('radio', {name: 'Faible'}).check();
    await page.locator('#subject').fill(uniqueSubject('Autre demande'));
    await page.locator('#description').fill('Une autre demande.');
    await page.getByRole('button', {name: 'Envoyer le dossier'}).click();
    await waitForHeading(page, 'Dossier enregistré');
    assert.equal(keys.length, 3);
    assert.notEqual(keys[2], keys[0]);
  });
});
