// The service desk's day on the staff page: a customer's new dossier worked through every
// state, a reply and an internal note, a concurrent change, the search and the CSV export.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {after, before, describe, it} from 'node:test';
import {
  assertNoPageErrors, callApi, changeStateInPage, createDossier, inFrench, launch, newPage,
  newRender, openStaff, sessionOf, shownState, staffPage, uniqueSubject, waitForHeading,
} from './staff-support.mjs';

describe('Staff desk', () => {
  let browser;
  let customer;
  before(async () => {
    browser = await launch();
    customer = await sessionOf(browser, 'acme.marie');
  });
  after(async () => {
    await browser?.close();
  });

  it('works a new dossier from E to C, with the customer answering in between', async () => {
    const subject = uniqueSubject('Poste bloqué au démarrage');
    const {number} = await createDossier(customer, subject);
    const page = await newPage(browser);
    await inFrench(page);

    // GIVEN the mailed link of the dossier, opened while signed out
    await openStaff(page, `#/dossiers/${number}`);
    await waitForHeading(page, 'Connexion du service clients');
    await page.getByLabel('Code', {exact: true}).fill('staff.sophie');
    await page.getByLabel('Mot de passe').fill('demo1234');
    await page.getByRole('button', {name: 'Se connecter'}).click();

    // THEN sign-in leads to that dossier
    await waitForHeading(page, `Dossier ${number}`);
    assert.match(await page.locator('h1').textContent(), new RegExp(subject));
    assert.equal(await shownState(page), 'E — ÉMIS');
    assert.equal(await page.locator('form.state-form input[name=state-target]').count(), 4);

    await changeStateInPage(page, 'L — EN COURS');
    assert.equal(await shownState(page), 'L — EN COURS');
    assert.equal(await page.locator('form.state-form')
      .getByLabel('L — EN COURS', {exact: true}).count(), 0, 'no move to the same state');

    await changeStateInPage(page, 'ATC — ATTENTE CONFIRMATION CLIENT',
      {comment: 'Pouvez-vous débrancher le dock ?', visibility: 'Public : le client le voit'});
    assert.equal(await shownState(page), 'ATC — ATTENTE CONFIRMATION CLIENT');

    // WHEN the customer answers
    const seen = await callApi(customer, 'GET', `/dossiers/${number}`);
    assert.ok(seen.history.some((line) => line.comment === 'Pouvez-vous débrancher le dock ?'));
    await callApi(customer, 'POST', `/dossiers/${number}/complements`,
      {text: 'Dock débranché : le poste démarre.'}, 201);

    // THEN the desk sees the dossier back in progress, with the answer
    await page.reload();
    await waitForHeading(page, `Dossier ${number}`);
    assert.equal(await shownState(page), 'L — EN COURS');
    assert.match(await page.locator('ol.complements').textContent(), /Dock débranché/);

    await changeStateInPage(page, 'APL — À PLANIFIER');
    assert.equal(await shownState(page), 'APL — À PLANIFIER');
    await changeStateInPage(page, 'C — CLÔTURÉ',
      {comment: 'Réglé par téléphone.', visibility: 'Interne : jamais montré au client'});
    assert.equal(await shownState(page), 'C — CLÔTURÉ');
    assert.deepEqual(await page.locator('form.state-form input[name=state-target]')
      .evaluateAll((inputs) => inputs.map((input) => input.value)), ['L'], 'only reopening');
    const closedLine = await callApi(customer, 'GET', `/dossiers/${number}`);
    assert.equal(closedLine.dossier.state, 'C');
    assert.equal(closedLine.history.at(-1).comment, undefined, 'internal comment hidden');

    // AND the closed queue lists it and exports it
    await page.getByRole('link', {name: /Retour à la file C/}).click();
    await waitForHeading(page, 'File C — CLÔTURÉ');
    await page.getByLabel('Tri').selectOption('newest');
    await newRender(page, () => page.getByRole('button', {name: 'Appliquer'}).click());
    assert.match(page.url(), /#\/files\/C\?sort=newest$/);
    await page.getByRole('link', {name: number, exact: true}).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Exporter en CSV'}).click(),
    ]);
    assert.match(download.suggestedFilename(), /^sav-C-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 byte-order mark');
    assert.ok(csv.includes(`"${number}";`), 'French CSV is ;-separated');
    assert.ok(csv.includes(subject));
    assertNoPageErrors(page);
  });

  it('tells a public reply from an internal note, which the customer never sees', async () => {
    const {number} = await createDossier(customer, uniqueSubject('Note interne'));
    const page = await staffPage(browser, 'staff.sophie', `#/dossiers/${number}`);

    const form = page.locator('form.write-form');
    await form.getByLabel('Note interne : jamais montrée').check();
    await form.getByLabel('Texte').fill('Client connu pour ce souci.');
    await form.getByRole('button', {name: 'Ajouter la note interne'}).click();
    await page.locator('.outcome .message.success').waitFor();
    await form.getByLabel('Réponse au client').check();
    await form.getByLabel('Texte').fill('Nous regardons votre poste cet après-midi.');
    await form.getByRole('button', {name: 'Envoyer la réponse au client'}).click();
    await page.locator('.outcome', {hasText: 'réponse a été ajoutée'}).waitFor();

    const items = page.locator('ol.complements > li');
    assert.match(await items.nth(0).textContent(), /^Note interne.*Client connu/s);
    assert.match(await items.nth(1).textContent(), /^Public.*cet après-midi/s);
    const seen = await callApi(customer, 'GET', `/dossiers/${number}`);
    assert.deepEqual(seen.complements.map((item) => item.text),
      ['Nous regardons votre poste cet après-midi.']);
    assertNoPageErrors(page);
  });

  it('asks to reload when someone else changed the dossier meanwhile', async () => {
    const {number} = await createDossier(customer, uniqueSubject('Changement concurrent'));
    const page = await staffPage(browser, 'staff.sophie', `#/dossiers/${number}`);

    await callApi(customer, 'POST', `/dossiers/${number}/state`, {state: 'R'});
    const form = page.locator('form.state-form');
    await form.getByLabel('L — EN COURS').check();
    await form.getByRole('button', {name: 'Changer l’état'}).click();
    await form.locator('.message.warning', {hasText: 'modifié par quelqu’un d’autre'})
      .waitFor();
    await form.getByRole('button', {name: 'Recharger le dossier'}).click();
    await page.locator('.dossier-state .state', {hasText: 'R — RELANCE'}).waitFor();
  });

  it('opens a dossier on behalf of a customer user', async () => {
    const subject = uniqueSubject('Ouvert par téléphone');
    const page = await staffPage(browser, 'staff.sophie', '#/nouveau');
    await page.getByRole('button', {name: 'Ouvrir le dossier'}).click();
    await page.locator('.form-problem', {hasText: 'Remplissez tous les champs'}).waitFor();

    await page.getByLabel('Société').selectOption({label: 'ACME Logistique'});
    await page.getByLabel('Utilisateur').selectOption('acme.paul');
    await page.getByLabel('Problème').selectOption('materiel');
    await page.getByLabel('Urgence').selectOption('urgent');
    await page.getByLabel('Sujet').fill(subject);
    await page.getByLabel('Description').fill('Appel de Paul : imprimante hors ligne.');
    await page.getByRole('button', {name: 'Ouvrir le dossier'}).click();

    await waitForHeading(page, subject);
    assert.equal(await shownState(page), 'E — ÉMIS');
    const facts = await page.locator('.facts').textContent();
    assert.match(facts, /Paul Martin \(acme\.paul\)/);
    assert.match(facts, /Ouvert par.*Sophie Leroy/);
    const paul = await sessionOf(browser, 'acme.paul');
    const mine = await callApi(paul, 'GET', '/dossiers?view=modification');
    assert.ok(mine.items.some((item) => item.subject === subject));
    assertNoPageErrors(page);
  });

  it('finds a dossier by number, by subject words and by company', async () => {
    const subject = uniqueSubject('Scanner introuvable');
    const {number} = await createDossier(customer, subject);
    const page = await staffPage(browser, 'staff.sophie', '#/recherche');

    await page.getByLabel('Numéro de dossier ou mots du sujet').fill(number);
    await newRender(page, () => page.getByRole('button', {name: 'Chercher'}).click());
    await page.locator('.results').getByRole('link', {name: number, exact: true}).waitFor();

    const word = subject.split(' ').pop();
    await page.getByLabel('Numéro de dossier ou mots du sujet').fill(word);
    await newRender(page, () => page.getByRole('button', {name: 'Chercher'}).click());
    assert.equal(await page.locator('.results h2').textContent(), '1 dossier trouvé.');
    assert.ok(page.url().endsWith(`q=${word}`), page.url());

    await page.getByLabel('Société', {exact: true}).selectOption({label: 'ACME Logistique'});
    await page.getByLabel('Liste').selectOption('modification');
    await newRender(page, () => page.getByRole('button', {name: 'Afficher'}).click());
    assert.match(page.url(), /company=acme&view=modification$/);
    await page.locator('.results').getByRole('link', {name: number, exact: true}).waitFor();
    assertNoPageErrors(page);
  });
});
