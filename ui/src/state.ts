// App-wide state shared by the screens: the reader's localisation, text size, and the small
// hooks every screen uses (data loading, debouncing, the hash route).

import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Localization } from './i18n';
import { api } from './api';
import type { SyncState } from './sync';
import type { SyncView } from './types';
import { useHash } from './hash';

export const LANG_KEY = 'peerguide.lang';
export const TEXT_SIZE_KEY = 'peerguide.textSize';
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;

export function storedLang(): string | null {
  return safeGet(LANG_KEY);
}

export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode or storage disabled: the choice lasts for this visit */
  }
}

export function storedTextSize(): number {
  const n = Number(safeGet(TEXT_SIZE_KEY));
  return (TEXT_SIZES as readonly number[]).includes(n) ? n : 1;
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export interface AppContext {
  l10n: Localization;
  textSize: number;
  setTextSize: (size: number) => void;
  setLang: (lang: string) => void;
}

export const Ctx = createContext<AppContext>(null as unknown as AppContext);
export const useApp = () => useContext(Ctx);

export interface SyncContext {
  state: SyncState;
  /** The reader asked: sync now. */
  syncNow: (acceptNewKey?: boolean) => Promise<void>;
  /** Something changed on the device (a profile edit): send it now if online, else later. */
  syncSoon: () => Promise<void>;
}
export const SyncCtx = createContext<SyncContext>({ state: { running: false }, syncNow: async () => {}, syncSoon: async () => {} });
export const useSync = () => useContext(SyncCtx);

/** Goes up each time a sync changes what the device holds, so every screen loads again. */
export const DataVersion = createContext(0);

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` whenever `deps` change, or a sync brings new content; answers that arrive
 * after newer ones are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [nonce, setNonce] = useState(0);
  const version = useContext(DataVersion);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => id === latest.current && setState({ data, loading: false }),
      (error) => id === latest.current && setState({ error, loading: false }),
    );
  }, [...deps, nonce, version]);
  return { ...state, reload: () => setNonce((n) => n + 1) };
}

/** The device's hub link and last sync, loaded again whenever a sync ends (changed or not:
 * "last synced" moves on either way) or the reader's language changes. */
export function useSyncStatus(): Loaded<SyncView> {
  const { l10n } = useApp();
  const sync = useSync();
  return useLoad(() => api.syncStatus({ lang: l10n.lang }), [l10n.lang, sync.state.running]);
}

/** Something a person set off (a form sent, a button pressed): busy while it runs, and the
 * error it ended with until the next try. `run` answers whether it succeeded. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (...args: A): Promise<boolean> => {
    setBusy(true);
    try {
      await action(...args);
      setError(undefined);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface Route {
  name: 'home' | 'topic' | 'article' | 'search' | 'services' | 'service' | 'volunteers' | 'settings' | 'profile' | 'review' | 'contact' | 'plan' | 'suggest' | 'suggestions';
  arg?: string;
}

export function parseRoute(hash: string): Route {
  const [, name = '', arg] = hash.replace(/^#/, '').split('/');
  const known: Route['name'][] = ['topic', 'article', 'search', 'services', 'service', 'volunteers', 'settings', 'profile', 'review', 'contact', 'plan', 'suggest', 'suggestions'];
  const route = known.find((k) => k === name);
  if (!route) return { name: 'home' };
  return { name: route, arg: arg ? decodeURIComponent(arg) : undefined };
}

/** A shared link's path form (`/<lang>/guide|topic|service|plan/<slug>`, served by the hub's
 * public reader): its language and the screen it opens, or null for any other path. */
export function parsePath(path: string): { lang: string; route: Route } | null {
  const m = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\/(guide|topic|service|plan)\/([^/]+)\/?$/.exec(path);
  if (!m) return null;
  const [, lang, kind, arg] = m;
  const name = ({ guide: 'article', topic: 'topic', service: 'services', plan: 'plan' } as const)[kind as 'guide' | 'topic' | 'service' | 'plan'];
  return { lang, route: { name, arg: decodeURIComponent(arg) } };
}

export const href = (name: Route['name'], arg?: string) =>
  name === 'home' ? '#/' : `#/${name}${arg ? `/${encodeURIComponent(arg)}` : ''}`;

export function useRoute(): Route {
  const hash = useHash();
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Copies text, with the old selection-based way where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
