// Peer volunteers end to end in Debian's Chromium, over a real hub and three devices (each a
// `peerguide serve`): a volunteer joins with an invite code and fills in the profile editor,
// a coordinator approves it in the review screen, a newcomer finds the volunteer in the
// directory, with only what the volunteer made public. In English and Arabic. In order.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name} (scripts/e2e.sh does)`);
  return value;
};
const HUB = env('PEERGUIDE_HUB_URL');
const VOLUNTEER = env('PEERGUIDE_VOLUNTEER_URL');
const COORDINATOR = env('PEERGUIDE_COORDINATOR_URL');
const NEWCOMER = env('PEERGUIDE_NEWCOMER_URL');

const NAME = 'Samira';
const PHONE_NUMBER = '07700 900123';
const EMAIL = 'samira@example.org';
const ABOUT_AR = 'أساعد في رسائل السكن والتسجيل عند الطبيب.';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Lets the page finish what it loads after an action. Playwright answers at once once the page
 * has been idle since it loaded, so this is no wait for a sync: a test that needs one to have
 * ended asks the device (`sentFromVolunteer`, `openSyncedNewcomer`). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
}

async function joinFromProfile(page, code) {
  await page.goto(`${new URL(page.url()).origin}/#/profile`);
  await page.locator(tid('join')).waitFor();
  await page.fill(tid('join-address'), HUB);
  await page.fill(tid('join-code'), code);
  // Joining locks the device: the PIN is chosen here, typed twice.
  if (await page.locator(tid('join-pin')).count()) {
    await page.fill(tid('join-pin'), JOIN_PIN);
    await page.fill(tid('join-confirm'), JOIN_PIN);
  }
  await page.click(tid('join-submit'));
}
const JOIN_PIN = '314159';

/** Closing a volunteer's page locks the device (`pagehide`), as it should, but that request
 * can land a moment after the page is gone: wait until it has (or lock it), so the next test
 * always meets a locked device rather than one that locks under it. */
async function closeLocked(app) {
  await app.close();
  if ((await askUntil(VOLUNTEER, '/api/lock_status', (s) => s.locked, 2_000)).locked) return;
  const r = await fetch(`${VOLUNTEER}/api/lock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.ok(r.ok, await r.text());
}

/** Asks a device for `path` until its answer is `done`, for up to `ms`; answers the last answer
 * either way, for the caller to assert on. */
async function askUntil(base, path, done, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    const answer = await (await fetch(`${base}${path}`)).json();
    if (done(answer) || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const SYNC_STATUS = '/api/sync_status?lang=en';

/** Waits until the volunteer's device has sent every change made on it (its sync status counts
 * none waiting). The page's own sync may still be running, or about to run once more for the
 * change just saved; closing the page now would lock the device under it, and the change would
 * wait for the next time the app is opened. */
async function sentFromVolunteer() {
  const status = await askUntil(VOLUNTEER, SYNC_STATUS, (s) => s.pending === 0);
  assert.equal(status.pending, 0, `the volunteer's device still holds changes to send: ${JSON.stringify(status.last_attempt)}`);
}

/** The newcomer's device, opened after the volunteer's change reached the hub, and synced:
 * waits until a sync has ended since it was opened (the one it starts by itself, or the one
 * "Sync now" starts), so the directory shows what the hub holds now. */
async function openSyncedNewcomer(lang) {
  const before = (await (await fetch(`${NEWCOMER}${SYNC_STATUS}`)).json()).last_sync;
  const newcomer = await openApp(browser, PHONE, { lang, base: NEWCOMER });
  await newcomer.page.click(tid('nav-settings'));
  await newcomer.page.click(tid('sync-now'));
  // `last_sync` moves only when a sync completes.
  const status = await askUntil(NEWCOMER, SYNC_STATUS, (s) => s.last_sync !== before);
  assert.notEqual(status.last_sync, before, `the newcomer's device did not sync: ${JSON.stringify(status.last_attempt)}`);
  return newcomer;
}

/** Opens the volunteer's device and unlocks it with the PIN chosen when joining. */
async function openVolunteer(lang) {
  const app = await openApp(browser, PHONE, { lang, base: VOLUNTEER });
  const { page } = app;
  await page.locator(`${tid('lock-screen')}, ${tid('nav-home')}`).first().waitFor();
  if (await page.locator(tid('lock-screen')).count()) {
    await page.fill(tid('lock-pin'), JOIN_PIN);
    await page.click(tid('lock-submit'));
    await page.locator(tid('nav-home')).waitFor();
  }
  return app;
}

/** The volunteer card shown for `name` in the directory, if any. */
const card = (page, name) => page.locator('.card', { has: page.locator('.card-title', { hasText: name }) });

test('a volunteer joins with an invite code and fills in the profile (English)', async () => {
  const app = await openApp(browser, PHONE, { lang: 'en', base: VOLUNTEER });
  const { page } = app;
  await page.click(tid('nav-volunteers'));
  await page.click(tid('volunteers-own-profile'));
  await page.locator(tid('join')).waitFor();
  await screenshot(page, 'volunteers-phone-en-1-join');

  // A mistyped code is refused in words; the right one joins.
  await joinFromProfile(page, 'AAAA-BBBB-CCCC');
  assert.match(await page.locator(tid('join-error')).innerText(), /invite code is not known/);
  await page.fill(tid('join-code'), env('PEERGUIDE_VOLUNTEER_INVITE').toLowerCase());
  await page.click(tid('join-submit'));
  await page.locator(tid('profile-form')).waitFor();
  assert.equal(await page.locator(tid('profile-review-state')).getAttribute('data-state'), 'new');

  await page.fill(tid('profile-name'), NAME);
  await page.selectOption(tid('profile-lang-0'), 'ar');
  await page.selectOption(tid('profile-level-0'), 'native');
  await page.click(tid('profile-add-language'));
  await page.selectOption(tid('profile-lang-1'), 'en');
  await page.selectOption(tid('profile-level-1'), 'fluent');
  await page.check(tid('profile-topic-housing'));
  await page.check(tid('profile-topic-health'));
  // Free all week, so "free now" finds her whenever the test runs.
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
    await page.check(tid(`profile-day-${day}`));
    await page.fill(tid(`profile-from-${day}-0`), '00:00');
    await page.fill(tid(`profile-to-${day}-0`), '23:59');
  }
  await page.click(tid('profile-add-contact'));
  await page.selectOption(tid('profile-contact-channel-0'), 'phone');
  await page.fill(tid('profile-contact-value-0'), PHONE_NUMBER);
  await page.selectOption(tid('profile-contact-visible-0'), 'volunteers');
  await page.click(tid('profile-add-contact'));
  await page.selectOption(tid('profile-contact-channel-1'), 'email');
  await page.fill(tid('profile-contact-value-1'), EMAIL);
  await page.selectOption(tid('profile-contact-visible-1'), 'everyone');
  await page.fill(tid('profile-about-ar'), ABOUT_AR);
  await checkAccessibility(page, 'profile editor');
  await assertNoHorizontalScroll(page, 'profile editor');
  await screenshot(page, 'volunteers-phone-en-2-editor');

  await page.click(tid('profile-save'));
  await page.locator(tid('profile-saved')).waitFor();
  await settle(page);
  // Sent, and waiting for a coordinator.
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === 'pending', tid('profile-review-state'));

  // What each audience sees: the volunteers-only number never in the newcomers' preview.
  const newcomers = await page.locator(tid('preview-everyone')).innerText();
  const volunteers = await page.locator(tid('preview-volunteers')).innerText();
  assert.ok(newcomers.includes(EMAIL) && !newcomers.includes(PHONE_NUMBER), newcomers);
  assert.ok(volunteers.includes(EMAIL) && volunteers.includes(PHONE_NUMBER), volunteers);
  await page.locator(tid('profile-previews')).scrollIntoViewIfNeeded();
  await screenshot(page, 'volunteers-phone-en-3-previews');
  await closeLocked(app);
});

test('a coordinator approves the new profile in the review screen', async () => {
  const app = await openApp(browser, PHONE, { lang: 'en', base: COORDINATOR });
  const { page } = app;
  await joinFromProfile(page, env('PEERGUIDE_COORDINATOR_INVITE'));
  await page.locator(tid('profile-coordinator')).waitFor();
  await settle(page);
  await page.click(tid('nav-settings'));
  await page.click(tid('settings-review'));
  const item = page.locator('[data-testid^="review-item-"]', { hasText: NAME });
  await item.waitFor();
  // The coordinator sees every contact detail, and what is new.
  const text = await item.innerText();
  assert.ok(text.includes(PHONE_NUMBER) && text.includes(EMAIL), text);
  assert.match(text, /New profile:/);
  await checkAccessibility(page, 'review screen');
  await screenshot(page, 'volunteers-phone-en-4-review');
  await item.locator('[data-testid^="review-approve-"]').click();
  await page.locator(tid('review-approved')).getByText(NAME, { exact: true }).waitFor();
  await app.close();
});

test('a newcomer finds the volunteer in Arabic, without the volunteers-only number', async () => {
  const app = await openApp(browser, PHONE, { lang: 'ar', base: NEWCOMER });
  const { page } = app;
  await page.click(tid('nav-settings'));
  await page.fill(tid('hub-address'), HUB);
  await page.click(tid('hub-connect'));
  await page.locator(tid('sync-hub')).waitFor();
  await settle(page);
  await page.locator(tid('sync-last')).waitFor();

  await page.click(tid('nav-volunteers'));
  const samira = card(page, NAME);
  await samira.waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const text = await samira.innerText();
  assert.ok(text.includes(EMAIL), text);
  assert.ok(!text.includes(PHONE_NUMBER), `the volunteers-only number must not reach a newcomer: ${text}`);
  assert.ok(text.includes(ABOUT_AR), 'her words in Arabic, for an Arabic reader');
  assert.equal(await samira.locator(tid('contact-link-email')).getAttribute('href'), `mailto:${EMAIL}`);

  // Filters: by language, and free now (she is free all week).
  await page.selectOption('#volunteers-speaks', 'ar');
  await samira.waitFor();
  await page.check(tid('volunteers-available-now'));
  await page.waitForLoadState('networkidle');
  await samira.waitFor();
  await checkAccessibility(page, 'directory in Arabic');
  await assertNoHorizontalScroll(page, 'directory in Arabic');
  await samira.scrollIntoViewIfNeeded();
  await screenshot(page, 'volunteers-phone-ar-5-directory');
  await app.close();
});

test('the volunteer edits in Arabic, pauses, and the newcomer no longer sees her as free', async () => {
  const app = await openVolunteer('ar');
  const { page } = app;
  await page.goto(`${VOLUNTEER}/#/profile`);
  await page.locator(tid('profile-form')).waitFor();
  await settle(page);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === 'approved', tid('profile-review-state'));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.fill(tid('profile-away-until'), tomorrow);
  await checkAccessibility(page, 'profile editor in Arabic');
  await assertNoHorizontalScroll(page, 'profile editor in Arabic');
  await screenshot(page, 'volunteers-phone-ar-6-editor');
  await page.click(tid('profile-save'));
  await page.locator(tid('profile-saved')).waitFor();
  await settle(page);
  // Sent: the device no longer counts the edit as waiting for a sync, and says so.
  await sentFromVolunteer();
  await page.locator(tid('profile-pending')).waitFor({ state: 'detached' });
  // A pause needs no approval.
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === 'approved', tid('profile-review-state'));
  await closeLocked(app);

  const newcomer = await openSyncedNewcomer('ar');
  await newcomer.page.click(tid('nav-volunteers'));
  const samira = card(newcomer.page, NAME);
  await samira.waitFor();
  await samira.locator(tid('volunteer-away')).waitFor();
  await newcomer.page.check(tid('volunteers-available-now'));
  await samira.waitFor({ state: 'detached' });
  await newcomer.close();
});

test('the volunteer deletes the profile and it is gone from the newcomer too', async () => {
  const app = await openVolunteer('en');
  const { page } = app;
  await page.goto(`${VOLUNTEER}/#/profile`);
  const state = page.locator(tid('profile-review-state'));
  await state.waitFor();
  // Were the profile missing here, the state says so (`new`) instead of a bare time-out.
  assert.equal(await state.getAttribute('data-state'), 'approved', await page.locator('main').innerText());
  await page.click(tid('profile-delete'));
  await page.click(tid('profile-delete-confirm'));
  await page.locator(tid('profile-deleted')).waitFor();
  await sentFromVolunteer();
  await closeLocked(app);

  const newcomer = await openSyncedNewcomer('en');
  await newcomer.page.click(tid('nav-volunteers'));
  await newcomer.page.locator(tid('volunteers-count')).waitFor();
  assert.equal(await card(newcomer.page, NAME).count(), 0);
  await newcomer.close();
});
