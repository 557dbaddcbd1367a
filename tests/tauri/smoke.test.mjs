// Smoke test of the real desktop binary under X (Xvfb in CI), over WebDriver: a first start
// with an empty app-data folder, a language picked, an article read.
//
// Run: xvfb-run -a node --test tests/tauri/   (scripts/test.sh does this)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startDriver, openApp } from './webdriver.mjs';
import { ROOT, appBinary, expectedArticle, freshHome, readArticle } from './flow.mjs';

const SHOTS = join(ROOT, 'target/tauri-smoke');

test('a first start in Arabic: pick the language, open an article, read its title right to left', async (t) => {
  const app = appBinary();
  const want = expectedArticle('ar', 'register-with-a-gp');
  const home = freshHome();
  mkdirSync(SHOTS, { recursive: true });

  const driver = await startDriver({ env: home.env });
  t.after(async () => {
    await driver.stop();
    home.remove();
  });
  const started = performance.now();
  const session = await openApp(driver.url, app);
  t.after(() => session.close());

  const steps = await readArticle(session, want, async (step) => {
    writeFileSync(join(SHOTS, `${step}-ar.png`), await session.screenshot());
  });
  // An empty app-data folder is a first start: the language is asked for before anything else.
  assert.deepEqual(steps, ['first-run', 'home', 'article']);
  const ms = Math.round(performance.now() - started);

  // Arabic mirrors the whole layout.
  assert.equal(await session.execute('return document.documentElement.dir'), 'rtl');
  // The demo content was imported into the platform's app-data folder on this first start.
  assert.ok(existsSync(home.database), `no database at ${home.database}`);

  // Errors cross the IPC bridge as the core's stable code and message, for the UI to translate.
  const refused = await session.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke('home', { params: { lang: 'xx' } })
      .then((v) => done({ resolved: v }), (e) => done({ rejected: e }));`);
  assert.equal(refused.rejected?.code, 'unknown-language', JSON.stringify(refused));
  assert.match(refused.rejected.message, /xx/);

  // The app's own sync, through its commands, with a real hub: link, sync, see what changed.
  const invoke = (cmd, params) =>
    session.executeAsync(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke(${JSON.stringify(cmd)}, { params: ${JSON.stringify(params)} })
        .then((v) => done({ resolved: v }), (e) => done({ rejected: e }));`);
  const hub = process.env.PEERGUIDE_HUB_URL;
  assert.ok(hub, 'scripts/app-smoke.sh starts a hub and sets PEERGUIDE_HUB_URL');
  const badAddress = await invoke('set_hub', { address: 'http://hub.example.org' });
  assert.equal(badAddress.rejected?.code, 'invalid-hub-address', JSON.stringify(badAddress));
  const linked = await invoke('set_hub', { address: hub });
  assert.equal(linked.resolved?.url, hub, JSON.stringify(linked));
  const synced = await invoke('sync_now', { lang: 'ar' });
  assert.ok(synced.resolved?.changed > 0, JSON.stringify(synced));
  const status = await invoke('sync_status', { lang: 'ar' });
  const news = status.resolved?.changed_articles ?? [];
  assert.deepEqual(news.map((a) => a.slug), ['warm-home-discount'], 'only the news is news');
  assert.equal(news[0].lang, 'ar');

  // The app lock: a PIN set, the app locked and started again shows only the lock screen;
  // typing the PIN over WebDriver opens it.
  const pinned = await invoke('set_pin', { pin: '246810' });
  assert.equal(pinned.resolved?.encrypted, true, JSON.stringify(pinned));
  const locked = await invoke('lock', {});
  assert.equal(locked.resolved?.locked, true, JSON.stringify(locked));
  const behind = await invoke('home', { lang: 'ar' });
  assert.equal(behind.rejected?.code, 'locked', JSON.stringify(behind));
  await session.execute('location.reload()');
  const pinField = await session.waitForElement('[data-testid="lock-pin"]');
  assert.equal(await session.find('[data-testid="nav-home"]'), null, 'nothing but the lock screen');
  writeFileSync(join(SHOTS, 'locked-ar.png'), await session.screenshot());
  await session.type(pinField, '246810');
  await session.click(await session.waitForElement('[data-testid="lock-submit"]'));
  await session.waitForElement('[data-testid="nav-home"]');
  const unlocked = await invoke('lock_status', {});
  assert.equal(unlocked.resolved?.locked, false, JSON.stringify(unlocked));

  // The notification plugin is there for the plan's reminders: asking for its permission
  // answers (a missing plugin or permission would be refused).
  const notifications = await session.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke('plugin:notification|is_permission_granted', {})
      .then((v) => done({ resolved: v }), (e) => done({ rejected: String(e) }));`);
  assert.ok(!('rejected' in notifications), JSON.stringify(notifications));

  console.log(`PASS tauri smoke: "${want.title}" on screen ${ms} ms after start; screenshots in ${SHOTS}`);
});
