// The one place that knows how the UI reaches the core: Tauri's `invoke` inside the desktop
// shell, `fetch('/api/<op>')` against `peerguide serve` in a browser. Operation names are the
// same on both sides, and every failure becomes an `ApiError` with a code the UI translates.

import type {
  About,
  ArticleParams,
  ArticleSummary,
  ArticleView,
  ArticlesParams,
  ErrorBody,
  LangParams,
  LanguageInfo,
  OrganisationView,
  PlanCalendar,
  PlanDatesParams,
  PlanParams,
  PlanStepParams,
  PlanView,
  SearchHit,
  SearchStatus,
  HubLink,
  HubParams,
  JoinParams,
  MyProfile,
  ProfileParams,
  ReviewParams,
  SearchParams,
  ServiceParams,
  ServiceView,
  ServicesParams,
  SyncDone,
  SyncParams,
  SyncView,
  TopicSection,
  Volunteer,
  VolunteersParams,
  LockStatus,
  PinParams,
  ChangePinParams,
  IdleParams,
  RevokeParams,
  FlagParams,
  Suggestion,
  SuggestionIdParams,
  SuggestionParams,
  SuggestionsView,
} from './types';

/** The codes the UI itself gives failures the core never saw. */
export const NETWORK = 'network';
export const UNKNOWN = 'unknown';

export class ApiError extends Error implements ErrorBody {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Ops {
  languages: [Record<string, never>, LanguageInfo[]];
  home: [LangParams, TopicSection[]];
  articles: [ArticlesParams, ArticleSummary[]];
  article: [ArticleParams, ArticleView];
  search: [SearchParams, SearchHit[]];
  search_status: [Record<string, never>, SearchStatus];
  services: [ServicesParams, ServiceView[]];
  service: [ServiceParams, ServiceView];
  organisation: [LangParams, OrganisationView | null];
  volunteers: [VolunteersParams, Volunteer[]];
  about: [Record<string, never>, About];
  sync_status: [LangParams, SyncView];
  set_hub: [HubParams, HubLink | null];
  sync_now: [SyncParams, SyncDone];
  my_profile: [LangParams, MyProfile | null];
  save_profile: [ProfileParams, MyProfile];
  delete_profile: [Record<string, never>, null];
  join: [JoinParams, HubLink];
  review_list: [Record<string, never>, Volunteer[]];
  review_profile: [ReviewParams, SyncDone];
  plan: [PlanParams, PlanView | null];
  plan_guide: [PlanParams, PlanView | null];
  plan_calendar: [PlanParams, PlanCalendar];
  save_plan_dates: [PlanDatesParams, PlanView];
  mark_plan_step: [PlanStepParams, PlanView];
  delete_plan: [Record<string, never>, null];
  revoke_devices: [RevokeParams, SyncDone];
  lock_status: [Record<string, never>, LockStatus];
  unlock: [PinParams, LockStatus];
  lock: [Record<string, never>, LockStatus];
  set_pin: [PinParams, LockStatus];
  change_pin: [ChangePinParams, LockStatus];
  remove_pin: [PinParams, LockStatus];
  set_idle: [IdleParams, LockStatus];
  leave: [Record<string, never>, LockStatus];
  dismiss_notice: [Record<string, never>, LockStatus];
  suggestions: [Record<string, never>, SuggestionsView];
  save_suggestion: [SuggestionParams, Suggestion];
  delete_suggestion: [SuggestionIdParams, null];
  flag: [FlagParams, null];
  start_over: [Record<string, never>, LockStatus];
}
export type Op = keyof Ops;

/** The operations whose Tauri command takes no `params` argument. */
const NO_PARAMS: ReadonlySet<Op> = new Set<Op>(['languages', 'about', 'search_status', 'delete_profile', 'review_list', 'delete_plan', 'lock_status', 'lock', 'leave', 'dismiss_notice', 'suggestions', 'start_over']);

/** The operations that change the device: sent as POST with a JSON body in web mode. */
export const WRITES: ReadonlySet<Op> = new Set<Op>([
  'set_hub',
  'sync_now',
  'save_profile',
  'delete_profile',
  'join',
  'review_profile',
  // The reader's plan: its dates and notes go in a body, never in a URL a log could keep.
  'save_plan_dates',
  'mark_plan_step',
  'delete_plan',
  'revoke_devices',
  'unlock',
  'lock',
  'set_pin',
  'change_pin',
  'remove_pin',
  'set_idle',
  'leave',
  'dismiss_notice',
  // A suggestion's text and a flag's sentence go in a body, never in a URL.
  'save_suggestion',
  'delete_suggestion',
  'flag',
  'start_over',
]);

type TauriInternals = { invoke: (cmd: string, args?: unknown) => Promise<unknown> };
type Transport = <O extends Op>(op: O, params: Ops[O][0]) => Promise<Ops[O][1]>;

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).code === 'string' &&
    typeof (value as ErrorBody).message === 'string'
  );
}

function toApiError(err: unknown, fallbackCode: string): ApiError {
  if (err instanceof ApiError) return err;
  if (isErrorBody(err)) return new ApiError(err.code, err.message);
  return new ApiError(fallbackCode, err instanceof Error ? err.message : String(err));
}

/** Query string of the parameters that are set; empty strings and `false` are left out. */
export function queryString(params: object): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function tauriTransport(internals: TauriInternals): Transport {
  return async (op, params) => {
    try {
      return (await internals.invoke(op, NO_PARAMS.has(op) ? {} : { params })) as never;
    } catch (err) {
      throw toApiError(err, UNKNOWN);
    }
  };
}

export function httpTransport(base = '', fetchFn: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (op, params) => {
    let response: Response;
    try {
      response = WRITES.has(op)
        ? await fetchFn(`${base}/api/${op}`, {
            method: 'POST',
            headers: { accept: 'application/json', 'content-type': 'application/json' },
            body: JSON.stringify(params),
          })
        : await fetchFn(`${base}/api/${op}${queryString(params)}`, {
            headers: { accept: 'application/json' },
          });
    } catch (err) {
      throw toApiError(err, NETWORK);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(response.ok ? UNKNOWN : NETWORK, `HTTP ${response.status}`);
    }
    if (!response.ok) throw toApiError(body, UNKNOWN);
    return body as never;
  };
}

/** Chooses the transport for the window the UI runs in. */
export function chooseTransport(win: object = globalThis): Transport {
  const internals = (win as { __TAURI_INTERNALS__?: TauriInternals }).__TAURI_INTERNALS__;
  return internals && typeof internals.invoke === 'function'
    ? tauriTransport(internals)
    : httpTransport();
}

let transport: Transport | undefined;
type Fallback = (op: Op, params: Record<string, unknown>) => unknown;
let fallback: Fallback | undefined;
let networkBack: (() => void) | undefined;
let fellBack = false;

/** Where reads go when the network fails: the public reader's offline bundle (offline.ts),
 * and what to call when an answer comes from the network again after that (the browser's
 * `online` event is not always fired). The app and web mode set none, so their data path
 * is unchanged. */
export function answerOffline(f: Fallback | undefined, back?: () => void): void {
  fallback = f;
  networkBack = back;
}

const call: Transport = async (op, params) => {
  try {
    const answer = await (transport ??= chooseTransport())(op, params);
    if (fellBack) {
      fellBack = false;
      networkBack?.();
    }
    return answer;
  } catch (err) {
    if (fallback && err instanceof ApiError && err.code === NETWORK) {
      fellBack = true;
      return fallback(op, params as Record<string, unknown>) as never;
    }
    throw err;
  }
};

export const api = {
  languages: () => call('languages', {}),
  home: (p: LangParams) => call('home', p),
  articles: (p: ArticlesParams) => call('articles', p),
  article: (p: ArticleParams) => call('article', p),
  search: (p: SearchParams) => call('search', p),
  searchStatus: () => call('search_status', {}),
  services: (p: ServicesParams) => call('services', p),
  service: (p: ServiceParams) => call('service', p),
  organisation: (p: LangParams) => call('organisation', p),
  volunteers: (p: VolunteersParams) => call('volunteers', p),
  about: () => call('about', {}),
  syncStatus: (p: LangParams) => call('sync_status', p),
  setHub: (p: HubParams) => call('set_hub', p),
  syncNow: (p: SyncParams) => call('sync_now', p),
  myProfile: (p: LangParams) => call('my_profile', p),
  saveProfile: (p: ProfileParams) => call('save_profile', p),
  deleteProfile: () => call('delete_profile', {}),
  join: (p: JoinParams) => call('join', p),
  reviewList: () => call('review_list', {}),
  reviewProfile: (p: ReviewParams) => call('review_profile', p),
  plan: (p: PlanParams) => call('plan', p),
  planGuide: (p: PlanParams) => call('plan_guide', p),
  planCalendar: (p: PlanParams) => call('plan_calendar', p),
  savePlanDates: (p: PlanDatesParams) => call('save_plan_dates', p),
  markPlanStep: (p: PlanStepParams) => call('mark_plan_step', p),
  deletePlan: () => call('delete_plan', {}),
  revokeDevices: (p: RevokeParams) => call('revoke_devices', p),
  lockStatus: () => call('lock_status', {}),
  unlock: (p: PinParams) => call('unlock', p),
  lock: () => call('lock', {}),
  setPin: (p: PinParams) => call('set_pin', p),
  changePin: (p: ChangePinParams) => call('change_pin', p),
  removePin: (p: PinParams) => call('remove_pin', p),
  setIdle: (p: IdleParams) => call('set_idle', p),
  leave: () => call('leave', {}),
  dismissNotice: () => call('dismiss_notice', {}),
  suggestions: () => call('suggestions', {}),
  saveSuggestion: (p: SuggestionParams) => call('save_suggestion', p),
  deleteSuggestion: (p: SuggestionIdParams) => call('delete_suggestion', p),
  flag: (p: FlagParams) => call('flag', p),
  startOver: () => call('start_over', {}),
};

/** Calls a Tauri plugin's command in the app; `undefined` in a browser, which has no shell. */
export async function shellCommand(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  const internals = (globalThis as { __TAURI_INTERNALS__?: TauriInternals }).__TAURI_INTERNALS__;
  if (!internals || typeof internals.invoke !== 'function') return undefined;
  return internals.invoke(cmd, args);
}
