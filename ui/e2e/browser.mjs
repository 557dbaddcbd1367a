// Shared by the browser tests: Debian's Chromium through playwright-core (no browser download),
// the server under test (PEERGUIDE_URL, a running `peerguide serve`), axe-core, screenshots,
// and what the demo content says, read from its files so the tests follow the content.

import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = join(ROOT, 'target/e2e-screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.PEERGUIDE_URL;
if (!BASE) throw new Error('set PEERGUIDE_URL to a running `peerguide serve` (scripts/test.sh does)');

export const PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1280, height: 800 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (nothing stored), at `viewport`, failing on any third-party request. */
export async function openApp(browser, viewport, { lang, base = BASE } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (lang) await page.addInitScript((l) => localStorage.setItem('peerguide.lang', l), lang);
  await page.goto(base);
  return {
    page,
    context,
    foreign,
    errors,
    async close() {
      assert.deepEqual(foreign, [], 'the app must fetch nothing from any third party');
      assert.deepEqual(errors, [], 'no script errors');
      await context.close();
    },
  };
}

export const tid = (id) => `[data-testid="${id}"]`;

/** Runs axe-core in the page; fails on any serious or critical violation. */
export async function checkAccessibility(page, where) {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (rightly) refuses
  // inline scripts, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;true`);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${where}: accessibility violations\n${JSON.stringify(bad, null, 2)}`);
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/** Nothing wider than the window: no sideways scrolling. */
export async function assertNoHorizontalScroll(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where}: page is ${scroll}px wide in a ${client}px window`);
}

function frontMatter(file) {
  const head = readFileSync(file, 'utf8').split('+++')[1] ?? '';
  const field = (key) => {
    const m = head.match(new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm'));
    return m ? JSON.parse(m[1].trim()) : undefined;
  };
  return { title: field('title'), summary: field('summary'), topic: field('topic'), revision: field('revision'), source_revision: field('source_revision') };
}

/** The demo pack's articles: slug, topic, English revision, and each translation's facts. */
export function demoArticles() {
  const dir = join(ROOT, 'content/guidance');
  return readdirSync(dir).map((slug) => {
    const en = frontMatter(join(dir, slug, 'en.md'));
    const langs = Object.fromEntries(
      readdirSync(join(dir, slug))
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f.slice(0, -3), frontMatter(join(dir, slug, f))]),
    );
    return { slug, topic: en.topic, revision: en.revision, langs };
  });
}

/** An article of topic first-steps (listed on home) whose `lang` translation is stale. */
export function staleArticle(lang) {
  const a = demoArticles().find((a) => a.topic === 'first-steps' && a.langs[lang] && a.langs[lang].source_revision < a.revision);
  assert.ok(a, `the demo content has a stale ${lang} first-steps article`);
  return { slug: a.slug, title: a.langs[lang].title };
}

/** A first-steps article with no `lang` translation, so it falls back to English. */
export function untranslatedArticle(lang) {
  const a = demoArticles().find((a) => a.topic === 'first-steps' && !a.langs[lang]);
  assert.ok(a, `the demo content has a first-steps article not in ${lang}`);
  return { slug: a.slug, title: a.langs.en.title };
}

export { existsSync };
