// What a reader is told about where guidance comes from, in English and Arabic: "Checked on"
// under the title, the sources at the end, the notice on a computer's translation (linking to
// volunteers who speak the language), the stronger notice when an article is past its
// check-again day, and "Share" carrying the date and the link. The browser's clock is fixed
// on 29 November 2026, so "8 months ago" stays true.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PHONE, assertNoHorizontalScroll, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

// The demo's deliberately overdue article: checked on 12 March 2026, first steps are checked
// every six months, so it fell due on 12 September 2026.
const OVERDUE = 'first-week-checklist';
// A first-steps article checked recently.
const CURRENT = 'move-on-period';

const READERS = {
  en: { checked: /^Checked on 12 March 2026$/, overdue: /last checked 8 months ago: rules may have changed/, machine: null },
  ar: { checked: /^رُوجع في /, overdue: /ربما تغيّرت القواعد/, machine: /ترجمه حاسوب/ },
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const plain = (s) => s.replace(/[\u2068\u2069]/g, '').trim();

for (const [lang, reader] of Object.entries(READERS)) {
  test(`${lang} reader: checked-on date, sources, machine translation and overdue notices`, async () => {
    const app = await openApp(browser, PHONE, { lang });
    const { page } = app;
    await page.clock.setFixedTime(new Date('2026-11-29T12:00:00Z'));

    await page.goto(`${BASE}#/article/${OVERDUE}`);
    await page.locator(tid('article-title')).waitFor();
    assert.match(plain(await page.locator(tid('checked-on')).innerText()), reader.checked);
    const overdue = page.locator(tid('overdue-notice'));
    assert.match(plain(await overdue.innerText()), reader.overdue);
    assert.ok((await overdue.getAttribute('class')).includes('notice-warn'), 'the overdue notice is a warning');

    const machine = page.locator(tid('machine-notice'));
    if (reader.machine) {
      assert.match(plain(await machine.innerText()), reader.machine);
      assert.equal(await page.locator(tid('machine-notice-volunteers')).getAttribute('href'), `#/volunteers/${lang}`);
    } else {
      assert.equal(await machine.count(), 0, 'English is the source: no translation notice');
    }

    const sources = page.locator(`${tid('sources')} a`);
    assert.ok((await sources.count()) > 0, 'the sources are listed');
    for (const href of await sources.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.match(href, /^https:\/\//);
    }
    await checkAccessibility(page, `${lang} overdue article`);
    await assertNoHorizontalScroll(page, `${lang} overdue article`);
    await screenshot(page, `provenance-${lang}-1-notices`);
    await page.locator(tid('sources')).scrollIntoViewIfNeeded();
    await screenshot(page, `provenance-${lang}-2-sources`);

    // Share: the checked-on date and the app's link for the article travel with the text.
    await page.click(tid('share'));
    await page.locator('.article .status').filter({ hasText: /./ }).waitFor();
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(shared.includes(plain(await page.locator(tid('checked-on')).innerText())), 'the date is shared');
    assert.ok(shared.trimEnd().endsWith(`#/article/${OVERDUE}`), `the link ends the shared text: ${shared.slice(-80)}`);

    // The machine-translation notice leads to volunteers who speak the language.
    if (reader.machine) {
      await page.click(tid('machine-notice-volunteers'));
      await page.locator('#volunteers-speaks').waitFor();
      // The filter shows the language once the list of languages has arrived.
      await page.waitForFunction((l) => document.querySelector('#volunteers-speaks')?.value === l, lang, { timeout: 10000 });
      assert.equal(await page.locator('#volunteers-speaks').inputValue(), lang);
      await checkAccessibility(page, `${lang} volunteers from the notice`);
      await screenshot(page, `provenance-${lang}-3-volunteers`);
    }

    // A recently checked article: a date, and no overdue notice.
    await page.goto(`${BASE}#/article/${CURRENT}`);
    await page.locator(tid('article-title')).waitFor();
    await page.locator(tid('checked-on')).waitFor();
    // The hash changed on the same page: wait for the overdue article's notice to go, which
    // times out (and fails) if this article is said to be overdue too.
    await page.locator(tid('overdue-notice')).waitFor({ state: 'detached' });
    await app.close();
  });
}
