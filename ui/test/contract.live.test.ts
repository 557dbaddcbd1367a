// The hand-written types in src/types.ts against live answers of `peerguide serve` on the demo
// content. Each `keys` record must list exactly the fields of its type (TypeScript refuses a
// missing or unknown one), and every answer must carry exactly those fields: a field added,
// renamed or removed on the Rust side fails here. Run by scripts/e2e.sh with PEERGUIDE_URL.

import { expect, test } from 'vitest';
import type { About, ArticleSummary, ArticleView, LanguageInfo, LockStatus, OrganisationView, PlanView, Provenance, SearchHit, SearchStatus, ServiceView, Source, StepView, SupportRule, SyncView, TopicSection, Translated, Translation, Volunteer } from '../src/types';

type Keys<T> = Record<keyof T, 'required' | 'optional'>;
const req = 'required' as const;
const opt = 'optional' as const;

const languageInfo: Keys<LanguageInfo> = { code: req, native_name: req, english_name: req, direction: req };
const topicSection: Keys<TopicSection> = { topic: req, articles: req };
const articleSummary: Keys<ArticleSummary> = { id: req, slug: req, topic: req, lang: req, is_fallback: req, stale: req, title: req, summary: req };
const articleView: Keys<ArticleView> = { id: req, slug: req, topic: req, requested: req, lang: req, is_fallback: req, stale: req, revision: req, translation: req, provenance: req, overdue: req, available: req };
const translation: Keys<Translation> = { lang: req, title: req, summary: req, body: req, source_revision: req, review: req, translated: req };
const translated: Keys<Translated> = { method: req, by: req, second_review: req };
const provenance: Keys<Provenance> = { reviewed_on: req, reviewed_by: req, review_by: req, sources: req };
const source: Keys<Source> = { title: req, url: req, retrieved: req };
const searchHit: Keys<SearchHit> = { article_id: req, slug: req, topic: req, lang: req, is_fallback: req, stale: req, title: req, snippet: req };
const searchStatus: Keys<SearchStatus> = { pending: req };
const serviceView: Keys<ServiceView> = {
  id: req, slug: req, name: req, topics: req, area: req, address: req, phone: req, web: req, email: req, languages: req,
  cost: req, access: req, hours: req, reviewed_on: req, sample: req, text_lang: req, is_fallback: req, description: req,
  accessibility: req, open: req,
};
const volunteer: Keys<Volunteer> = { id: req, slug: req, display_name: req, languages: req, topics: req, availability: req, contacts: req, about: req, away_until: opt, review: opt };
const organisationView: Keys<OrganisationView> = {
  name: req, phone: req, email: req, website: req, address: req, hours: req, open: req, interpreter: req, interpreter_lang: req, is_fallback: req,
};
const about: Keys<About> = { version: req, content_date: req, articles: req, services: req, volunteers: req };


const planView: Keys<PlanView> = {
  lang: req, is_fallback: req, translated: req, today: req, decision: req, support_end: req, rules: req, steps: req, focus: req,
};
const stepView: Keys<StepView> = { id: req, title: req, text: req, article: req, anchor: req, days: req, due: req, status: req, done: req, note: req };
const supportRule: Keys<SupportRule> = { id: req, from: opt, days: req, source: opt };

const syncView: Keys<SyncView> = { hub: req, last_attempt: req, last_sync: req, changes: req, changed_articles: req, pending: req };
const lockStatus: Keys<LockStatus> = { encrypted: req, locked: req, attempts_left: req, idle_minutes: req, keystore: req, notice: req };

const BASE = process.env.PEERGUIDE_URL;

async function get(path: string): Promise<unknown> {
  if (!BASE) throw new Error('PEERGUIDE_URL is not set');
  const r = await fetch(`${BASE}/api/${path}`);
  expect(r.status, path).toBe(200);
  return r.json();
}

function matches(value: unknown, keys: Record<string, string>, where: string) {
  expect(value, where).toBeTypeOf('object');
  const got = Object.keys(value as object).sort();
  const required = Object.entries(keys).filter(([, k]) => k === 'required').map(([n]) => n);
  for (const k of required) expect(got, `${where} lacks ${k}`).toContain(k);
  for (const k of got) expect(Object.keys(keys), `${where} has ${k}, which src/types.ts does not know`).toContain(k);
}

const first = (v: unknown) => (v as unknown[])[0];

test('languages', async () => matches(first(await get('languages')), languageInfo, 'LanguageInfo'));
test('home', async () => {
  const home = first(await get('home?lang=ar')) as TopicSection;
  matches(home, topicSection, 'TopicSection');
  matches(home.articles[0], articleSummary, 'ArticleSummary');
});
test('article', async () => {
  const view = (await get('article?lang=ti&slug=universal-credit')) as ArticleView;
  matches(view, articleView, 'ArticleView');
  matches(view.translation, translation, 'Translation');
  matches(view.translation.translated, translated, 'Translated');
  matches(view.provenance, provenance, 'Provenance');
  matches(view.provenance.sources[0], source, 'Source');
});
test('search', async () => matches(first(await get('search?lang=en&query=doctor')), searchHit, 'SearchHit'));
test('search_status', async () => {
  const status = await get('search_status');
  matches(status, searchStatus, 'SearchStatus');
  expect(status, 'an imported pack is searchable whole').toEqual({ pending: 0 });
});
test('services', async () => {
  for (const s of (await get('services?lang=en')) as object[]) matches(s, serviceView, 'ServiceView');
});
test('service', async () => {
  const first = ((await get('services?lang=fa')) as ServiceView[])[0];
  matches(await get(`service?lang=fa&slug=${first.slug}`), serviceView, 'ServiceView (one)');
});
test('organisation', async () => matches(await get('organisation?lang=ti'), organisationView, 'OrganisationView'));
test('volunteers', async () => matches(first(await get('volunteers')), volunteer, 'Volunteer'));
test('about', async () => matches(await get('about'), about, 'About'));
test('sync_status', async () => matches(await get('sync_status?lang=en'), syncView, 'SyncView'));
test('plan_guide', async () => {
  const view = (await get('plan_guide?lang=fa&today=2026-03-20')) as PlanView;
  matches(view, planView, 'PlanView');
  matches(view.steps[0], stepView, 'StepView');
  for (const r of view.rules) matches(r, supportRule, 'SupportRule');
});
test('lock_status', async () => matches(await get('lock_status'), lockStatus, 'LockStatus'));
