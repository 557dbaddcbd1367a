// The hub's public reader in Debian's Chromium on a phone-sized screen: a real hub
// (`peerguide hub serve`) with the demo content. A shared article link read with JavaScript
// off, its preview tags in Arabic (article, topic, service), the same link opening the app's
// article screen; installing it, reading, searching and finding services open now with the
// phone offline, and an article published meanwhile arriving when it is back online; no
// request leaving the hub's origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE, ROOT, checkAccessibility, demoArticles, launch, screenshot, tid } from './browser.mjs';

const HUB = process.env.PEERGUIDE_HUB_URL;
if (!HUB) throw new Error('set PEERGUIDE_HUB_URL (scripts/e2e.sh does)');
const SLUG = 'register-with-a-gp';
const ar = demoArticles().find((a) => a.slug === SLUG).langs.ar;
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/dist/reader-strings.json'), 'utf8'));
const SHELTER = 'clydeway-night-shelter';
const shelterAr = (() => {
  const toml = readFileSync(join(ROOT, `content/services/${SHELTER}.toml`), 'utf8');
  return {
    name: toml.match(/^name = "(.*)"$/m)[1],
    description: toml.split('[text.ar]')[1].match(/^description = "(.*)"$/m)[1],
  };
})();

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

test('shared topic and service links preview in Arabic and read with JavaScript off', async () => {
  const { context, foreign } = await phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  const meta = async (sel) => page.getAttribute(sel, 'content');

  const topic = await page.goto(`${HUB}/ar/topic/health`);
  assert.equal(topic.status(), 200);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.title(), STRINGS.ar['topic-health']);
  assert.equal(await meta('meta[property="og:title"]'), STRINGS.ar['topic-health']);
  assert.ok((await meta('meta[name="description"]')).includes(ar.title), 'the description names its articles');
  const link = page.locator(`article a[href="/ar/guide/${SLUG}"]`);
  assert.equal((await link.innerText()).trim(), ar.title);
  await link.click();
  assert.equal((await page.locator('article h1').innerText()).trim(), ar.title, 'the topic links to its article');

  const service = await page.goto(`${HUB}/ar/service/${SHELTER}`);
  assert.equal(service.status(), 200);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.title(), shelterAr.name);
  assert.equal(await meta('meta[property="og:title"]'), shelterAr.name);
  assert.equal(await meta('meta[name="description"]'), shelterAr.description);
  assert.equal(await meta('meta[property="og:description"]'), shelterAr.description);
  const text = await page.locator('article').innerText();
  assert.ok(text.includes(shelterAr.description));
  assert.ok(text.includes(STRINGS.ar['service-hours']), 'its hours, labelled in Arabic');
  assert.ok(text.includes(STRINGS.ar['weekday-mon']));
  assert.ok(text.includes('Quayside Lane'), 'its address');
  assert.equal(await page.locator('article a[href^="tel:"]').count(), 1, 'its phone number');
  await screenshot(page, 'reader-phone-ar-service-no-js');
  assert.deepEqual(foreign, [], 'nothing leaves the hub');
  await context.close();
});

/** Waits until the hub's reader answers `path` with 200 (a publish reaches it within seconds). */
async function untilServed(path) {
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${HUB}${path}`)).ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`${path} never served`);
}

test('installed after one visit, it reads, searches and finds services open now offline, and updates in the background', async () => {
  const { context, foreign } = await phone();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${HUB}/ar/guide/${SLUG}`);
  await page.locator(tid('article-title')).waitFor();

  // Install criteria: the manifest parsed, in Arabic and right to left, and a service worker
  // controlling the page.
  assert.equal(await page.getAttribute('link[rel="manifest"]', 'href'), '/manifest/ar.webmanifest');
  const cdp = await context.newCDPSession(page);
  const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, [], 'the manifest parses');
  const manifest = JSON.parse(data);
  assert.equal(manifest.name, STRINGS.ar['app-name']);
  assert.equal(manifest.dir, 'rtl');
  assert.deepEqual(manifest.icons.map((i) => i.sizes).slice(0, 2), ['192x192', '512x512']);
  for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, HUB))).headers.get('content-type'), 'image/png');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser's profile is a private one, which Chromium never offers to install from.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  // The bundle is kept: the reader is told so.
  await page.locator(tid('offline-status')).waitFor();
  const openNow = (await (await fetch(`${HUB}/api/services?lang=ar&open_now=true`)).json()).map((s) => s.slug).sort();

  await context.setOffline(true);
  await page.reload();
  await page.locator(tid('article-title')).waitFor();
  assert.equal((await page.locator(tid('article-title')).innerText()).trim(), ar.title, 'the article, offline');
  const three = demoArticles().filter((a) => a.langs.ar && a.slug !== SLUG).slice(0, 3);
  for (const a of three) {
    await page.evaluate((s) => (location.hash = `#/article/${s}`), a.slug);
    await page.locator(tid('article-title'), { hasText: a.langs.ar.title }).waitFor();
  }
  await checkAccessibility(page, 'reader article offline');
  await screenshot(page, 'reader-phone-ar-offline-article');

  // Search in Arabic, typed with the article the title's word does not have.
  await page.click(tid('nav-search'));
  await page.fill(tid('search-input'), 'الطبيب');
  await page.locator(tid(`article-link-${SLUG}`)).waitFor();
  await checkAccessibility(page, 'reader search offline');

  // Services open now, worked out on the phone as the hub's core works it out.
  await page.click(tid('nav-services'));
  await page.locator(tid('services-count')).waitFor();
  const all = await page.locator('li.card').count();
  assert.ok(all > 10, `every service offline (${all})`);
  await page.check('#services-open');
  await page.waitForFunction((n) => document.querySelectorAll('li.card').length === n, openNow.length, { timeout: 5000 }).catch(() => {});
  const shown = (await page.locator('li.card').evaluateAll((cards) => cards.map((c) => c.dataset.testid.slice('service-'.length)))).sort();
  assert.deepEqual(shown, openNow, 'the services open now, offline');
  await checkAccessibility(page, 'reader services offline');
  await screenshot(page, 'reader-phone-ar-offline-services');

  // Meanwhile the organisation publishes; back online, it arrives and the reader is told.
  await page.click(tid('nav-home'));
  await page.locator('main h1').waitFor();
  execFileSync(process.env.PEERGUIDE_BIN, ['publish', '--hub', HUB, '--token', process.env.PEERGUIDE_HUB_TOKEN, join(ROOT, 'ui/e2e/fixtures/reader-news')]);
  await untilServed('/api/article?lang=ar&slug=library-wifi');
  assert.equal(await page.locator(tid('article-link-library-wifi')).count(), 0);
  await context.setOffline(false);
  // The reader goes on reading: the hub answers again, and the new content is fetched.
  await page.click(tid('nav-search'));
  await page.click(tid('nav-home'));
  await page.locator(`${tid('offline-status')}[data-updated="yes"]`).waitFor({ timeout: 15_000 });
  await page.locator(tid('article-link-library-wifi')).waitFor();
  await checkAccessibility(page, 'reader home updated');
  await screenshot(page, 'reader-phone-ar-updated');
  assert.deepEqual(foreign, [], 'nothing leaves the hub');
  assert.deepEqual(errors, [], 'no script errors');
  await context.close();
});
