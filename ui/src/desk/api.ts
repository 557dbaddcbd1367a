// The desk's one transport: the hub's `/desk/api/*` routes, with the session cookie the
// browser holds (HttpOnly, so no script here can read it) and, on every write, the session's
// CSRF token in a header. Failures become `DeskError { code }`, translated by the UI.

export class DeskError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export interface Session {
  name: string;
  csrf: string;
  expires_at: number;
}

export type Cell = 'missing' | 'machine' | 'volunteer' | 'reviewed' | 'out-of-date' | 'overdue';

export interface ArticleRow {
  slug: string;
  title: string;
  topic: string;
  draft: boolean;
  unpublished: boolean;
  cells: Record<string, Cell>;
}

export interface LanguageCount {
  lang: string;
  present: number;
  reviewed: number;
  out_of_date: number;
  machine: number;
}

export interface ServiceRow {
  slug: string;
  name: string;
  reviewed_on: string | null;
  overdue: boolean;
  draft: boolean;
}

export interface Overview {
  today: string;
  languages: string[];
  total: number;
  counts: LanguageCount[];
  articles: ArticleRow[];
  services: ServiceRow[];
}

export interface Translation {
  lang: string;
  title: string;
  summary: string;
  body: string;
  source_revision: number;
  review: 'draft' | 'machine' | 'reviewed';
  translated: { method: 'machine' | 'volunteer' | 'professional' | null; by: string | null; second_review: boolean };
}

export interface Source {
  title: string;
  url: string;
  retrieved: string;
}

export interface Article {
  id: string;
  slug: string;
  topic: string;
  revision: number;
  position: number;
  translations: Translation[];
  provenance: { reviewed_on: string | null; reviewed_by: string | null; review_by: string | null; sources: Source[] };
}

export interface Revision {
  id: number;
  action: 'draft' | 'publish' | 'restore' | 'unpublish';
  by: string;
  at: number;
}

export interface Editing<T> {
  published: T | null;
  draft: T | null;
  history: Revision[];
}

export interface PublishReport {
  signed: number;
  unchanged: number;
  deleted: number;
}

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export interface Service {
  id: string;
  slug: string;
  name: string;
  topics: string[];
  area: string;
  address: string;
  phone: string | null;
  web: string | null;
  email: string | null;
  languages: string[];
  cost: string;
  access: string;
  hours: { weekly: Partial<Record<Day, string[]>>; closures?: { from: string; to: string; reason?: string | null }[] };
  reviewed_on?: string | null;
  sample?: boolean;
  texts: Record<string, { description: string; accessibility?: string | null }>;
}

export interface QueueItem {
  id: number;
  kind: 'flag' | 'suggestion';
  slug: string;
  lang: string;
  sentence: string | null;
  title: string | null;
  summary: string | null;
  body: string | null;
  credit: string | null;
  current: Translation | null;
}

let csrf = '';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/desk/api/${path}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'POST' ? { 'content-type': 'application/json', 'x-desk-csrf': csrf } : {},
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch (e) {
    throw new DeskError('network', String(e));
  }
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const err = json?.error;
    throw new DeskError(typeof err?.code === 'string' ? err.code : 'unknown', err?.message ?? response.statusText, response.status);
  }
  return json as T;
}

function remember(session: Session): Session {
  csrf = session.csrf;
  return session;
}

const enc = encodeURIComponent;

export const desk = {
  session: () => call<Session>('GET', 'session').then(remember),
  signIn: (how: { token: string } | { code: string }, name: string) =>
    call<Session>('POST', 'sign-in', { ...how, name }).then(remember),
  signOut: () => call<unknown>('POST', 'sign-out').then(() => (csrf = '')),
  overview: (today?: string) => call<Overview>('GET', `overview${today ? `?today=${enc(today)}` : ''}`),
  article: (slug: string) => call<Editing<Article>>('GET', `article/${enc(slug)}`),
  revision: (slug: string, id: number) => call<{ revision: Revision; body: Article }>('GET', `article/${enc(slug)}/revisions/${id}`),
  save: (item: Article) => call<Revision>('POST', 'article/save', { item }),
  publish: (item: Article) => call<PublishReport>('POST', 'article/publish', { item }),
  restore: (slug: string, revision: number) => call<Revision>('POST', `article/${enc(slug)}/restore`, { revision }),
  unpublish: (slug: string) => call<PublishReport>('POST', `article/${enc(slug)}/unpublish`),
  queue: () => call<{ items: QueueItem[] }>('GET', 'queue').then((q) => q.items),
  accept: (id: number, edited?: { title: string; summary: string; body: string }) => call<unknown>('POST', `queue/${id}/accept`, edited ?? {}),
  decline: (id: number, reason: string) => call<unknown>('POST', `queue/${id}/decline`, { reason }),
  service: (slug: string) => call<Editing<Service>>('GET', `service/${enc(slug)}`),
  saveService: (item: Service) => call<Revision>('POST', 'service/save', { item }),
  publishService: (item: Service) => call<PublishReport>('POST', 'service/publish', { item }),
  unpublishService: (slug: string) => call<PublishReport>('POST', `service/${enc(slug)}/unpublish`),
};
