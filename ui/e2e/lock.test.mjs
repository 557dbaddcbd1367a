// The app lock in Debian's Chromium against its own `peerguide serve`: a reader sets a PIN in
// Settings; locked (by hand, and by the app leaving the screen) nothing but the lock screen
// shows; a wrong PIN says how many tries are left; the right one opens the app again. In
// English and in Arabic (right to left), each screen checked with axe-core.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

const BASE = process.env.PEERGUIDE_LOCK_URL;
if (!BASE) throw new Error('set PEERGUIDE_LOCK_URL (scripts/e2e.sh does)');
const PIN = '271828';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function lockScreenOnly(page, where) {
  await page.locator(tid('lock-screen')).waitFor();
  assert.equal(await page.locator('.app-nav').count(), 0, `${where}: no navigation behind the lock`);
  assert.equal(await page.locator(tid('nav-home')).count(), 0);
  await checkAccessibility(page, where);
}

async function unlockWith(page, pin) {
  await page.fill(tid('lock-pin'), pin);
  await page.click(tid('lock-submit'));
}

test('a reader locks the app with a PIN and unlocks it (English)', async () => {
  const app = await openApp(browser, PHONE, { lang: 'en', base: BASE });
  const { page } = app;
  await page.click(tid('nav-settings'));
  await page.locator(tid('lock-set')).waitFor();
  await page.fill(tid('lock-set-pin'), PIN);
  await page.fill(tid('lock-set-confirm'), '271829');
  assert.ok(await page.locator(tid('lock-set-mismatch')).isVisible());
  assert.ok(await page.locator(tid('lock-set-submit')).isDisabled());
  await page.fill(tid('lock-set-confirm'), PIN);
  await page.click(tid('lock-set-submit'));
  await page.locator(tid('lock-on')).waitFor();
  assert.equal(await page.locator(tid('lock-idle')).inputValue(), '5', 'five minutes by default');
  // Web mode has no system keystore: the PIN alone protects the data, and Settings says so.
  assert.match(await page.locator(tid('lock-keystore')).innerText(), /the PIN alone/);
  await checkAccessibility(page, 'settings with the app lock on (en)');

  await page.click(tid('lock-now'));
  await lockScreenOnly(page, 'lock screen (en)');
  assert.match(await page.locator('h1').innerText(), /Peer Guide is locked/);
  await screenshot(page, 'lock-phone-en-1-locked');
  // The API behind the screen refuses too.
  const home = await page.evaluate(async () => (await fetch('/api/home?lang=en')).status);
  assert.equal(home, 423);

  await unlockWith(page, '000000');
  // A regular expression: Playwright's text filter ignores case, and "wrong PINs" is there from the start.
  await page.locator(tid('lock-attempts')).filter({ hasText: /Wrong PIN\./ }).waitFor();
  // Fluent isolates the number (U+2068 … U+2069) so it reads right in any direction.
  assert.match(await page.locator(tid('lock-attempts')).innerText(), /After \u2068?9\u2069? wrong PINs/);
  await checkAccessibility(page, 'lock screen after a wrong PIN (en)');
  await screenshot(page, 'lock-phone-en-2-wrong');
  await unlockWith(page, PIN);
  await page.locator(tid('nav-home')).waitFor();

  // Leaving the screen (another app in front) locks at once.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await lockScreenOnly(page, 'lock screen after going to the background (en)');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await unlockWith(page, PIN);
  await page.locator(tid('nav-home')).waitFor();
  await app.close();
});

test('the lock screen in Arabic reads right to left; the reader turns the lock off', async () => {
  const app = await openApp(browser, PHONE, { lang: 'ar', base: BASE });
  const { page } = app;
  await page.click(tid('nav-settings'));
  await page.click(tid('lock-now'));
  await lockScreenOnly(page, 'lock screen (ar)');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await page.locator('h1').innerText(), 'دليل الأقران مقفل');
  assert.equal(await page.locator(tid('lock-pin')).getAttribute('dir'), 'ltr', 'digits typed left to right');
  await unlockWith(page, '999999');
  await page.locator(tid('lock-attempts')).filter({ hasText: /رقم سري خاطئ\./ }).waitFor();
  await checkAccessibility(page, 'lock screen after a wrong PIN (ar)');
  await screenshot(page, 'lock-phone-ar-1-wrong');
  await unlockWith(page, PIN);
  await page.locator(tid('nav-home')).waitFor();

  await page.click(tid('nav-settings'));
  await page.fill(tid('lock-off-pin'), PIN);
  await page.click(tid('lock-remove-submit'));
  await page.locator(tid('lock-set')).waitFor();
  await checkAccessibility(page, 'settings with the app lock off (ar)');
  await app.close();
});
