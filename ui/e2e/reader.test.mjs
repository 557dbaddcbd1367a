// The hub's public reader in Debian's Chromium on a phone-sized screen: a real hub
// (`peerguide hub serve`) with the demo content. A shared article link read with JavaScript
// off, its preview tags in Arabic, the same link opening the app's article screen, and no
// request leaving the hub's origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, checkAccessibility, demoArticles, launch, screenshot, tid } from './browser.mjs';

const HUB = process.env.PEERGUIDE_HUB_URL;
if (!HUB) throw new Error('set PEERGUIDE_HUB_URL (scripts/e2e.sh does)');
const SLUG = 'register-with-a-gp';
const ar = demoArticles().find((a) => a.slug === SLUG).langs.ar;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A phone-sized context that refuses, and records, any request leaving the hub. */
async function phone(options = {}) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, locale: 'en-GB', ...options });
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(HUB) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { context, foreign };
}

test('a shared Arabic article link reads with JavaScript off, with Arabic preview tags', async () => {
  const { context, foreign } = await phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${HUB}/ar/guide/${SLUG}`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['set-cookie'], undefined, 'no cookie');
  assert.match(response.headers()['content-security-policy'], /^default-src 'self'/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.title(), ar.title);
  const meta = async (sel) => page.getAttribute(sel, 'content');
  assert.equal(await meta('meta[name="description"]'), ar.summary);
  assert.equal(await meta('meta[property="og:title"]'), ar.title);
  assert.equal(await meta('meta[property="og:description"]'), ar.summary);
  assert.equal(await meta('meta[property="og:locale"]'), 'ar');
  // The article itself is in the page, not only its title.
  assert.equal((await page.locator('article h1').innerText()).trim(), ar.title);
  const text = await page.locator('article').innerText();
  assert.ok(text.length > 400, `the article's text is in the page (${text.length} characters)`);
  for (const a of await page.locator('article a[href]').all()) {
    assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
  }
  assert.equal(await page.locator('article img, article script, article iframe').count(), 0);
  await screenshot(page, 'reader-phone-ar-no-js');
  assert.deepEqual(foreign, [], 'nothing leaves the hub');
  await context.close();
});

test('the same link opens the app on that article in Arabic, and nothing leaves the hub', async () => {
  const { context, foreign } = await phone();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${HUB}/ar/guide/${SLUG}`);
  await page.locator(tid('article-title')).waitFor();
  assert.equal((await page.locator(tid('article-title')).innerText()).trim(), ar.title);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(new URL(page.url()).hash, `#/article/${SLUG}`);
  assert.equal(await page.locator('.server-page').count(), 0, 'the server rendering gave way');
  await checkAccessibility(page, 'reader article in Arabic');
  await screenshot(page, 'reader-phone-ar-app');

  // The home screen reads from the hub's replica too.
  await page.goto(`${HUB}/`);
  await page.locator('main h1').waitFor();
  await checkAccessibility(page, 'reader home');
  // Settings: no sync or volunteering on a website, said in words instead of an error.
  await page.click(tid('nav-settings'));
  await page.locator(tid('reader-note')).waitFor();
  assert.equal(await page.locator(tid('sync')).count(), 0);
  assert.equal(await page.locator('.notice-error, [role="alert"]').count(), 0, 'no error shown');
  await checkAccessibility(page, 'reader settings');
  await screenshot(page, 'reader-phone-ar-settings');
  assert.deepEqual(foreign, [], 'nothing leaves the hub');
  assert.deepEqual(errors, [], 'no script errors');
  await context.close();
});
