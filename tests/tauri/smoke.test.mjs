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

  console.log(`PASS tauri smoke: "${want.title}" on screen ${ms} ms after start; screenshots in ${SHOTS}`);
});
