// The move-on plan as a reader reads it: how each deadline is said in their language, the
// Solar Hijri date Persian readers also see, the step to read first, and reminders the day
// before (in the app only, once each, never without permission).

import { describe, expect, test } from 'vitest';
import { localize } from '../src/i18n';
import { deadlineRule, dueTomorrow, inReadingOrder, nextDay, planDay, solarHijri, stepLink } from '../src/plan';
import { remindAboutTomorrow } from '../src/reminders';
import type { PlanView, StepView } from '../src/types';

const clean = (s: string) => s.replace(/[\u2068\u2069]/g, '');

function step(id: string, due: string | null, done = false, anchor: StepView['anchor'] = 'decision', days = 3): StepView {
  return { id, title: `Step ${id}`, text: 'Do it.', article: null, anchor, days, due, status: null, done, note: '' };
}

function plan(steps: StepView[], today = '2026-03-12', focus: string | null = steps.find((s) => !s.done)?.id ?? null): PlanView {
  return { lang: 'en', is_fallback: false, translated: null, today, decision: '2026-03-09', support_end: null, rules: [], steps, focus };
}

describe('plan', () => {
  test('each deadline is said from its anchor, with plurals', async () => {
    const en = await localize('en');
    expect(clean(deadlineRule({ anchor: 'decision', days: 3 }, en))).toBe('Within 3 days of your decision');
    expect(clean(deadlineRule({ anchor: 'decision', days: 1 }, en))).toBe('Within 1 day of your decision');
    expect(clean(deadlineRule({ anchor: 'support-end', days: -14 }, en))).toBe('14 days before your support ends');
    expect(clean(deadlineRule({ anchor: 'support-end', days: 0 }, en))).toBe('On the day your support ends');
    const ar = await localize('ar');
    expect(clean(deadlineRule({ anchor: 'decision', days: 2 }, ar))).toBe('خلال يومين من قرارك');
  });

  test('Persian readers also see the Solar Hijri date, in Persian digits', async () => {
    // 20 March 2026 is Nowruz eve: 29 Esfand 1404; 21 March is 1 Farvardin 1405.
    expect(solarHijri('2026-03-21', 'fa')).toContain('۱۴۰۵');
    expect(solarHijri('2026-03-21', 'fa')).toContain('فروردین');
    expect(solarHijri('2026-03-20', 'fa')).toContain('۱۴۰۴');
    expect(solarHijri('2026-03-21', 'en')).toBe('');
    expect(solarHijri('2026-03-21', 'ar')).toBe('');
    const fa = await localize('fa');
    const day = planDay('2026-03-21', fa);
    expect(day).toContain('۱۴۰۵');
    expect(day).toContain('2026'.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]));
    const en = await localize('en');
    expect(planDay('2026-03-21', en)).toBe('21 March 2026');
  });

  test('the step to do first leads, or the one a link opened', () => {
    const view = plan([step('a', '2026-03-10', true), step('b', '2026-03-12'), step('c', '2026-03-20')]);
    expect(inReadingOrder(view).map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(inReadingOrder(view, 'c').map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(inReadingOrder(view, 'gone').map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  test('tomorrow is the next calendar day, across month ends and the leap day', () => {
    expect(nextDay('2026-03-31')).toBe('2026-04-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-03-28')).toBe('2026-03-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  test('a step link is the hash route of the step', () => {
    expect(stepLink('universal-credit', { origin: 'http://127.0.0.1:8080', pathname: '/' } as Location)).toBe('http://127.0.0.1:8080/#/plan/universal-credit');
  });

  test('reminders: steps due tomorrow and not done, once each, only with permission', async () => {
    const en = await localize('en');
    const view = plan([step('due', '2026-03-13'), step('ticked', '2026-03-13', true), step('later', '2026-03-20')]);
    expect(dueTomorrow(view).map((s) => s.id)).toEqual(['due']);

    const refused: unknown[] = [];
    const deny = async (cmd: string, args?: Record<string, unknown>) => {
      refused.push([cmd, args]);
      return cmd.endsWith('request_permission') ? 'denied' : false;
    };
    expect(await remindAboutTomorrow(view, en, deny)).toBe(0);
    expect(refused.some((c) => (c as [string])[0].endsWith('notify'))).toBe(false);
    // Refused once: not asked again in this run (every save of the plan reminds).
    expect(await remindAboutTomorrow(view, en, deny)).toBe(0);
    expect(refused.filter((c) => (c as [string])[0].endsWith('request_permission'))).toHaveLength(1);

    const sent: { title: string; body: string }[] = [];
    const allow = async (cmd: string, args?: Record<string, unknown>) => {
      if (cmd.endsWith('notify')) sent.push((args as { options: { title: string; body: string } }).options);
      return true;
    };
    expect(await remindAboutTomorrow(view, en, allow)).toBe(1);
    expect(sent).toEqual([{ title: 'Due tomorrow', body: 'Step due: by 13 March 2026' }]);
    // Not twice in one run of the app.
    expect(await remindAboutTomorrow(view, en, allow)).toBe(0);
    // A browser has no shell: nothing is shown and nothing fails.
    expect(await remindAboutTomorrow(plan([step('other', '2026-03-13')]), en, async () => undefined)).toBe(0);
  });
});
