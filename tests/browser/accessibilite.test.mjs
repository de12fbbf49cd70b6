// Accessibility beyond the axe scans of each page's own tests: keyboard-only use, visible
// focus, focus on the heading after a page change, and the phone layout.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  assertAccessible, callApi, heading, launch, newPage, open, signIn, uniqueSubject,
  waitForHeading,
} from './support.mjs';

describe('Accessibility', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  async function tabTo(page, matches, most = 30) {
    for (let presses = 0; presses < most; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(matches)) {
        return;
      }
    }
    assert.fail(`not reached with Tab: ${matches}`);
  }

  function focused(page) {
    return page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      return {tag: element.tagName, id: element.id, text: element.textContent.trim(),
        name: element.name, outline: `${style.outlineStyle} ${style.outlineWidth}`};
    });
  }

  it('can be used with the keyboard only, with a visible focus, from sign-in to a new dossier',
    async () => {
      const page = await newPage(browser);
      await open(page, '#/connexion');

      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(page).then(({text, outline}) => ({text, outline})),
        {text: 'Aller au contenu', outline: 'solid 3px'});
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).tag, 'H1');

      await tabTo(page, () => document.activeElement.id === 'signin-code');
      await page.keyboard.type('acme.marie');
      await page.keyboard.press('Tab');
      await page.keyboard.type('demo1234');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Menu principal');
      assert.equal((await focused(page)).tag, 'H1', 'focus moves to the new page heading');

      await tabTo(page, () => document.activeElement.textContent === 'Nouveau');
      assert.equal((await focused(page)).outline, 'solid 3px');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Nouveau dossier');
      assert.equal((await focused(page)).text, 'Nouveau dossier');

      await tabTo(page, () => document.activeElement.name === 'department');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).name, 'urgency');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'subject');
      await page.keyboard.type(uniqueSubject('Clavier seul'));
      await page.keyboard.press('Tab');
      await page.keyboard.type('Saisi sans souris.');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, 'Envoyer le dossier');
      assert.equal((await focused(page)).outline, 'solid 3px');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Dossier enregistré');
      assert.match(await page.locator('.recap .facts').textContent(), /Logiciel/);
    });

  for (const [label, hash] of [['menu', '#/'], ['Nouveau', '#/nouveau'],
    ['En cours list', '#/liste/en-cours?scope=company']]) {
    it(`has no axe violation on a phone: ${label}`, async () => {
      const page = await newPage(browser, {width: 375, height: 740});
      await signIn(page, 'acme.marie', hash);
      await assertAccessible(page, `${label} on a phone`);
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth > document.documentElement.clientWidth);
      assert.equal(overflow, false, 'no horizontal scrolling');
    });
  }

  it('has no axe violation on a phone: a dossier', async () => {
    const page = await newPage(browser, {width: 375, height: 740});
    await signIn(page, 'acme.marie');
    const list = await callApi(page, 'GET', '/dossiers?view=modification&scope=company');
    await open(page, `#/dossiers/${list.items.at(-1).number}`);
    assert.match(await heading(page).textContent(), /Dossier/);
    await assertAccessible(page, 'a dossier on a phone');
  });
});
