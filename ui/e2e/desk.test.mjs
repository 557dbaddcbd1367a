// The coordinators' desk on the organisation's hub, in English and Arabic: signing in with a
// device token, the overview's counts against the pack's files, a new article written with a
// live preview and published, arriving on a device at its next sync, its history with a
// side-by-side diff and a restore, the session cookie and CSRF refusals, and axe-core on each
// desk screen at phone and laptop widths.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAccessibility, LAPTOP, launch, PHONE, ROOT, screenshot, tid, assertNoHorizontalScroll } from './browser.mjs';

const HUB = process.env.PEERGUIDE_HUB_URL;
const TOKEN = process.env.PEERGUIDE_HUB_TOKEN;
const DEVICE = process.env.PEERGUIDE_DESK_DEVICE_URL;
if (!HUB || !TOKEN || !DEVICE) throw new Error('set PEERGUIDE_HUB_URL, PEERGUIDE_HUB_TOKEN and PEERGUIDE_DESK_DEVICE_URL (scripts/e2e.sh does)');

const SLUG = 'desk-e2e-library-cards';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** A fresh browser at the desk, its language chosen, failing on any request off the hub. */
async function openDesk(viewport, lang) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(HUB) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((l) => localStorage.setItem('peerguide.desk.lang', l), lang);
  await page.goto(`${HUB}/desk`);
  return {
    page,
    context,
    async close() {
      assert.deepEqual(foreign, [], 'the desk fetches nothing from any third party');
      assert.deepEqual(errors, [], 'no script errors');
      await context.close();
    },
  };
}

async function signIn(page) {
  await page.locator(tid('desk-sign-in')).waitFor();
  await page.locator(tid('desk-with-token')).check();
  await page.locator(tid('desk-secret')).fill(TOKEN);
  await page.locator(tid('desk-name')).fill('Amina');
  await page.locator(tid('desk-sign-in-button')).click();
  await page.locator(tid('desk-signed-in-as')).waitFor();
}

/** What the published packs hold: articles, and per language how many are in it. */
function packCounts() {
  const dirs = [join(ROOT, 'content/guidance'), join(ROOT, 'ui/e2e/fixtures/hub-news/guidance')];
  const articles = new Map();
  for (const dir of dirs)
    for (const slug of readdirSync(dir)) {
      const langs = articles.get(slug) ?? new Set();
      for (const f of readdirSync(join(dir, slug))) if (f.endsWith('.md')) langs.add(f.slice(0, -3));
      articles.set(slug, langs);
    }
  return {
    total: articles.size,
    present: (lang) => [...articles.values()].filter((l) => l.has(lang)).length,
  };
}

for (const lang of ['en', 'ar']) {
  test(`a coordinator signs in and the overview counts match the pack (${lang})`, async () => {
    const expected = packCounts();
    for (const viewport of [PHONE, LAPTOP]) {
      const desk = await openDesk(viewport, lang);
      const { page } = desk;
      await page.locator(tid('desk-sign-in')).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
      await checkAccessibility(page, `desk sign-in ${lang} ${viewport.width}`);
      await signIn(page);
      const counts = page.locator(`${tid('desk-counts')} li`);
      await counts.first().waitFor();
      for (const li of await counts.all()) {
        const code = await li.getAttribute('data-lang');
        assert.equal(Number(await li.getAttribute('data-present')), expected.present(code), `articles in ${code}`);
      }
      assert.equal(await page.locator(`${tid('desk-overview')} tbody tr`).count(), expected.total);
      if (lang === 'ar') assert.match(await counts.first().innerText(), /من/);
      await checkAccessibility(page, `desk overview ${lang} ${viewport.width}`);
      await assertNoHorizontalScroll(page, `desk overview ${lang} ${viewport.width}`);
      await screenshot(page, `desk-overview-${lang}-${viewport.width}`);
      await page.locator(tid('desk-sign-out')).click();
      await page.locator(tid('desk-sign-in')).waitFor();
      await desk.close();
    }
  });
}

/** The device links to the hub, syncs, and answers with the article's English title (or null). */
async function deviceTitle(page) {
  const post = (op, body) => page.request.post(`${DEVICE}/api/${op}`, { data: body });
  assert.ok((await post('set_hub', { address: HUB })).ok());
  const synced = await post('sync_now', { lang: 'en' });
  assert.ok(synced.ok(), await synced.text());
  const a = await page.request.get(`${DEVICE}/api/article?slug=${SLUG}&lang=en`);
  return a.ok() ? (await a.json()).translation.title : null;
}

test('an article written on the desk in Arabic reaches a device; its history shows and restores the first text', async () => {
  const desk = await openDesk(LAPTOP, 'ar');
  const { page, context } = desk;
  await signIn(page);

  // The cookie: HttpOnly (no script sees it), SameSite=Strict, with an expiry, for /desk only.
  const [cookie] = (await context.cookies(`${HUB}/desk`)).filter((c) => c.name === 'pg_desk');
  assert.ok(cookie, 'a session cookie');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.path, '/desk');
  assert.ok(cookie.expires > Date.now() / 1000 + 3600, 'it expires, hours from now');
  assert.equal(await page.evaluate(() => document.cookie.includes('pg_desk')), false);

  await page.locator(tid('desk-new-article')).click();
  await page.locator(tid('desk-slug')).fill(SLUG);
  await page.locator(tid('desk-text-title')).fill('Library cards');
  await page.locator(tid('desk-text-summary')).fill('Every library in Glasgow lends books for free.');
  await page.locator(tid('desk-text-body')).fill('## Joining\n\nBring **proof of address**.');
  // The live preview is the app's own renderer.
  await page.locator(`${tid('desk-preview')} h2`).waitFor();
  assert.equal(await page.locator(`${tid('desk-preview')} strong`).innerText(), 'proof of address');
  await checkAccessibility(page, 'desk editor ar 1280');
  await page.locator(tid('desk-publish')).click();
  await page.locator(tid('desk-history-link')).waitFor();
  assert.equal(await deviceTitle(page), 'Library cards');

  // Edit the English and publish again: the device gets the new title at its next sync.
  await page.locator(tid('desk-text-title')).fill('Library cards and free computers');
  await page.locator(tid('desk-publish')).click();
  await page.locator(tid('desk-status')).filter({ hasText: /\d/ }).waitFor();
  assert.equal(await deviceTitle(page), 'Library cards and free computers');

  // History: both publishes, by Amina; the first beside now, then restored and published.
  await page.locator(tid('desk-history-link')).click();
  const entries = page.locator(`${tid('desk-history')} li`);
  await entries.first().waitFor();
  assert.equal(await page.locator(`${tid('desk-history')} li[data-action="publish"]`).count(), 2);
  assert.match(await entries.first().innerText(), /Amina/);
  const first = page.locator(`${tid('desk-history')} li`).last();
  await first.locator('button').first().click();
  const changed = page.locator(`${tid('desk-diff')} tr[data-kind="changed"]`).first();
  await changed.waitFor();
  assert.match(await changed.innerText(), /Library cards\s/);
  assert.match(await changed.innerText(), /free computers/);
  await checkAccessibility(page, 'desk history ar 1280');
  await page.setViewportSize(PHONE);
  await checkAccessibility(page, 'desk history ar 360');
  await page.setViewportSize(LAPTOP);
  await first.locator('button').last().click();
  await page.locator(tid('desk-status')).filter({ hasText: /./ }).waitFor();
  await page.goto(`${HUB}/desk#/article/${SLUG}`);
  await page.locator(tid('desk-text-title')).waitFor();
  assert.equal(await page.locator(tid('desk-text-title')).inputValue(), 'Library cards');
  await page.setViewportSize(PHONE);
  await checkAccessibility(page, 'desk editor ar 360');
  await screenshot(page, 'desk-editor-ar-360');
  await page.setViewportSize(LAPTOP);
  await screenshot(page, 'desk-editor-ar-1280');
  await page.locator(tid('desk-publish')).click();
  await page.locator(tid('desk-status')).filter({ hasText: /\d/ }).waitFor();
  assert.equal(await deviceTitle(page), 'Library cards');

  // Writes without the page's CSRF token, or from another origin, are refused.
  const refused = await page.evaluate(async (slug) => {
    const r = await fetch(`/desk/api/article/${slug}/unpublish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return [r.status, (await r.json()).error.code];
  }, SLUG);
  assert.deepEqual(refused, [403, 'desk-csrf']);
  // With the browser's own cookie and the right CSRF token, but sent from another origin.
  const { csrf } = await (await context.request.get(`${HUB}/desk/api/session`)).json();
  const cross = await context.request.post(`${HUB}/desk/api/article/${SLUG}/unpublish`, {
    headers: { origin: 'http://evil.example', 'x-desk-csrf': csrf, 'content-type': 'application/json' },
    data: '{}',
  });
  assert.equal(cross.status(), 403);
  assert.equal((await cross.json()).error.code, 'desk-csrf');
  assert.equal(await deviceTitle(page), 'Library cards', 'still published');
  await desk.close();
});

test('a newcomer’s flag and a volunteer’s suggestions reach the queue; accepted, and declined with a reason the volunteer sees (Arabic)', async () => {
  const desk = await openDesk(PHONE, 'ar');
  const { page } = desk;
  const api = page.request;
  const sync = { 'peerguide-protocol': '2' };
  // A newcomer, no account: the article, the language and one sentence.
  const flagged = await api.post(`${HUB}/v1/flags`, { headers: sync, data: { slug: SLUG, lang: 'ar', sentence: 'رقم الهاتف غير صحيح.' } });
  assert.equal(flagged.status(), 200, await flagged.text());
  // A volunteer joins with an invite a coordinator made, and sends two suggestions.
  const invite = await (await api.post(`${HUB}/v1/invites`, { headers: { ...sync, authorization: `Bearer ${TOKEN}` }, data: { role: 'volunteer' } })).json();
  const { token } = await (await api.post(`${HUB}/v1/redeem`, { headers: sync, data: { code: invite.code } })).json();
  const volunteer = { ...sync, authorization: `Bearer ${token}` };
  const suggest = (id, body) =>
    api.post(`${HUB}/v1/suggestions`, { headers: volunteer, data: { id, slug: SLUG, lang: 'ar', title: 'بطاقات المكتبة', summary: 'مجانية.', body, credit: 'Amal' } });
  const accepted = '0196b3a4-0000-7000-8000-00000000a001';
  const declined = '0196b3a4-0000-7000-8000-00000000a002';
  assert.equal((await suggest(accepted, 'أحضر **إثبات العنوان**.')).status(), 200);
  assert.equal((await suggest(declined, 'نص آخر.')).status(), 200);

  await signIn(page);
  await page.locator(tid('desk-queue-link')).click();
  const items = page.locator('[data-testid^="desk-queue-"][data-kind]');
  await items.first().waitFor();
  assert.equal(await page.locator('[data-kind="flag"]').count(), 1);
  assert.match(await page.locator('[data-kind="flag"]').innerText(), /رقم الهاتف غير صحيح/);
  assert.equal(await page.locator('[data-kind="suggestion"]').count(), 2);
  await checkAccessibility(page, 'desk queue ar 360');
  await page.setViewportSize(LAPTOP);
  await checkAccessibility(page, 'desk queue ar 1280');
  await screenshot(page, 'desk-queue-ar-1280');

  const [first, second] = await page.locator('[data-kind="suggestion"]').all();
  const secondId = (await second.getAttribute('data-testid')).replace('desk-queue-', '');
  await first.locator('button.desk-primary').click();
  await page.locator('[data-kind="suggestion"]').nth(1).waitFor({ state: 'detached' });
  await page.locator(tid(`desk-reason-${secondId}`)).fill('النص الحالي أوضح.');
  await page.locator(tid(`desk-decline-${secondId}`)).click();
  await page.locator('[data-kind="suggestion"]').waitFor({ state: 'detached' });

  const mine = await (await api.post(`${HUB}/v1/suggestions/mine`, { headers: volunteer, data: {} })).json();
  const byId = Object.fromEntries(mine.suggestions.map((s) => [s.id, s]));
  assert.equal(byId[accepted].state, 'accepted');
  assert.equal(byId[declined].state, 'declined');
  assert.equal(byId[declined].reason, 'النص الحالي أوضح.');
  // The accepted text is the article's draft, credited to Amal.
  const editing = await (await page.request.get(`${HUB}/desk/api/article/${SLUG}`)).json();
  const ar = editing.draft.translations.find((t) => t.lang === 'ar');
  assert.equal(ar.body, 'أحضر **إثبات العنوان**.');
  assert.equal(ar.translated.by, 'Amal');
  await desk.close();
});

test('a service created on the desk reaches a device, and deleting it takes it off (English)', async () => {
  const SERVICE = 'desk-e2e-food-bank';
  const desk = await openDesk(PHONE, 'en');
  const { page } = desk;
  page.on('dialog', (d) => d.accept());
  await signIn(page);
  const onDevice = async () => {
    const synced = await page.request.post(`${DEVICE}/api/sync_now`, { data: { lang: 'en' } });
    assert.ok(synced.ok(), await synced.text());
    const s = await page.request.get(`${DEVICE}/api/service?slug=${SERVICE}&lang=en`);
    return s.ok() ? (await s.json()).name : null;
  };
  assert.ok((await page.request.post(`${DEVICE}/api/set_hub`, { data: { address: HUB } })).ok());

  await page.locator(tid('desk-new-service')).click();
  await page.locator(tid('desk-service-slug')).fill(SERVICE);
  await page.locator(tid('desk-service-name')).fill('Govan Food Bank');
  await page.locator(tid('desk-service-topics')).fill('first-steps, health');
  await page.locator(tid('desk-service-area')).fill('Govan');
  await page.locator(tid('desk-service-address')).fill('1 Langlands Road, Glasgow G51 3BD');
  await page.locator('#desk-service-text-en').fill('Food parcels on Tuesdays and Fridays, no referral needed.');
  await checkAccessibility(page, 'desk new service en 360');
  await page.locator(tid('desk-service-publish')).click();
  await page.locator(tid('desk-service-delete')).waitFor();
  assert.equal(await onDevice(), 'Govan Food Bank');
  await page.setViewportSize(LAPTOP);
  await checkAccessibility(page, 'desk service en 1280');

  await page.locator(tid('desk-service-delete')).click();
  await page.locator(tid('desk-status')).filter({ hasText: /Deleted/ }).waitFor();
  assert.equal(await onDevice(), null);
  await desk.close();
});
