// What a reader is told about where an article comes from: how long ago it was checked, which
// translations are a computer's, and what "Share" sends.

import { describe, expect, test } from 'vitest';
import { localize } from '../src/i18n';
import { articleLink, isUnreviewedMachine, monthsBetween, shareText, todayIso } from '../src/provenance';
import type { ArticleView } from '../src/types';

function view(overrides: Partial<ArticleView> = {}, method: 'machine' | 'volunteer' | null = 'machine', second_review = false): ArticleView {
  return {
    id: '0',
    slug: 'first-week-checklist',
    topic: 'first-steps',
    requested: 'ar',
    lang: 'ar',
    is_fallback: false,
    stale: false,
    revision: 1,
    translation: {
      lang: 'ar',
      title: 'الأسبوع الأول',
      summary: 'ملخص',
      body: 'افعل **هذا** أولًا.',
      source_revision: 1,
      review: 'machine',
      translated: { method, by: null, second_review },
    },
    provenance: { reviewed_on: '2026-03-12', reviewed_by: 'Peer Guide content team', review_by: '2026-09-12', sources: [] },
    overdue: true,
    available: ['ar', 'en'],
    ...overrides,
  };
}

describe('provenance', () => {
  test('months are whole months, counted the way people count them', () => {
    expect(monthsBetween('2026-03-12', '2026-11-29')).toBe(8);
    expect(monthsBetween('2026-03-12', '2026-11-11')).toBe(7);
    expect(monthsBetween('2026-03-12', '2026-03-12')).toBe(0);
    expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
  });

  test("today is the device's own calendar day", () => {
    expect(todayIso(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
  });

  test('only an unchecked machine translation gets the notice, never English', () => {
    expect(isUnreviewedMachine(view())).toBe(true);
    expect(isUnreviewedMachine(view({}, 'machine', true))).toBe(false);
    expect(isUnreviewedMachine(view({}, 'volunteer'))).toBe(false);
    expect(isUnreviewedMachine(view({ lang: 'en' }))).toBe(false);
  });

  test('the overdue notice says how long ago, in the reader’s plural', async () => {
    const en = await localize('en');
    const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');
    expect(plain(en.t('article-overdue', { months: 8 }))).toBe('This guide was last checked 8 months ago: rules may have changed.');
    expect(plain(en.t('article-overdue', { months: 1 }))).toMatch(/checked 1 month ago/);
    const ar = await localize('ar');
    expect(ar.t('article-overdue', { months: 2 })).toMatch(/شهرين/);
  });

  test('"Share" sends the checked-on date and the link', async () => {
    const en = await localize('en');
    const text = shareText(view(), en, 'http://127.0.0.1:8080/#/article/first-week-checklist');
    expect(text).toContain('افعل هذا أولًا.');
    expect(text).toContain('Checked on 12 March 2026');
    expect(text.endsWith('http://127.0.0.1:8080/#/article/first-week-checklist')).toBe(true);
  });
});

test('a link shared from the public reader is its path form in the reader\'s language', () => {
  const here = { origin: 'https://hub.example.org', pathname: '/' } as Location;
  expect(articleLink('register-with-a-gp', here, 'ar')).toBe('https://hub.example.org/ar/guide/register-with-a-gp');
  expect(articleLink('register-with-a-gp', here)).toBe('https://hub.example.org/#/article/register-with-a-gp');
});
