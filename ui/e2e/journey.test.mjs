// A reader's way through every screen, in English and in Arabic, at phone and laptop sizes,
// in Debian's Chromium against `peerguide serve` on the demo content.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  LAPTOP,
  PHONE,
  assertNoHorizontalScroll,
  checkAccessibility,
  launch,
  openApp,
  screenshot,
  staleArticle,
  tid,
  untranslatedArticle,
} from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Changes a filter and waits until the list shows the server's answer to it. */
async function filter(page, param, change) {
  await Promise.all([page.waitForResponse((r) => r.url().includes(param)), change()]);
  await page.locator('.cards[aria-busy="false"]').waitFor({ state: 'attached' });
}

// What each language's reader types, and what the screen must then say.
const READERS = {
  en: { dir: 'ltr', query: 'doctor', home: 'Guidance', stale: null, sample: 'Sample data', checked: 'Details checked on' },
  ar: { dir: 'rtl', query: 'طبيب', home: 'الإرشادات', stale: 'قد تكون هذه الترجمة قديمة', sample: 'بيانات تجريبية', checked: 'تم التحقق من التفاصيل في' },
};

for (const [size, viewport] of [
  ['phone', PHONE],
  ['laptop', LAPTOP],
]) {
  for (const [lang, reader] of Object.entries(READERS)) {
    test(`${lang} reader on a ${size}: every screen`, async () => {
      const app = await openApp(browser, viewport);
      const { page } = app;
      const shot = (step) => screenshot(page, `${size}-${lang}-${step}`);

      // First run: every language named in its own script.
      await page.locator(tid('language-option-ar')).waitFor();
      assert.equal((await page.locator(tid('language-option-ar')).innerText()).split('\n')[0], 'العربية');
      await checkAccessibility(page, 'first run');
      await shot('1-first-run');
      await page.click(tid(`language-option-${lang}`));

      // Home: the whole layout follows the language's direction; first steps first.
      await page.locator(tid('topic-first-steps')).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), reader.dir);
      assert.equal((await page.locator('main h1').innerText()).trim(), reader.home);
      const topics = await page.locator('[data-testid^="topic-"]').evaluateAll((els) => els.map((e) => e.dataset.testid));
      assert.equal(topics[0], 'topic-first-steps');
      assert.equal(topics.length, 11);
      const navHome = await page.locator(tid('nav-home')).boundingBox();
      const navSettings = await page.locator(tid('nav-settings')).boundingBox();
      if (size === 'phone') {
        // The tab row reads from the reader's start side: mirrored in Arabic.
        assert.equal(navHome.x < navSettings.x, reader.dir === 'ltr', 'navigation order follows the direction');
      }
      await checkAccessibility(page, 'home');
      await assertNoHorizontalScroll(page, 'home');
      await shot('2-home');

      // An article, with a notice when its translation is out of date.
      const article = staleArticle(lang === 'en' ? 'ar' : lang);
      await page.click(tid(`article-link-${article.slug}`));
      await page.locator(tid('article-title')).waitFor();
      if (lang === 'en') {
        assert.equal(await page.locator(tid('stale-notice')).count(), 0, 'English is the source: never stale');
        assert.equal(await page.locator(tid('fallback-notice')).count(), 0);
      } else {
        assert.equal((await page.locator(tid('article-title')).innerText()).trim(), article.title);
        assert.match(await page.locator(tid('stale-notice')).innerText(), new RegExp(reader.stale));
      }
      // Share copies plain text where the Web Share API is missing (desktop Linux).
      await page.click(tid('share'));
      await page.locator('.article .status').filter({ hasText: /./ }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(copied.startsWith((await page.locator(tid('article-title')).innerText()).trim()), 'the title leads the shared text');
      assert.ok(!copied.includes('##') && !copied.includes('<'), 'shared as plain text, not Markdown or HTML');
      // Text size: the whole article grows, and nothing scrolls sideways.
      const before = await page.locator('.prose').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      await page.click(tid('text-larger'));
      await page.waitForFunction(
        (b) => parseFloat(getComputedStyle(document.querySelector('.prose')).fontSize) > b,
        before,
        { timeout: 5000 },
      );
      assert.equal(await page.evaluate(() => localStorage.getItem('peerguide.textSize')), '1.25');
      await page.click(tid('text-smaller'));
      if (size === 'laptop') assert.ok(await page.locator('.split-list').isVisible(), 'two panes on a laptop');
      await checkAccessibility(page, 'article');
      await assertNoHorizontalScroll(page, 'article');
      await shot('3-article');

      // Search as you type, in the reader's language first.
      await page.click(tid('nav-search'));
      await page.locator(tid('search-input')).pressSequentially(reader.query, { delay: 60 });
      assert.equal(await page.locator(tid('search-input')).inputValue(), reader.query);
      await page.locator('[data-testid="search-results"] a').first().waitFor();
      assert.equal(await page.locator('[data-testid="search-results"] a').first().locator('.article-link-title').getAttribute('lang'), lang);
      assert.ok((await page.locator('[data-testid="search-results"] mark').count()) > 0, 'matches are marked');
      await checkAccessibility(page, 'search');
      await shot('4-search');

      // Services: each filter narrows the list; calling, copying and the website work.
      await page.click(tid('nav-services'));
      await page.locator('[data-testid^="service-"]').first().waitFor();
      const all = await page.locator('.cards > li').count();
      // Every demo service is labelled sample data and says when its details were checked.
      assert.equal(await page.locator('.cards [data-testid="sample-label"]').count(), all, 'every demo service is labelled');
      assert.equal(await page.locator('.cards .badge-sample').first().innerText(), reader.sample);
      const checked = await page.locator('.cards [data-testid="checked-on"]').first().innerText();
      assert.ok(checked.startsWith(reader.checked), checked);
      assert.match(checked, lang === 'en' ? /2026/ : /٢٠٢٦|2026/, 'the day is written out with its year');
      await filter(page, 'topic=housing', () => page.selectOption('#services-topic', 'housing'));
      await filter(page, 'speaks=ar', () => page.selectOption('#services-speaks', 'ar'));
      const filtered = await page.locator('.cards > li').count();
      assert.ok(filtered > 0 && filtered < all, `filters narrow ${all} services to ${filtered}`);
      const call = page.locator('.cards a[href^="tel:"]').first();
      assert.match(await call.getAttribute('href'), /^tel:\+\d+$/);
      assert.equal(await page.locator('.cards .phone').first().getAttribute('dir'), 'ltr');
      await page.locator('.cards button').first().click();
      const address = await page.locator('.cards address').first().innerText();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), address.trim());
      // "Open now" leaves only services marked open (how many depends on the clock).
      await filter(page, 'open_now=true', () => page.check('#services-open'));
      assert.equal(await page.locator('.cards .badge-closed').count(), 0, 'only open services when "open now" is on');
      await checkAccessibility(page, 'services');
      await assertNoHorizontalScroll(page, 'services');
      await page.uncheck('#services-open');
      await shot('5-services');

      // Volunteers: public profiles, filtered by language.
      await page.click(tid('nav-volunteers'));
      await page.locator('[data-testid^="volunteer-"]').first().waitFor();
      const everyone = await page.locator('.cards > li').count();
      await filter(page, 'speaks=ti', () => page.selectOption('#volunteers-speaks', 'ti'));
      assert.ok((await page.locator('.cards > li').count()) < everyone, 'the filter narrows the list');
      assert.ok((await page.locator('.cards > li').count()) > 0, 'someone speaks Tigrinya');
      await checkAccessibility(page, 'volunteers');
      await shot('6-volunteers');

      // Settings: about shows the version and the content's date in the reader's language.
      await page.click(tid('nav-settings'));
      await page.locator(tid('about')).waitFor();
      assert.match(await page.locator(tid('about')).innerText(), /0\.1\.0/);
      await checkAccessibility(page, 'settings');
      await shot('7-settings');

      // The choice of language survives a reload.
      await page.reload();
      await page.locator(tid('nav-home')).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.evaluate(() => localStorage.getItem('peerguide.lang')), lang);
      await app.close();
    });
  }
}

// Every article is in Tigrinya, Sorani, Farsi and Arabic; no article is written in Spanish yet.
test('a Spanish reader is told an article is shown in English', async () => {
  const app = await openApp(browser, PHONE, { lang: 'es' });
  const { page } = app;
  const article = untranslatedArticle('es');
  await page.locator(tid(`article-link-${article.slug}`)).click();
  await page.locator(tid('article-title')).waitFor();
  assert.equal((await page.locator(tid('article-title')).innerText()).trim(), article.title);
  assert.equal(await page.locator('article').getAttribute('lang'), 'en');
  // Written in Spanish, naming Spanish in Spanish.
  const notice = await page.locator(tid('fallback-notice')).innerText();
  assert.match(notice, /español/i);
  assert.match(notice, /todavía no está traducido/);
  await checkAccessibility(page, 'fallback article');
  await screenshot(page, 'phone-es-fallback-article');
  await app.close();
});

test('at 320 px with text at 200%, no screen scrolls sideways (Arabic)', async () => {
  const app = await openApp(browser, { width: 320, height: 640 }, { lang: 'ar' });
  const { page } = app;
  await page.evaluate(() => localStorage.setItem('peerguide.textSize', '2'));
  await page.reload();
  await page.locator(tid('topic-first-steps')).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '200%');
  for (const nav of ['nav-home', 'nav-search', 'nav-services', 'nav-volunteers', 'nav-settings']) {
    await page.click(tid(nav));
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await assertNoHorizontalScroll(page, nav);
  }
  await screenshot(page, 'phone320-ar-200pct-settings');
  await app.close();
});

test('an unknown article shows a translated error, not English details', async () => {
  const app = await openApp(browser, PHONE, { lang: 'ar' });
  const { page } = app;
  await page.goto(`${process.env.PEERGUIDE_URL}/#/article/no-such-article`);
  const error = page.locator(tid('error'));
  await error.waitFor();
  const text = await error.innerText();
  assert.ok(!/article|slug/i.test(text), `the message is in Arabic: ${text}`);
  await screenshot(page, 'phone-ar-error');
  await app.close();
});
