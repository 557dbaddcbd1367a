// The move-on plan on a phone (360 px) in English, Arabic and Farsi, the browser's clock fixed
// on 20 March 2026: from home to the plan, the decision date entered (9 March 2026, the day
// the 42-day rule began), every step dated in the reader's language (Farsi also in the Solar
// Hijri calendar), overdue marked, the step to do first, a tick and a note kept, the calendar
// file, a step's link, the volunteers' view without dates, and everything deleted. The dates
// and the note never appear in a URL; the device is left as it was found.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PHONE, assertNoHorizontalScroll, checkAccessibility, launch, openApp, screenshot, tid } from './browser.mjs';

const DECISION = '2026-03-09';
const NOTE = 'Jobcentre Plus, Laurieston, 10:30';

const READERS = {
  en: { overdue: 'Overdue', first: 'Do this first' },
  ar: { overdue: 'متأخرة', first: 'افعل هذا أولاً' },
  fa: { overdue: 'عقب افتاده', first: 'اول این کار را بکنید' },
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const plain = (s) => s.replace(/[\u2068\u2069]/g, '').trim();

/** The date as the page's own Intl writes it for `lang` (Gregorian), and for Farsi the Solar
 * Hijri date too. */
async function expectedDays(page, lang, iso) {
  return page.evaluate(
    ([l, d]) => {
      const at = new Date(`${d}T00:00:00Z`);
      const opts = { dateStyle: 'long', timeZone: 'UTC' };
      const gregorian = new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : `${l}-u-ca-gregory`, opts).format(at);
      const hijri = l === 'fa' ? new Intl.DateTimeFormat('fa-u-ca-persian-nu-arabext', opts).format(at) : null;
      return { gregorian, hijri };
    },
    [lang, iso],
  );
}

for (const [lang, reader] of Object.entries(READERS)) {
  test(`${lang} reader: a plan with their dates, kept on the device and deleted at once`, async () => {
    const app = await openApp(browser, PHONE, { lang });
    const { page, context } = app;
    const urls = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.clock.setFixedTime(new Date('2026-03-20T12:00:00Z'));
    // The shared device starts with no plan of anyone's (a failed run may have left one).
    assert.equal((await page.request.post(new URL('/api/delete_plan', BASE).href, { data: {} })).status(), 200);
    await page.goto(BASE);

    // From home.
    await page.click(tid('home-plan'));
    await page.locator(tid('plan-decision-input')).waitFor();
    await checkAccessibility(page, `${lang} plan before dates`);
    await assertNoHorizontalScroll(page, `${lang} plan before dates`);
    await screenshot(page, `plan-${lang}-1-start`);
    if (lang !== 'en') assert.equal(await page.locator(tid('plan-machine')).count(), 1, 'machine translation said');

    await page.fill(tid('plan-decision-input'), DECISION);
    await page.click(tid('plan-save-dates'));
    await page.locator(tid('plan-end')).waitFor();

    // 42 days from 9 March 2026: 20 April 2026, in the reader's language and calendar.
    const end = await expectedDays(page, lang, '2026-04-20');
    const endText = plain(await page.locator(tid('plan-end')).innerText());
    assert.ok(endText.includes(end.gregorian), `${endText} has ${end.gregorian}`);
    if (end.hijri) assert.ok(endText.includes(end.hijri), `${endText} has ${end.hijri}`);
    const decision = await expectedDays(page, lang, DECISION);
    assert.ok(plain(await page.locator(tid('plan-decision')).innerText()).includes(decision.gregorian));

    // Today's step first: the UKVI account, due 12 March, overdue on the 20th.
    const first = page.locator('.plan-step-first');
    assert.equal(await first.getAttribute('data-testid'), 'step-ukvi-account');
    assert.equal(plain(await first.locator(tid('step-status')).innerText()), reader.overdue);
    const due = await expectedDays(page, lang, '2026-03-12');
    assert.ok(plain(await first.locator(tid('step-due')).innerText()).includes(due.gregorian));
    assert.equal(await page.locator('h2#plan-first').innerText(), reader.first);
    // A step due in three days is not overdue; the last step is on the day support ends.
    assert.equal(await page.locator(`${tid('step-register-with-a-gp')} ${tid('step-status')}`).count(), 1);
    assert.ok(plain(await page.locator(`${tid('step-move-out')} ${tid('step-due')}`).innerText()).includes(end.gregorian));
    await checkAccessibility(page, `${lang} plan with dates`);
    await assertNoHorizontalScroll(page, `${lang} plan with dates`);
    await screenshot(page, `plan-${lang}-2-dated`);

    // Tick the first step: the next one leads. Write a note on it; it is there after a reload.
    await page.locator(`${tid('step-ukvi-account')} ${tid('step-done')}`).click();
    await page.waitForFunction(() => document.querySelector('.plan-step-first')?.getAttribute('data-testid') === 'step-universal-credit');
    const uc = page.locator('.plan-step-first');
    await uc.locator(tid('step-note')).fill(NOTE);
    await uc.locator(tid('step-save-note')).click();
    await page.waitForFunction(() => document.querySelector('.plan-step-first [data-testid="step-save-note"]')?.disabled === true);
    await page.reload();
    await page.locator(tid('plan-end')).waitFor();
    assert.equal(await page.locator(`${tid('step-universal-credit')} ${tid('step-note')}`).inputValue(), NOTE);
    assert.ok(await page.locator(`${tid('step-ukvi-account')} ${tid('step-done')}`).isChecked());
    await screenshot(page, `plan-${lang}-3-ticked`);

    // The calendar file: made on the device, all-day events, one per step still to do.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(tid('plan-calendar'))]);
    assert.equal(download.suggestedFilename(), 'move-on-plan.ics');
    const ics = await (async () => {
      const chunks = [];
      for await (const c of await download.createReadStream()) chunks.push(c);
      return Buffer.concat(chunks).toString('utf8');
    })();
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20260420\r\n/);
    assert.match(ics, /\r\nUID:step-universal-credit@/);
    assert.doesNotMatch(ics, /UID:step-ukvi-account@/, 'a ticked step is not in the calendar');

    // A step's link, as a volunteer shares it, opens that step first.
    await page.locator(`${tid('step-bank-account')} ${tid('step-share')}`).click();
    await page.locator(`${tid('step-bank-account')} .status`).filter({ hasText: /./ }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.endsWith('#/plan/bank-account'), link);
    await page.goto(link);
    await page.waitForFunction(() => document.querySelector('.plan-step-first')?.getAttribute('data-testid') === 'step-bank-account');

    // The volunteers' view: every step, nobody's dates or notes.
    await page.click(tid('plan-guide-link'));
    await page.locator(tid('plan-own')).waitFor();
    assert.equal(await page.locator(tid('step-due')).count(), 0, 'no dates in the guide');
    assert.equal(await page.locator(tid('step-note')).count(), 0, 'no notes in the guide');
    assert.equal(await page.locator(tid('plan-end')).count(), 0);
    assert.equal(await page.locator('.plan-step').count(), 8);
    await checkAccessibility(page, `${lang} plan guide`);
    await assertNoHorizontalScroll(page, `${lang} plan guide`);
    await screenshot(page, `plan-${lang}-4-guide`);

    // Delete all of it, after a confirmation.
    await page.click(tid('plan-own'));
    await page.locator(tid('plan-delete')).click();
    await checkAccessibility(page, `${lang} plan delete confirmation`);
    await screenshot(page, `plan-${lang}-5-confirm`);
    await page.click(tid('plan-delete-confirm'));
    await page.locator(tid('plan-decision-input')).waitFor();
    assert.notEqual(plain(await page.locator(tid('plan-deleted')).innerText()), '');
    assert.equal(await page.locator(tid('step-due')).count(), 0);
    assert.equal(await page.locator(`${tid('step-universal-credit')} ${tid('step-note')}`).inputValue(), '');

    // Nothing personal ever went into an address (where a log could keep it).
    for (const url of urls) {
      assert.ok(!url.includes(DECISION) && !decodeURIComponent(url).includes('Laurieston'), url);
    }
    await app.close();
  });
}
