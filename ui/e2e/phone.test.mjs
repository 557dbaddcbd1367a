// What a newcomer meets on a phone, in Debian's Chromium against `peerguide serve` on the demo
// content: large text that never breaks a word, a number or a time; a compact header; focus
// that follows the screen; the project's own contact one tap from "ask the project"; a
// service's own screen; and a web mode that neither asks for a sync it cannot have nor sends
// its script uncompressed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, PHONE, ROOT, assertNoHorizontalScroll, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A field of content/organisation.toml's [interpreter] table. */
function interpreterText(lang) {
  const text = readFileSync(join(ROOT, 'content/organisation.toml'), 'utf8');
  const m = text.match(new RegExp(`^${lang}\\s*=\\s*(".*")\\s*$`, 'm'));
  assert.ok(m, `content/organisation.toml says in ${lang} how to ask for an interpreter`);
  return JSON.parse(m[1]);
}

/** The demo services whose phone number is set, and one with a closure still to come. */
function demoServices() {
  const dir = join(ROOT, 'content/services');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .map((f) => ({ slug: f.slice(0, -5), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Opens the app in `lang` at `viewport` with the text at `size` (1 = 100%). */
async function openAt(viewport, lang, size) {
  const app = await openApp(browser, viewport, { lang });
  await app.page.evaluate((s) => localStorage.setItem('peerguide.textSize', String(s)), size);
  await app.page.reload();
  await app.page.locator('main h1').waitFor();
  return app;
}

/** Goes to a route and waits until its data is shown and nothing is loading. */
async function visit(page, hash, ready) {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => {});
}

/**
 * Every button label, phone number and time range on the screen that spans more than one
 * line: its text's line boxes are counted (Range.getClientRects on each text node, line tops
 * closer than half a line height being one line). Closed <details> are opened first.
 */
async function brokenAcrossLines(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) d.open = true;
    const lineCount = (el) => {
      const style = getComputedStyle(el);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      const tops = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest('.offscreen')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          if (!tops.some((t) => Math.abs(t - r.top) < lineHeight / 2)) tops.push(r.top);
        }
      }
      return tops.length;
    };
    const broken = [];
    for (const el of document.querySelectorAll('main .button, main button, .phone, .time-range')) {
      if (!el.getClientRects().length) continue;
      const n = lineCount(el);
      if (n > 1) broken.push(`${el.className || el.tagName} "${el.textContent.trim()}": ${n} lines`);
    }
    return broken;
  });
}

// Each screen with buttons, numbers or times on it, and what shows it is ready.
function screens() {
  const withClosure = demoServices().find((s) => /\[\[closures\]\]/.test(s.text) && /^phone\s*=/m.test(s.text));
  return [
    ['services', '#/services', '.cards > li'],
    ['service', `#/service/${withClosure.slug}`, tid('service-title')],
    ['volunteers', '#/volunteers', '.cards > li'],
    ['contact', '#/contact', tid('organisation')],
    ['settings', '#/settings', tid('organisation')],
    ['article', `#/article/register-with-a-gp`, tid('article-title')],
  ];
}

const LAYOUTS = [
  ['360px-200pct', { width: 360, height: 740 }, 2],
  ['320px-150pct', { width: 320, height: 640 }, 1.5],
];

for (const [name, viewport, size] of LAYOUTS) {
  for (const lang of ['ar', 'fa', 'ti', 'en']) {
    test(`1. at ${name} in ${lang}, no button label, phone number or time range breaks across lines`, async () => {
      const app = await openAt(viewport, lang, size);
      const { page } = app;
      const problems = [];
      for (const [screen, hash, ready] of screens()) {
        await visit(page, hash, ready);
        const broken = await brokenAcrossLines(page);
        problems.push(...broken.map((b) => `${screen}: ${b}`));
        await assertNoHorizontalScroll(page, `${screen} at ${name} in ${lang}`);
        if (lang !== 'en' || screen === 'services') await screenshot(page, `phone-${name}-${lang}-${screen}`);
      }
      assert.deepEqual(problems, [], `broken across lines at ${name} in ${lang}`);
      await app.close();
    });
  }
}

test('2. at 200% on a phone the header and tabs stay compact, with 44 px touch targets', async () => {
  for (const lang of ['en', 'ar', 'fa', 'ti']) {
    const app = await openAt(PHONE, lang, 2);
    const { page } = app;
    for (const [hash, ready] of [
      ['#/', tid('topic-first-steps')],
      ['#/services', '.cards > li'],
      ['#/settings', tid('organisation')],
    ]) {
      await visit(page, hash, ready);
      const top = await page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top + window.scrollY);
      assert.ok(top < PHONE.height / 3, `${lang} ${hash}: the screen's title starts at ${top}px, below the top third`);
    }
    for (const sel of ['.brand', '.app-nav a']) {
      for (const box of await page.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        assert.ok(box.width >= 44 && box.height >= 44, `${lang} ${sel}: ${box.width}×${box.height} px is under 44×44`);
      }
    }
    await screenshot(page, `phone-200pct-${lang}-header`);
    await app.close();
  }
});

test('3. focus is visible on the title, follows each new screen, and the text size signs read right to left', async () => {
  const app = await openApp(browser, PHONE);
  const { page } = app;
  // Choosing a language: focus lands on the home screen's heading.
  await page.click(tid('language-option-ar'));
  await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 5000 });

  // The app title's focus ring stands out from the header behind it.
  await page.focus('.skip-link');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'brand');
  const { ring, style, header } = await page.evaluate(() => ({
    ring: getComputedStyle(document.activeElement).outlineColor,
    style: getComputedStyle(document.activeElement).outlineStyle,
    header: getComputedStyle(document.querySelector('.app-header')).backgroundColor,
  }));
  assert.equal(style, 'solid', 'a focus ring is drawn');
  assert.ok(contrast(ring, header) >= 3, `focus ring ${ring} on ${header}: contrast ${contrast(ring, header).toFixed(2)} < 3`);
  await screenshot(page, 'phone-ar-focus-title');

  // Opening an article: its title takes focus once it has loaded.
  await page.locator('[data-testid^="article-link-"]').first().click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'article-title', null, { timeout: 5000 });

  // A right-to-left page still reads "A+" and "A−": the letter left of the sign.
  for (const id of ['text-larger-sign', 'text-smaller-sign']) {
    const order = await page.locator(tid(id)).first().evaluate((el) => {
      const text = el.firstChild;
      const at = (i) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect().left;
      };
      return { letter: at(0), sign: at(1), text: text.textContent };
    });
    assert.ok(order.letter < order.sign, `${order.text} shows its sign on the left in Arabic`);
  }
  await checkAccessibility(page, 'article in Arabic');
  await app.close();
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('4. "ask the project" is one tap from the project\'s own contact, from the content', async () => {
  const app = await openApp(browser, PHONE, { lang: 'fa' });
  const { page } = app;
  await page.click(tid('nav-volunteers'));
  await page.locator('.cards > li').first().waitFor();
  await Promise.all([page.waitForResponse((r) => r.url().includes('speaks=fa')), page.selectOption('#volunteers-speaks', 'fa')]);
  await page.locator('.cards[aria-busy="false"]').waitFor({ state: 'attached' });
  const ask = page.locator(tid('ask-the-project'));
  assert.ok((await ask.count()) >= 1, 'a Farsi-speaking volunteer without a public contact');
  await ask.first().click();
  await page.locator(tid('organisation')).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/contact');
  assert.equal(await page.locator(`${tid('organisation')} ${tid('call')}`).getAttribute('href'), 'tel:+441414960100');
  assert.equal((await page.locator(`${tid('organisation')} .phone`).innerText()).trim(), '+44 141 496 0100');
  const interpreter = page.locator(tid('interpreter'));
  assert.equal(await interpreter.getAttribute('lang'), 'fa');
  assert.equal((await interpreter.innerText()).trim(), interpreterText('fa'));
  assert.equal(await page.locator(`${tid('organisation-hours')} > div`).count(), 7);
  await checkAccessibility(page, 'contact in Farsi');
  await assertNoHorizontalScroll(page, 'contact in Farsi');
  await screenshot(page, 'phone-fa-contact');

  // The same details in Settings, under the settings tab.
  await page.click(tid('nav-settings'));
  await page.locator(`${tid('organisation')} ${tid('call')}`).waitFor();
  assert.match(await page.locator(tid('organisation')).innerText(), /Peer Guide Glasgow/);
  await checkAccessibility(page, 'settings with the contact');
  await app.close();
});

test('5. a service has its own screen, linked from the list, with hours, closures and directions', async () => {
  const app = await openApp(browser, PHONE, { lang: 'fa' });
  const { page } = app;
  await page.click(tid('nav-services'));
  await page.locator('.cards > li').first().waitFor();
  // "Shown in English" is said once for the list, not on every card.
  assert.equal(await page.locator(tid('services-fallback')).count(), 1);
  assert.equal(await page.locator(`.cards ${tid('fallback-notice')}`).count(), 0);
  // Every number is dialled in international form.
  const tels = await page.locator('.cards a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(tels.length > 0);
  for (const tel of tels) assert.match(tel, /^tel:\+44\d{9,10}$/);
  // The hours toggle shows a marker that turns when it opens.
  const summary = page.locator(tid('hours-toggle')).first();
  const marker = () => summary.evaluate((s) => getComputedStyle(s, '::before').transform);
  const closed = await marker();
  assert.notEqual(closed, 'none', 'the hours toggle has a visible marker');
  assert.ok((await summary.evaluate((s) => parseFloat(getComputedStyle(s, '::before').borderBottomWidth))) > 0);
  await summary.click();
  assert.notEqual(await marker(), closed, 'the marker turns when the hours open');
  await screenshot(page, 'phone-fa-services');

  const target = demoServices().find((s) => /\[\[closures\]\]/.test(s.text) && /^phone\s*=/m.test(s.text));
  await page.locator(`${tid(`service-${target.slug}`)} ${tid('service-link')}`).click();
  await page.locator(tid('service-title')).waitFor();
  assert.equal(await page.evaluate(() => location.hash), `#/service/${target.slug}`);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'service-title', null, { timeout: 5000 });
  assert.equal(await page.locator(`${tid('service-hours')} > div`).count(), 7);
  assert.match(await page.getAttribute(tid('call'), 'href'), /^tel:\+44\d+$/);
  const address = (await page.locator('main address').innerText()).trim();
  // Chromium on Linux is not Android: OpenStreetMap, with the address as the query.
  assert.equal(await page.getAttribute(tid('directions'), 'href'), `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`);
  await page.click(tid('copy-address'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), address);
  const closures = page.locator(tid('closures'));
  if (/to = "(\d{4}-\d\d-\d\d)"/.exec(target.text)[1] >= new Date().toISOString().slice(0, 10)) {
    assert.ok((await closures.locator('li').count()) >= 1, 'a closure still to come is listed');
  }
  // Sharing copies the screen's own link (no Web Share API on desktop Linux).
  await page.click(tid('share-service'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${BASE}/#/service/${target.slug}`);
  await checkAccessibility(page, 'service screen');
  await assertNoHorizontalScroll(page, 'service screen');
  await screenshot(page, 'phone-fa-service');

  // The link works on its own, as someone it was shared with opens it.
  await page.goto(`${BASE}/#/service/${target.slug}`);
  await page.reload();
  await page.locator(tid('service-title')).waitFor();
  assert.ok(await page.locator(tid('nav-services')).getAttribute('aria-current'), 'the services tab is current');
  await app.close();
});

test('6. web mode: an unlinked device asks for no sync, and the script comes compressed and cached', async () => {
  const app = await openApp(browser, PHONE, { lang: 'en' });
  const { page } = app;
  const syncs = [];
  const consoleErrors = [];
  page.on('request', (r) => r.url().includes('/api/sync_now') && syncs.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const index = await page.reload();
  await page.locator(tid('topic-first-steps')).waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(500);
  assert.deepEqual(syncs, [], 'no sync is asked for on a device linked to no hub');
  assert.deepEqual(consoleErrors, [], 'nothing in the console');

  assert.equal(index.headers()['cache-control'], 'no-cache');
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.src));
  assert.ok(scripts.length > 0);
  for (const url of scripts) {
    for (const encoding of ['br', 'gzip']) {
      const r = await fetch(url, { headers: { 'accept-encoding': encoding } });
      assert.equal(r.headers.get('content-encoding'), encoding, `${url} is sent with ${encoding}`);
      assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      await r.arrayBuffer();
    }
  }
  await app.close();
});
