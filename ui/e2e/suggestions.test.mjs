// Suggestions from the app, over a real hub and two real devices (each a `peerguide serve`):
// a volunteer writes a translation while the hub cannot be reached, it is kept and sent at the
// next sync, reaches the desk's queue, is accepted and published, and a newcomer's device
// receives it at its next sync (English); a volunteer's correction declined on the desk shows
// its reason in the app, and a newcomer's "wrong or unclear" from the app reaches the queue
// (Arabic), as does one from the hub's public reader. axe-core on every new screen at phone
// width.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, LAPTOP, launch, openApp, PHONE, screenshot, tid } from './browser.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name} (scripts/e2e.sh does)`);
  return value;
};
const HUB = env('PEERGUIDE_HUB_URL');
const TOKEN = env('PEERGUIDE_HUB_TOKEN');
const VOLUNTEER = env('PEERGUIDE_SUGGESTER_URL');
const NEWCOMER = env('PEERGUIDE_FLAGGER_URL');
const PROTOCOL = { 'peerguide-protocol': '2' };

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const PIN = '271828';

/** The volunteer's device locks when its page goes to the background (a closed tab): the
 * volunteer unlocks it as they would, with the PIN. */
async function unlocked(request, base) {
  const status = await (await request.get(`${base}/api/lock_status`)).json();
  if (!status.locked) return;
  const r = await request.post(`${base}/api/unlock`, { data: { pin: PIN } });
  assert.ok(r.ok(), await r.text());
}

/** Unlocks the volunteer's app with the PIN when it shows the lock screen. */
async function openIfLocked(page) {
  await page.locator(`${tid('lock-screen')}, ${tid('nav-home')}`).first().waitFor();
  if (await page.locator(tid('lock-screen')).count()) {
    await page.fill(tid('lock-pin'), PIN);
    await page.click(tid('lock-submit'));
    await page.locator(tid('nav-home')).waitFor();
  }
}

/** Opens `hash` afresh without reloading the page (a reload hides the page, which locks a
 * volunteer's device, as it should). */
async function openScreen(page, hash) {
  await openIfLocked(page);
  await page.evaluate(() => (location.hash = '#/search'));
  await page.locator(tid('search-status')).waitFor({ state: 'attached' });
  await page.evaluate((h) => (location.hash = h), hash);
  await openIfLocked(page);
}

/** Asks a device (web mode) to sync now; fails the test if it cannot. */
async function sync(request, base, lang) {
  await unlocked(request, base);
  const r = await request.post(`${base}/api/sync_now`, { data: { lang } });
  assert.ok(r.ok(), await r.text());
}

/** The volunteer's device joins the hub once, with an invite a coordinator made. */
let joined = false;
async function joinVolunteer(request) {
  if (joined) return;
  const invite = await (await request.post(`${HUB}/v1/invites`, { headers: { ...PROTOCOL, authorization: `Bearer ${TOKEN}` }, data: { role: 'volunteer' } })).json();
  const r = await request.post(`${VOLUNTEER}/api/join`, { data: { address: HUB, code: invite.code, pin: PIN } });
  assert.ok(r.ok(), await r.text());
  await sync(request, VOLUNTEER, 'en');
  joined = true;
}

/** The desk in a browser of its own, signed in with the coordinator's token. */
async function openDesk(lang) {
  const context = await browser.newContext({ viewport: LAPTOP, locale: 'en-GB' });
  const page = await context.newPage();
  await page.addInitScript((l) => localStorage.setItem('peerguide.desk.lang', l), lang);
  await page.goto(`${HUB}/desk`);
  await page.locator(tid('desk-with-token')).check();
  await page.locator(tid('desk-secret')).fill(TOKEN);
  await page.locator(tid('desk-name')).fill('Amina');
  await page.locator(tid('desk-sign-in-button')).click();
  await page.locator(tid('desk-signed-in-as')).waitFor();
  return { page, context };
}

/** The queue's open items of `kind` about `slug`, in a freshly loaded queue. */
async function queueItems(page, kind, slug) {
  await page.goto(`${HUB}/desk#/queue`);
  await page.reload();
  await page.locator('h1').waitFor();
  await page.waitForLoadState('networkidle');
  return page.locator(`[data-kind="${kind}"]`, { has: page.locator('a', { hasText: slug }) });
}

test('a volunteer’s translation written offline reaches the queue, is published and arrives on a newcomer’s device (English)', async () => {
  const SLUG = 'bank-account';
  const TITLE = 'Банківський рахунок: переклад волонтерки';
  const app = await openApp(browser, PHONE, { lang: 'en', base: VOLUNTEER });
  const { page, context } = app;
  await joinVolunteer(page.request);
  // No connection to the hub: every sync the app tries fails as the device would report it.
  await context.route('**/api/sync_now', (route) =>
    route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ code: 'hub-unreachable', message: 'offline' }) }),
  );

  await page.goto(`${VOLUNTEER}/#/article/${SLUG}`);
  await page.locator(tid('suggest-correction')).waitFor();
  await checkAccessibility(page, 'article with suggestions en 360');
  await page.locator(tid('suggest-target')).selectOption('uk');
  await page.locator(tid('suggest-translate')).click();
  await page.locator(tid('suggest-form')).waitFor();
  await page.locator(tid('suggest-title')).fill(TITLE);
  await page.locator(tid('suggest-body')).fill('## Документи\n\nПотрібен **паспорт** або BRP.');
  await page.locator(`${tid('suggest-preview')} strong`).waitFor();
  assert.equal(await page.locator(`${tid('suggest-preview')} strong`).innerText(), 'паспорт');
  assert.equal(await page.locator(tid('suggest-title')).getAttribute('lang'), 'uk');
  await checkAccessibility(page, 'suggest form en 360');
  await screenshot(page, 'suggest-form-en-360');
  await page.locator(tid('suggest-save')).click();
  await page.locator(tid('suggest-status')).filter({ hasText: /./ }).waitFor();
  await page.locator(tid('suggest-send')).click();
  const mine = page.locator('[data-testid^="suggestion-"][data-state]');
  await mine.first().waitFor();
  assert.equal(await mine.first().getAttribute('data-state'), 'sent');
  assert.match(await mine.first().locator(tid('suggestion-state')).innerText(), /next sync/);
  await checkAccessibility(page, 'my suggestions en 360');

  const desk = await openDesk('en');
  assert.equal(await (await queueItems(desk.page, 'suggestion', SLUG)).count(), 0, 'nothing reached the hub while offline');

  // Back online: the next sync sends it.
  await context.unroute('**/api/sync_now');
  await sync(page.request, VOLUNTEER, 'en');
  await openScreen(page, '#/suggestions');
  await mine.first().waitFor();
  assert.match(await mine.first().locator(tid('suggestion-state')).innerText(), /coordinator/);

  const items = await queueItems(desk.page, 'suggestion', SLUG);
  await items.first().waitFor();
  assert.equal(await items.count(), 1);
  await items.first().locator('button.desk-primary').click();
  await items.first().waitFor({ state: 'detached' });
  await desk.page.goto(`${HUB}/desk#/article/${SLUG}`);
  await desk.page.locator(tid('desk-publish')).waitFor();
  await desk.page.locator(tid('desk-publish')).click();
  await desk.page.locator(tid('desk-status')).filter({ hasText: /\d/ }).waitFor();
  await desk.context.close();

  // A newcomer's device gets it at its next sync.
  const r = await page.request.post(`${NEWCOMER}/api/set_hub`, { data: { address: HUB } });
  assert.ok(r.ok(), await r.text());
  await sync(page.request, NEWCOMER, 'uk');
  const view = await (await page.request.get(`${NEWCOMER}/api/article?slug=${SLUG}&lang=uk`)).json();
  assert.equal(view.lang, 'uk');
  assert.equal(view.translation.title, TITLE);

  // And the volunteer sees it accepted.
  await sync(page.request, VOLUNTEER, 'en');
  await openScreen(page, '#/suggestions');
  await mine.first().waitFor();
  assert.equal(await mine.first().getAttribute('data-state'), 'accepted');
  await app.close();
});

test('a declined correction’s reason is shown to the volunteer, and a newcomer’s flag from the app reaches the queue (Arabic)', async () => {
  const SLUG = 'council-tax';
  const REASON = 'النص الحالي أوضح.';
  const SENTENCE = 'رقم الهاتف في هذه الصفحة قديم.';
  const READER_SENTENCE = 'العنوان في هذه الصفحة غير واضح.';
  const app = await openApp(browser, PHONE, { lang: 'ar', base: VOLUNTEER });
  const { page } = app;
  await openIfLocked(page);
  await joinVolunteer(page.request);
  // Texts in Arabic come with the first sync in Arabic.
  await sync(page.request, VOLUNTEER, 'ar');
  await openScreen(page, `#/article/${SLUG}`);
  await page.locator(tid('article-title')).waitFor();
  assert.equal(await page.locator('article').getAttribute('lang'), 'ar');
  await page.locator(tid('suggest-correction')).click();
  await page.locator(tid('suggest-form')).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.locator(tid('suggest-body')).getAttribute('dir'), 'rtl');
  assert.notEqual(await page.locator(tid('suggest-body')).inputValue(), '', 'a correction starts from the text as it is');
  await page.locator(tid('suggest-title')).fill('ضريبة المجلس: تصحيح');
  await checkAccessibility(page, 'suggest form ar 360');
  await screenshot(page, 'suggest-form-ar-360');
  await page.locator(tid('suggest-send')).click();
  const mine = page.locator('[data-testid^="suggestion-"][data-state]', { hasText: 'ضريبة المجلس: تصحيح' });
  await mine.waitFor();
  await sync(page.request, VOLUNTEER, 'ar');

  const desk = await openDesk('ar');
  const items = await queueItems(desk.page, 'suggestion', SLUG);
  await items.first().waitFor();
  const id = (await items.first().getAttribute('data-testid')).replace('desk-queue-', '');
  await desk.page.locator(tid(`desk-reason-${id}`)).fill(REASON);
  await desk.page.locator(tid(`desk-decline-${id}`)).click();
  await items.first().waitFor({ state: 'detached' });

  await sync(page.request, VOLUNTEER, 'ar');
  await openScreen(page, '#/suggestions');
  await mine.waitFor();
  assert.equal(await mine.getAttribute('data-state'), 'declined');
  assert.match(await mine.locator(tid('suggestion-reason')).innerText(), new RegExp(REASON));
  await checkAccessibility(page, 'my suggestions ar 360');
  await screenshot(page, 'my-suggestions-ar-360');
  await app.close();

  // A newcomer: no suggestions offered, only the flag, kept until the next sync.
  const newcomer = await openApp(browser, PHONE, { lang: 'ar', base: NEWCOMER });
  const np = newcomer.page;
  await np.goto(`${NEWCOMER}/#/article/${SLUG}`);
  await np.locator(tid('flag')).waitFor();
  assert.equal(await np.locator(tid('suggest-correction')).count(), 0);
  await np.locator(`${tid('flag')} summary`).click();
  await np.locator(tid('flag-sentence')).fill(SENTENCE);
  await checkAccessibility(np, 'article flag ar 360');
  await np.locator(tid('flag-send')).click();
  await np.locator(tid('flag-status')).filter({ hasText: /./ }).waitFor();
  await screenshot(np, 'article-flag-ar-360');
  await sync(np.request, NEWCOMER, 'ar');

  // The public reader at the hub has no device: its flag goes to the hub at once.
  const reader = await openApp(browser, PHONE, { lang: 'ar', base: HUB });
  await reader.page.goto(`${HUB}/#/article/${SLUG}`);
  await reader.page.locator(`${tid('flag')} summary`).click();
  await reader.page.locator(tid('flag-sentence')).fill(READER_SENTENCE);
  await reader.page.locator(tid('flag-send')).click();
  await reader.page.locator(tid('flag-status')).filter({ hasText: /./ }).waitFor();
  assert.equal(await reader.page.locator(tid('flag-status')).innerText(), 'شكرًا لك. ستنظر المنظمة في الأمر.');
  assert.equal(await reader.page.evaluate(() => localStorage.getItem('pg-flags')), null, 'nothing kept once sent');
  await reader.close();

  const flags = await queueItems(desk.page, 'flag', SLUG);
  await flags.filter({ hasText: SENTENCE }).first().waitFor();
  await flags.filter({ hasText: READER_SENTENCE }).first().waitFor();
  await desk.context.close();
  await newcomer.close();
});
