// The public reader's answers without a connection: search over the bundle folded as the
// core folds, and services open now in Glasgow time (clock changes and overnight hours).

import { describe, expect, test } from 'vitest';
import { covers, glasgow, isOpenAt, search, type Bundle } from '../src/offline';
import type { ArticleView, OpeningHours } from '../src/types';

function article(slug: string, title: string, summary: string, text: string): { view: ArticleView; text: string } {
  return {
    text,
    view: {
      id: slug,
      slug,
      topic: 'housing',
      requested: 'ar',
      lang: 'ar',
      is_fallback: false,
      stale: false,
      revision: 1,
      translation: { lang: 'ar', title, summary, body: text, source_revision: 1, review: 'reviewed', translated: { method: null, by: null, second_review: false } },
      provenance: { reviewed_on: null, reviewed_by: null, review_by: '2026-01-01', sources: [] },
      overdue: false,
      available: ['ar'],
    },
  };
}

const bundle = {
  format: 1,
  lang: 'ar',
  articles: [
    article('gp', 'التسجيل لدى طبيب عام', 'كيف تسجّل', 'اذهب إلى العيادة بالقرب من سَكَنك.'),
    article('housing', 'السكن المؤقت', 'البحث عن مسكن', 'مجلس المدينة يساعد في السكن.'),
  ],
} as unknown as Bundle;

describe('offline search', () => {
  test('finds Arabic typed without article, marks and with other letter forms', () => {
    expect(search(bundle, 'سكن').map((h) => h.slug)).toEqual(['housing', 'gp']);
    expect(search(bundle, 'طبيب').map((h) => h.slug)).toEqual(['gp']);
    expect(search(bundle, 'الس').map((h) => h.slug).sort()).toEqual(['gp', 'housing']);
    expect(search(bundle, 'عياده').map((h) => h.slug)).toEqual(['gp']);
    expect(search(bundle, 'nothing')).toEqual([]);
  });
  test('marks the words it matched in the original text', () => {
    const [hit] = search(bundle, 'سكن');
    expect(hit.title.filter((f) => f.hit).map((f) => f.text)).toEqual(['السكن']);
    expect(hit.title.map((f) => f.text).join('')).toBe('السكن المؤقت');
  });
});

describe('open now, in Glasgow time', () => {
  const hours: OpeningHours = { weekly: { mon: ['09:00-17:00'], sat: ['22:00-06:00'] }, closures: [{ from: '2026-12-28', to: '2026-12-28' }] };
  test('summer time and winter time', () => {
    // 2026-07-06 is a Monday; 08:30 UTC is 09:30 in Glasgow (BST).
    expect(isOpenAt(hours, glasgow(new Date('2026-07-06T08:30:00Z')))).toBe(true);
    expect(isOpenAt(hours, glasgow(new Date('2026-07-06T16:30:00Z')))).toBe(false);
    // 2026-01-05 is a Monday; 08:30 UTC is 08:30 in Glasgow (GMT).
    expect(isOpenAt(hours, glasgow(new Date('2026-01-05T08:30:00Z')))).toBe(false);
    expect(isOpenAt(hours, glasgow(new Date('2026-01-05T16:30:00Z')))).toBe(true);
  });
  test('hours past midnight count on the next day, and a closure overrides the week', () => {
    // Sunday 2026-01-04 03:00: Saturday's night hours.
    expect(isOpenAt(hours, glasgow(new Date('2026-01-04T03:00:00Z')))).toBe(true);
    expect(isOpenAt(hours, glasgow(new Date('2026-12-28T10:00:00Z')))).toBe(false);
  });
  test('a volunteer away until a day is not available on it', () => {
    const at = glasgow(new Date('2026-07-06T10:00:00Z'));
    expect(covers({ mon: ['09:00-17:00'] }, at, () => false)).toBe(true);
    expect(covers({ mon: ['09:00-17:00'] }, at, (day) => day <= '2026-07-06')).toBe(false);
  });
});
