// The JSON shapes of the core's API (crates/core/src/api.rs and the types it returns), written
// by hand. e2e/contract.test.mjs checks them against live answers of `peerguide serve`, so a
// change on the Rust side that these miss fails CI.
// test/contract.generated.ts (written by crates/web/tests/ui_contract.rs) holds a Rust value of
// every type that crosses, and every enum's variants, typed as these: `tsc --noEmit` checks them.

export type Direction = 'ltr' | 'rtl';

export interface LanguageInfo {
  code: string;
  native_name: string;
  english_name: string;
  direction: Direction;
}

export const TOPICS = [
  'first-steps',
  'housing',
  'employment',
  'education',
  'health',
  'leisure',
  'social-connections',
  'language-culture',
  'safety-stability',
  'digital-skills',
  'rights-responsibilities',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface ArticleSummary {
  id: string;
  slug: string;
  topic: Topic;
  lang: string;
  is_fallback: boolean;
  stale: boolean;
  title: string;
  summary: string;
}

export interface TopicSection {
  topic: Topic;
  articles: ArticleSummary[];
}

export type ReviewState = 'draft' | 'machine' | 'reviewed';

export type TranslationMethod = 'machine' | 'volunteer' | 'professional';

/** How a translation was made; empty for the English source. */
export interface Translated {
  method: TranslationMethod | null;
  by: string | null;
  second_review: boolean;
}

export interface Translation {
  lang: string;
  title: string;
  summary: string;
  body: string;
  source_revision: number;
  review: ReviewState;
  translated: Translated;
}

/** A public source an article was checked against. Dates are YYYY-MM-DD. */
export interface Source {
  title: string;
  url: string;
  retrieved: string;
}

/** When an article was last checked, by whom, until when, against what. */
export interface Provenance {
  reviewed_on: string | null;
  reviewed_by: string | null;
  review_by: string | null;
  sources: Source[];
}

export interface ArticleView {
  id: string;
  slug: string;
  topic: Topic;
  requested: string;
  lang: string;
  is_fallback: boolean;
  stale: boolean;
  revision: number;
  translation: Translation;
  provenance: Provenance;
  /** Past `provenance.review_by` on the day asked about. */
  overdue: boolean;
  available: string[];
}

export interface Fragment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  article_id: string;
  slug: string;
  topic: Topic;
  lang: string;
  is_fallback: boolean;
  stale: boolean;
  title: Fragment[];
  snippet: Fragment[];
}

/** Whether search can find everything stored (`search_status`): after a first sync or a large
 * import the content is readable at once and the search index takes it in for a while after. */
export interface SearchStatus {
  /** Translations and services stored but not yet searchable: a search may miss them until 0. */
  pending: number;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** `HH:MM-HH:MM`, Glasgow wall-clock time; an end before the start runs past midnight. */
export type TimeRange = string;
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

export interface Closure {
  from: string;
  to: string;
  reason?: string;
}

export interface OpeningHours {
  weekly: WeeklyHours;
  closures?: Closure[];
}

export type Cost = 'free' | 'low-cost' | 'paid';
export type Access = 'walk-in' | 'appointment' | 'walk-in-or-appointment';

export interface ServiceView {
  id: string;
  slug: string;
  name: string;
  topics: Topic[];
  area: string;
  address: string;
  phone: string | null;
  web: string | null;
  email: string | null;
  languages: string[];
  cost: Cost;
  access: Access;
  hours: OpeningHours;
  /** The day the details were last checked (`2026-03-12`), if recorded. */
  reviewed_on: string | null;
  /** Demo data, not a real service. */
  sample: boolean;
  text_lang: string;
  is_fallback: boolean;
  description: string;
  accessibility: string | null;
  open: boolean;
}

/** The organisation behind the guide (the pack's `organisation.toml`), for a reader. */
export interface OrganisationView {
  name: string;
  /** International form, `+44 …`. */
  phone: string;
  email: string | null;
  website: string | null;
  address: string;
  hours: OpeningHours;
  open: boolean;
  /** How to ask for an interpreter, in `interpreter_lang`. */
  interpreter: string;
  interpreter_lang: string;
  is_fallback: boolean;
}

export interface ServiceParams {
  lang: string;
  slug: string;
}

export type Fluency = 'native' | 'fluent' | 'conversational' | 'basic';
export type Channel = 'phone' | 'whatsapp' | 'signal' | 'email';
export type Audience = 'everyone' | 'volunteers' | 'coordinators';

export interface SpokenLanguage {
  lang: string;
  level: Fluency;
}
export interface Contact {
  channel: Channel;
  value: string;
  visible_to: Audience;
}
export type ProfileField = 'display-name' | 'languages' | 'topics' | 'availability' | 'contacts' | 'about' | 'away-until';
/** The hub's review of a profile: on the volunteer's own and coordinators' devices only. */
export interface Review {
  state: 'pending' | 'approved' | 'suspended';
  since: string;
  approved_at?: string;
  changed?: ProfileField[];
  digest: string;
}
export interface Volunteer {
  id: string;
  slug: string;
  display_name: string;
  languages: SpokenLanguage[];
  topics: Topic[];
  availability: WeeklyHours;
  contacts: Contact[];
  about: Record<string, string>;
  /** The last day away (YYYY-MM-DD), inclusive. */
  away_until?: string;
  review?: Review;
}
/** The volunteer's own profile, with what each audience sees of it. */
export interface MyProfile {
  profile: Volunteer;
  pending: number;
  previews: { everyone: Volunteer; volunteers: Volunteer };
}
export interface ProfileParams {
  display_name: string;
  languages: SpokenLanguage[];
  topics: Topic[];
  availability: WeeklyHours;
  contacts: Contact[];
  about: Record<string, string>;
  away_until: string | null;
}
export interface JoinParams {
  address: string;
  code: string;
  /** The PIN that locks the device; needed unless it is locked already. */
  pin?: string;
}

/** Why volunteer data was removed from this device. */
export type WipeReason = 'token-revoked' | 'wrong-pins' | 'left' | 'started-over';
export interface WipeNotice {
  reason: WipeReason;
  at: string;
  lost_edits: number;
}
/** The device lock, as `lock_status` and every lock operation answer. */
export interface LockStatus {
  encrypted: boolean;
  locked: boolean;
  attempts_left: number;
  idle_minutes: number;
  keystore: boolean;
  notice: WipeNotice | null;
}
export interface PinParams {
  pin: string;
}
export interface ChangePinParams {
  old_pin: string;
  new_pin: string;
}
export interface IdleParams {
  minutes: number;
}
export interface RevokeParams {
  id: string;
  lang: string;
}
export type ReviewDecision = 'approve' | 'suspend' | 'reinstate';
export interface ReviewParams {
  id: string;
  decision: ReviewDecision;
  seen?: string;
  lang: string;
}

export interface About {
  version: string;
  content_date: string | null;
  articles: number;
  services: number;
  volunteers: number;
}

/** An error as the core reports it: a stable code the UI translates, and English details. */
export interface ErrorBody {
  code: string;
  message: string;
}

// The parameters of each operation, matching the core's `*Params` structs.
export interface LangParams {
  lang: string;
}
export interface ArticlesParams {
  lang: string;
  topic?: Topic;
}
export interface ArticleParams {
  lang: string;
  slug: string;
  /** The reader's today, YYYY-MM-DD: the core says whether the article is overdue on it. */
  today?: string;
}
export interface SearchParams {
  lang: string;
  query: string;
  limit?: number;
}
export interface ServicesParams {
  lang: string;
  topic?: Topic;
  speaks?: string;
  open_now?: boolean;
  text?: string;
}
export interface VolunteersParams {
  speaks?: string;
  topic?: Topic;
  available_now?: boolean;
}

// Sync with the organisation's hub, matching the core's `sync::device` types.
export type DeviceRole = 'reader' | 'volunteer' | 'coordinator';
export interface HubLink {
  url: string;
  role: DeviceRole;
  volunteer_id: string | null;
}
export interface AttemptFailure {
  code: string;
  message: string;
}
export interface SyncAttempt {
  at: string;
  failure: AttemptFailure | null;
}
export interface Changes {
  at: string;
  articles: string[];
  articles_changed: number;
  services_changed: number;
  volunteers_changed: number;
  restarted: boolean;
}
export interface SyncView {
  hub: HubLink | null;
  last_attempt: SyncAttempt | null;
  last_sync: string | null;
  changes: Changes | null;
  changed_articles: ArticleSummary[];
  pending: number;
}
export interface SyncDone {
  attempt: SyncAttempt;
  changed: number;
  bytes_received: number;
}
export interface HubParams {
  address: string;
}
export interface SyncParams {
  lang: string;
  accept_new_key?: boolean;
}

// The move-on plan (crates/core/src/plan): the organisation's steps, dated from the reader's
// own letters, which only this device holds.

export type PlanAnchor = 'decision' | 'support-end';
export type StepStatus = 'done' | 'overdue' | 'today' | 'soon' | 'later';

export interface SupportRule {
  id: string;
  from?: string;
  days: number;
  source?: string;
}

export interface SupportEndView {
  date: string;
  source: 'letter' | 'rule';
  rule: SupportRule;
  title: string;
}

export interface StepView {
  id: string;
  title: string;
  text: string;
  article: string | null;
  anchor: PlanAnchor;
  days: number;
  due: string | null;
  status: StepStatus | null;
  done: boolean;
  note: string;
}

export interface PlanView {
  lang: string;
  is_fallback: boolean;
  translated: 'machine' | 'volunteer' | 'professional' | null;
  today: string;
  decision: string | null;
  support_end: SupportEndView | null;
  rules: SupportRule[];
  steps: StepView[];
  focus: string | null;
}

export interface PlanParams {
  lang: string;
  today?: string;
}

export interface PlanDatesParams {
  lang: string;
  today?: string;
  decision: string;
  support_end?: string | null;
}

export interface PlanStepParams {
  lang: string;
  today?: string;
  step: string;
  done: boolean;
  note: string;
}

export interface PlanCalendar {
  file_name: string;
  text: string;
}

/** A volunteer's correction or translation, kept on the device (`store/suggestions.rs`). */
export type SuggestionKind = 'correction' | 'translation';
export type SuggestionStatus = 'draft' | 'sent' | 'accepted' | 'declined';
export interface Suggestion {
  id: string;
  slug: string;
  lang: string;
  kind: SuggestionKind;
  title: string;
  summary: string;
  body: string;
  credit: boolean;
  status: SuggestionStatus;
  /** The hub has it (a sent one waits for the next sync until then). */
  delivered: boolean;
  /** A declined one's reason; a draft the hub refused, the refusal's code. */
  reason: string | null;
  updated: string;
}
export interface SuggestionsView {
  suggestions: Suggestion[];
  /** The languages the organisation offers, English first. */
  offered: string[];
}
export interface SuggestionParams {
  id?: string;
  slug: string;
  lang: string;
  kind: SuggestionKind;
  title: string;
  summary: string;
  body: string;
  credit: boolean;
  send: boolean;
}
export interface SuggestionIdParams {
  id: string;
}
export interface FlagParams {
  slug: string;
  lang: string;
  sentence?: string;
}
