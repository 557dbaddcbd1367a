// A device linked to its organisation's hub from the settings screen, in Debian's Chromium:
// a real hub (`peerguide hub serve`) holding the demo content and one new article, and a
// second `peerguide serve` device that starts with only the content the app ships with.
// Runs in order: link and sync (English), sync in a new language (Arabic), hub unreachable.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

const HUB = process.env.PEERGUIDE_HUB_URL;
const DEVICE = process.env.PEERGUIDE_DEVICE_URL;
if (!HUB || !DEVICE) throw new Error('set PEERGUIDE_HUB_URL and PEERGUIDE_DEVICE_URL (scripts/e2e.sh does)');
const NEWS = 'warm-home-discount';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openSettings(lang) {
  const app = await openApp(browser, PHONE, { lang, base: DEVICE });
  await app.page.click(tid('nav-settings'));
  await app.page.locator(tid('sync')).waitFor();
  return app;
}

test('an English reader links the device to the hub and sees what changed', async () => {
  const app = await openSettings('en');
  const { page } = app;
  await page.locator(tid('hub-address')).waitFor();
  assert.equal(await page.locator(tid('sync-hub')).count(), 0, 'not linked yet');
  await screenshot(page, 'sync-phone-en-1-not-linked');

  // An address a network could read and alter: refused, in words, naming what to use.
  await page.fill(tid('hub-address'), 'http://hub.example.org');
  await page.click(tid('hub-connect'));
  const refusal = await page.locator(tid('hub-error')).innerText();
  assert.match(refusal, /https:\/\//);
  assert.equal(await page.getAttribute(tid('hub-address'), 'aria-invalid'), 'true');

  await page.fill(tid('hub-address'), HUB);
  await page.click(tid('hub-connect'));
  await page.locator(tid('sync-hub')).waitFor();
  assert.match(await page.locator(tid('sync-hub')).innerText(), new RegExp(HUB.replace(/[.:/]/g, '\\$&')));
  // Linking syncs at once; the news arrives and is named among the changes.
  const news = page.locator(tid(`changed-${NEWS}`));
  await news.waitFor({ timeout: 20_000 });
  assert.equal((await news.innerText()).trim(), 'Help with heating costs this winter');
  assert.match(await page.locator(tid('sync-last')).innerText(), /^Last synced /);
  assert.match(await page.locator(tid('sync-changes')).innerText(), /guides? (is|are) new or updated/);
  // The organisation's contact came too, as the hub published it (a pack-level setting).
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('(from the hub)'), tid('organisation'), { timeout: 20_000 });
  assert.equal(await page.locator(`${tid('organisation')} a[href^="tel:"]`).getAttribute('href'), 'tel:+441414960199');
  await checkAccessibility(page, 'settings, synced');
  await assertNoHorizontalScroll(page, 'settings, synced');
  await screenshot(page, 'sync-phone-en-2-synced');

  await news.click();
  await page.locator(tid('article-title')).waitFor();
  assert.equal((await page.locator(tid('article-title')).innerText()).trim(), 'Help with heating costs this winter');
  await app.close();
});

test('an Arabic reader on the same device gets the news in Arabic', async () => {
  const app = await openSettings('ar');
  const { page } = app;
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Already linked; the sync at start now also asks for Arabic texts.
  const news = page.locator(tid(`changed-${NEWS}`));
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.textContent?.includes('التدفئة'),
    tid(`changed-${NEWS}`),
    { timeout: 20_000 },
  );
  assert.equal(await news.getAttribute('lang'), 'ar');
  // The address stays left-to-right inside the right-to-left page.
  assert.equal(await page.locator(`${tid('sync-hub')} bdi`).getAttribute('dir'), 'ltr');
  await checkAccessibility(page, 'settings in Arabic, synced');
  await assertNoHorizontalScroll(page, 'settings in Arabic');
  await screenshot(page, 'sync-phone-ar-synced');
  await news.click();
  await page.locator(tid('article-title')).waitFor();
  assert.equal((await page.locator(tid('article-title')).innerText()).trim(), 'مساعدة في تكاليف التدفئة هذا الشتاء');
  await app.close();
});

test('when the hub cannot be reached, the reader is told and the guide works on', async () => {
  const app = await openSettings('en');
  const { page } = app;
  await page.locator(tid('sync-hub')).waitFor();
  await page.click(tid('sync-change'));
  // Nothing listens on the discard port.
  await page.fill(tid('hub-address'), 'http://127.0.0.1:9');
  await page.click(tid('hub-connect'));
  const error = page.locator(tid('sync-error'));
  await error.waitFor({ timeout: 20_000 });
  assert.match(await error.innerText(), /Could not reach the hub/);
  assert.match(await page.locator(tid('sync-last')).innerText(), /^Last synced /, 'the last good sync is still shown');
  await screenshot(page, 'sync-phone-en-3-unreachable');

  await page.click(tid('nav-home'));
  await page.locator(tid('topic-housing')).waitFor();
  await page.click(tid('topic-housing'));
  await page.locator(tid(`article-link-${NEWS}`)).waitFor();

  // Back to the real hub: the next sync works again and the error goes.
  await page.click(tid('nav-settings'));
  await page.click(tid('sync-change'));
  await page.fill(tid('hub-address'), HUB);
  await page.click(tid('hub-connect'));
  await page.click(tid('sync-now'));
  await error.waitFor({ state: 'detached', timeout: 20_000 });
  await app.close();
});
