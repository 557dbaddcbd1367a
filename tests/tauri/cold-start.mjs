// Benchmark: time from starting the desktop app to the first article on screen, under X
// (Xvfb), driven over WebDriver with no pauses between steps. Prints a Markdown table.
//
//   xvfb-run -a -s "-screen 0 1280x800x24" node tests/tauri/cold-start.mjs [runs]
//
// PEERGUIDE_APP picks the binary (default: target/release/peerguide-app).

import { statSync } from 'node:fs';
import { join } from 'node:path';

import { startDriver, openApp } from './webdriver.mjs';
import { ROOT, appBinary, expectedArticle, freshHome, readArticle } from './flow.mjs';

process.env.PEERGUIDE_APP ??= join(ROOT, 'target/release/peerguide-app');
const app = appBinary();
const runs = Number(process.argv[2] ?? 5);
const want = expectedArticle('ar', 'register-with-a-gp');

/** Starts the app on `home`; ms from the start to each screen, keyed by step. */
async function timeOneStart(home) {
  const driver = await startDriver({ env: home.env });
  try {
    const started = performance.now();
    const session = await openApp(driver.url, app);
    const at = { window: performance.now() - started };
    try {
      await readArticle(session, want, (step) => {
        at[step] = performance.now() - started;
      });
    } finally {
      await session.close();
    }
    return at;
  } finally {
    await driver.stop();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const first = [];
const second = [];
for (let i = 0; i < runs; i++) {
  const home = freshHome();
  try {
    // First start: empty app-data folder, so the demo pack is imported before the window opens.
    first.push(await timeOneStart(home));
    // Second start: same folder, database already there.
    second.push(await timeOneStart(home));
  } finally {
    home.remove();
  }
  process.stderr.write(`run ${i + 1}/${runs}: first ${Math.round(first.at(-1).article)} ms, second ${Math.round(second.at(-1).article)} ms\n`);
}

const row = (name, samples, key) => {
  const xs = samples.map((s) => s[key]).filter((x) => x !== undefined);
  if (xs.length === 0) return `| ${name} | – | – | – |`;
  const f = (x) => Math.round(x);
  return `| ${name} | ${f(median(xs))} | ${f(Math.min(...xs))} | ${f(Math.max(...xs))} |`;
};
console.log(`binary: ${app} (${(statSync(app).size / 1e6).toFixed(1)} MB), ${runs} runs`);
console.log('| from start of the app to | median ms | min ms | max ms |');
console.log('|---|---|---|---|');
console.log(row('first start: language picker on screen', first, 'first-run'));
console.log(row('first start: first article on screen', first, 'article'));
console.log(row('second start: home on screen', second, 'home'));
console.log(row('second start: first article on screen', second, 'article'));
