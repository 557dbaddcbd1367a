// The hub's public reader without a connection: the per-language bundle the hub serves
// (`/bundle/<lang>.json`: every published article, service and public profile in that
// language), kept in the browser's Cache Storage, refreshed in the background with its ETag,
// and the reads the UI makes answered from it when the network fails. Only the public reader
// uses this (its page links a web app manifest); the app and web mode read their own core.

import { ApiError, NETWORK, type Op } from './api';
import { fold, typedStem, words } from './fold';
import type {
  About,
  ArticleView,
  Fragment,
  LanguageInfo,
  OpeningHours,
  OrganisationView,
  SearchHit,
  ServiceView,
  TopicSection,
  Volunteer,
  WeeklyHours,
  Weekday,
} from './types';

/** The window event fired when the hub answers again after the bundle answered for it. */
export const BACK_ONLINE = 'peerguide-back-online';

/** The bundle's format this UI reads (the hub's `bundle::FORMAT`). */
export const FORMAT = 1;
const CACHE = 'peerguide-bundles';
const META_KEY = 'peerguide.bundle.';

export interface Bundle {
  format: number;
  lang: string;
  languages: LanguageInfo[];
  about: About;
  home: TopicSection[];
  articles: { view: ArticleView; text: string }[];
  services: ServiceView[];
  organisation: OrganisationView | null;
  volunteers: Volunteer[];
}

export interface Held {
  bundle: Bundle;
  /** When the hub last confirmed or sent it (ISO 8601). */
  fetched: string;
  /** A newer bundle arrived while the reader had the page open. */
  updated: boolean;
}

/** True on the hub's public reader: only its pages link a web app manifest. */
export function isPublicReader(doc: Document = document): boolean {
  return doc.querySelector('link[rel="manifest"]') !== null;
}

const url = (lang: string) => `/bundle/${encodeURIComponent(lang)}.json`;

interface Meta {
  etag: string;
  fetched: string;
}
function readMeta(lang: string): Meta | null {
  try {
    return JSON.parse(localStorage.getItem(META_KEY + lang) ?? 'null') as Meta | null;
  } catch {
    return null;
  }
}
function writeMeta(lang: string, meta: Meta) {
  try {
    localStorage.setItem(META_KEY + lang, JSON.stringify(meta));
  } catch {
    // Storage refused (private mode, full): the bundle is still used for this visit.
  }
}

let held: Held | null = null;
const listeners = new Set<(h: Held | null) => void>();

/** The bundle in use, if any. */
export const current = () => held;

/** Calls `f` whenever the bundle in use changes (a newer one arrived, or a language's). */
export function onChange(f: (h: Held | null) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

function set(h: Held | null) {
  held = h;
  for (const f of listeners) f(h);
}

/** Takes the bundle kept for `lang` (no network), if there is one. */
export async function open(lang: string): Promise<Held | null> {
  if (held?.bundle.lang === lang) return held;
  const meta = readMeta(lang);
  try {
    const hit = meta && (await (await caches.open(CACHE)).match(url(lang)));
    const bundle = hit ? ((await hit.json()) as Bundle) : null;
    if (bundle && meta && bundle.format === FORMAT) {
      set({ bundle, fetched: meta.fetched, updated: false });
      return held;
    }
  } catch {
    // No Cache Storage (an insecure origin): the reader works online only.
  }
  return null;
}

/** What a refresh found: new content, the same, or no hub to ask. */
export type Refreshed = 'changed' | 'same' | 'unreachable';

/** Asks the hub whether `lang`'s bundle changed (a `304` when not) and keeps a new one.
 * Fails quietly when offline. */
export async function refresh(lang: string): Promise<Refreshed> {
  await open(lang);
  const meta = readMeta(lang);
  const had = held?.bundle.lang === lang ? held : null;
  let response: Response;
  try {
    response = await fetch(url(lang), {
      cache: 'no-store',
      headers: had && meta ? { 'if-none-match': meta.etag } : {},
    });
  } catch {
    return 'unreachable';
  }
  const now = new Date().toISOString();
  if (response.status === 304 && had && meta) {
    writeMeta(lang, { etag: meta.etag, fetched: now });
    set({ ...had, fetched: now });
    return 'same';
  }
  if (!response.ok) return 'unreachable';
  const text = await response.text();
  const bundle = JSON.parse(text) as Bundle;
  if (bundle.format !== FORMAT) return 'same';
  try {
    await (await caches.open(CACHE)).put(url(lang), new Response(text, { headers: { 'content-type': 'application/json' } }));
  } catch {
    // Kept in memory for this visit only.
  }
  writeMeta(lang, { etag: response.headers.get('etag') ?? '', fetched: now });
  set({ bundle, fetched: now, updated: had !== null });
  return had !== null ? 'changed' : 'same';
}

/** Answers a read of the UI from the bundle, as the core would; anything else (sync, the
 * device's profile) the public reader does not have, as online. */
export function answer(op: Op, params: Record<string, unknown>, now: Date = new Date()): unknown {
  const b = held?.bundle;
  const lang = params.lang as string | undefined;
  if (!b || (lang !== undefined && lang !== b.lang && op !== 'volunteers')) {
    throw new ApiError(NETWORK, 'offline, and this language was not saved');
  }
  const at = glasgow(now);
  switch (op) {
    case 'languages':
      return b.languages;
    case 'about':
      return b.about;
    case 'home':
      return b.home;
    case 'articles':
      return params.topic ? (b.home.find((s) => s.topic === params.topic)?.articles ?? []) : b.home.flatMap((s) => s.articles);
    case 'article': {
      const found = b.articles.find((a) => a.view.slug === params.slug);
      if (!found) throw new ApiError('article-not-found', `no article ${String(params.slug)}`);
      const today = (params.today as string | undefined) ?? at.date;
      const due = found.view.provenance.review_by;
      return { ...found.view, overdue: due !== null && due < today };
    }
    case 'search':
      return search(b, String(params.query ?? ''), Number(params.limit ?? 20));
    case 'search_status':
      // The bundle is searched whole, as it is: nothing waits for an index.
      return { pending: 0 };
    case 'services':
      return b.services
        .map((s) => ({ ...s, open: isOpenAt(s.hours, at) }))
        .filter(
          (s) =>
            (!params.topic || s.topics.includes(params.topic as never)) &&
            (!params.speaks || s.languages.some((l) => base(l) === base(String(params.speaks)))) &&
            (!params.open_now || s.open) &&
            (!params.text || matches(`${s.name} ${s.description} ${s.area}`, String(params.text))),
        );
    case 'service': {
      const s = b.services.find((x) => x.slug === params.slug);
      if (!s) throw new ApiError('service-not-found', `no service ${String(params.slug)}`);
      return { ...s, open: isOpenAt(s.hours, at) };
    }
    case 'organisation':
      return b.organisation && { ...b.organisation, open: isOpenAt(b.organisation.hours, at) };
    case 'volunteers':
      return b.volunteers.filter(
        (v) =>
          (!params.speaks || v.languages.some((l) => base(l.lang) === base(String(params.speaks)))) &&
          (!params.topic || v.topics.includes(params.topic as never)) &&
          (!params.available_now || covers(v.availability, at, (day) => v.away_until !== undefined && day <= v.away_until)),
      );
    default:
      throw new ApiError('not-found', `${op} is not on the public reader`);
  }
}

const base = (tag: string) => tag.split('-')[0].toLowerCase();

/** Glasgow's wall-clock date, weekday and minutes at `now`, and the day before. */
export interface LocalTime {
  date: string;
  yesterday: string;
  day: Weekday;
  minutes: number;
}
const DAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export function glasgow(now: Date): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const noon = new Date(`${date}T12:00:00Z`);
  const prev = new Date(noon.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { date, yesterday: prev, day: DAYS[noon.getUTCDay()], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The core's `WeeklyHours::covers`: a range of today, or one of yesterday's past midnight. */
export function covers(week: WeeklyHours, at: LocalTime, closedOn: (day: string) => boolean): boolean {
  const ranges = (d: Weekday) => (week[d] ?? []).map((r) => r.split('-').map(toMinutes) as [number, number]);
  const prevDay = DAYS[(DAYS.indexOf(at.day) + 6) % 7];
  const today = !closedOn(at.date) && ranges(at.day).some(([s, e]) => at.minutes >= s && (e <= s || at.minutes < e));
  const yesterday = !closedOn(at.yesterday) && ranges(prevDay).some(([s, e]) => e <= s && at.minutes < e);
  return today || yesterday;
}

/** The core's `OpeningHours::is_open_at`. */
export function isOpenAt(hours: OpeningHours, at: LocalTime): boolean {
  return covers(hours.weekly, at, (day) => (hours.closures ?? []).some((c) => c.from <= day && day <= c.to));
}

/** The folded query words, each with its spellings (a word typed with its article also as
 * its stem, as the core does). */
function queryWords(query: string): string[][] {
  return words(fold(query))
    .slice(0, 8)
    .map((w) => {
      const stem = typedStem(w);
      return stem ? [w, stem] : [w];
    });
}

function matches(text: string, query: string): boolean {
  const have = words(fold(text));
  return queryWords(query).every((spellings) => spellings.some((s) => have.some((w) => w.startsWith(s))));
}

/** Offline search: every typed word must begin a word of the title, summary or text, folded
 * as the core folds; title matches first. */
export function search(b: Bundle, query: string, limit = 20): SearchHit[] {
  const q = queryWords(query);
  if (q.length === 0) return [];
  const hits: { hit: SearchHit; score: number }[] = [];
  for (const { view, text } of b.articles) {
    const t = view.translation;
    const fields = [t.title, t.summary, text].map((f) => words(fold(f)));
    const all = fields.flat();
    if (!q.every((spellings) => spellings.some((s) => all.some((w) => w.startsWith(s))))) continue;
    const inTitle = q.filter((sp) => sp.some((s) => fields[0].some((w) => w.startsWith(s)))).length;
    const terms = q.flat();
    hits.push({
      score: inTitle,
      hit: {
        article_id: view.id,
        slug: view.slug,
        topic: view.topic,
        lang: view.lang,
        is_fallback: view.is_fallback,
        stale: view.stale,
        title: mark(t.title, terms),
        snippet: mark(snippet(`${t.summary} ${text}`, terms), terms),
      },
    });
  }
  return hits
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((h) => h.hit);
}

/** The original text split into fragments, the words beginning with a term marked. */
export function mark(text: string, terms: string[]): Fragment[] {
  const out: Fragment[] = [];
  const push = (s: string, hit: boolean) => {
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else if (s) out.push({ text: s, hit });
  };
  for (const piece of text.split(/([\p{L}\p{M}\p{N}\u200C\u200D\u0640]+)/u)) {
    const w = fold(piece);
    push(piece, w.length > 0 && /[\p{L}\p{N}]/u.test(piece) && terms.some((t) => w.startsWith(t)));
  }
  return out;
}

/** About 30 words of `text` around its first match. */
function snippet(text: string, terms: string[]): string {
  const ws = text.split(/\s+/);
  const first = Math.max(0, ws.findIndex((w) => terms.some((t) => fold(w).replace(/^\P{L}+/u, '').startsWith(t))));
  const start = Math.max(0, first - 8);
  return `${start > 0 ? '… ' : ''}${ws.slice(start, start + 30).join(' ')}${start + 30 < ws.length ? ' …' : ''}`;
}
