// The app frame: first-run language choice, landmarks, navigation, and the screen for the route.

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from './api';
import { applyToDocument, localize, type Localization } from './i18n';
import { Icon, type IconName } from './icons';
import { OfflineStatus, useOfflineBundle } from './OfflineStatus';
import { Article } from './screens/Article';
import { FirstRun } from './screens/FirstRun';
import { Home } from './screens/Home';
import { Plan } from './screens/Plan';
import { remindAtStart } from './reminders';
import { Search } from './screens/Search';
import { Services } from './screens/Services';
import { Service } from './screens/Service';
import { Contact } from './screens/Contact';
import { Settings } from './screens/Settings';
import { TopicPage } from './screens/TopicPage';
import { Profile } from './screens/Profile';
import { ReviewProfiles } from './screens/Review';
import { Volunteers } from './screens/Volunteers';
import { MySuggestions, SuggestScreen } from './screens/Suggest';
import { LockCtx, LockScreen, UNLOCKED, WipeNoticeBanner } from './screens/Lock';
import { browserLockEnv, IdleLock } from './lock';
import type { LockStatus } from './types';
import { Ctx, DataVersion, LANG_KEY, SyncCtx, TEXT_SIZE_KEY, href, store, storedLang, storedTextSize, useRoute, type Route, type SyncContext } from './state';
import { browserEnv, SYNC_EVERY_MS, SyncScheduler, type SyncState } from './sync';
import { TOPICS, type Topic } from './types';

export function App({ initial }: { initial: Localization }) {
  const [l10n, setL10n] = useState(initial);
  const [chosen, setChosen] = useState(storedLang() !== null);
  const [textSize, setTextSizeState] = useState(storedTextSize);
  const route = useRoute();
  const lock = useDeviceLock();
  const open = lock.status !== undefined && !lock.status.locked;
  const sync = useSyncScheduler(chosen && open, l10n.lang);
  const bundleVersion = useOfflineBundle(chosen, l10n.lang);

  useEffect(() => applyToDocument(l10n), [l10n]);
  useEffect(() => {
    // Reminders of tomorrow's deadlines, in the app only (web mode has no notifications); a
    // locked device's plan is read once it is unlocked.
    if (chosen && open) void remindAtStart(l10n);
  }, [chosen, open]);
  useEffect(() => {
    // rem-based layout: one root size scales every text and spacing together.
    document.documentElement.style.fontSize = `${textSize * 100}%`;
  }, [textSize]);
  useEffect(() => {
    if (!chosen) return;
    window.scrollTo(0, 0);
    return focusNewScreen();
  }, [route.name, route.arg, chosen]);

  const setLang = async (lang: string) => {
    store(LANG_KEY, lang);
    setL10n(await localize(lang));
    setChosen(true);
  };
  const setTextSize = (size: number) => {
    store(TEXT_SIZE_KEY, String(size));
    setTextSizeState(size);
  };
  const ctx = { l10n, textSize, setTextSize, setLang };

  if (lock.status === undefined) return null;
  if (lock.status.locked) {
    // Nothing but the lock screen: no navigation, no screen behind it.
    return (
      <Ctx.Provider value={ctx}>
        <LockScreen status={lock.status} onChange={lock.update} />
      </Ctx.Provider>
    );
  }
  if (!chosen) {
    return (
      <Ctx.Provider value={ctx}>
        <FirstRun
          onPick={(code) => {
            if (location.hash && location.hash !== '#/') location.hash = '#/';
            void setLang(code);
          }}
        />
      </Ctx.Provider>
    );
  }
  const t = l10n.t;
  return (
    <Ctx.Provider value={ctx}>
      <LockCtx.Provider value={{ status: lock.status, update: lock.update }}>
      <SyncCtx.Provider value={sync.ctx}>
      <DataVersion.Provider value={sync.version + bundleVersion}>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skip-to-content')}
      </a>
      <header class="app-header">
        <a class="brand" href={href('home')}>
          {t('app-name')}
        </a>
      </header>
      <nav class="app-nav" aria-label={t('nav-label')}>
        <ul>
          {(
            [
              ['home', 'nav-home'],
              ['search', 'nav-search'],
              ['services', 'nav-services'],
              ['volunteers', 'nav-volunteers'],
              ['settings', 'nav-settings'],
            ] as [IconName & Route['name'], string][]
          ).map(([name, id]) => (
            <li key={name}>
              <a href={href(name)} data-testid={id} aria-current={isIn(route, name) ? 'page' : undefined}>
                <Icon name={name} />
                <span>{t(id)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} class={`screen screen-${route.name}`}>
        <WipeNoticeBanner />
        <Screen route={route} />
        <OfflineStatus />
      </main>
      </DataVersion.Provider>
      </SyncCtx.Provider>
      </LockCtx.Provider>
    </Ctx.Provider>
  );
}

/** The device lock: asked once at start, then kept from every lock operation's answer. While
 * the device is unlocked and has a PIN, it locks after its idle time and when the app leaves
 * the screen. A server without a lock (the hub's public reader) counts as unlocked. */
function useDeviceLock(): { status?: LockStatus; update: (s: LockStatus) => void } {
  const [status, setStatus] = useState<LockStatus | undefined>();
  useEffect(() => {
    api.lockStatus().then(setStatus, () => setStatus(UNLOCKED));
  }, []);
  const armed = !!status?.encrypted && !status.locked;
  const minutes = status?.idle_minutes ?? 5;
  useEffect(() => {
    if (!armed) return;
    const idle = new IdleLock(
      minutes,
      () => {
        // Shown locked at once; the core's answer follows.
        setStatus((s) => (s ? { ...s, locked: true } : s));
        api.lock().then(setStatus, () => undefined);
      },
      browserLockEnv(),
    );
    idle.start();
    return () => idle.stop();
  }, [armed, minutes]);
  return { status, update: setStatus };
}

/** Syncs in the background once the reader has chosen a language (texts in it are what the
 * device asks the hub for), and counts the syncs that changed something. */
function useSyncScheduler(chosen: boolean, lang: string): { ctx: SyncContext; version: number } {
  const [state, setState] = useState<SyncState>({ running: false });
  const [version, setVersion] = useState(0);
  const langRef = useRef(lang);
  langRef.current = lang;
  const scheduler = useRef<SyncScheduler | undefined>(undefined);
  useEffect(() => {
    if (!chosen) return;
    const s = new SyncScheduler(
      async (acceptNewKey) => {
        const done = await api.syncNow({ lang: langRef.current, accept_new_key: acceptNewKey });
        if (done.changed > 0) setVersion((v) => v + 1);
        return done;
      },
      browserEnv(),
      setState,
      SYNC_EVERY_MS,
      async () => (await api.syncStatus({ lang: langRef.current })).hub !== null,
    );
    scheduler.current = s;
    s.start();
    return () => s.stop();
  }, [chosen]);
  const firstLang = useRef(lang);
  useEffect(() => {
    // A new language: its texts are fetched now rather than at the next round.
    if (lang !== firstLang.current) void scheduler.current?.syncIfOnline();
  }, [lang]);
  return {
    ctx: {
      state,
      syncNow: (accept) => scheduler.current?.syncNow(accept) ?? Promise.resolve(),
      syncSoon: () => scheduler.current?.syncIfOnline() ?? Promise.resolve(),
    },
    version,
  };
}

/** Moves focus to the new screen's heading, so a screen reader announces the new screen,
 * also when the heading comes only after the screen's data (an article): waits for it a few
 * seconds. Leaves focus alone where the screen put it in a form field (search focuses its
 * input) or where the reader has moved it since. */
function focusNewScreen(): () => void {
  const main = document.getElementById('main');
  if (!main) return () => {};
  const start = document.activeElement;
  const inField = (el: Element | null) => !!el && main.contains(el) && el.matches('input, textarea, select');
  if (inField(start)) return () => {};
  const tryFocus = (): boolean => {
    const now = document.activeElement;
    // The reader went on (typed, tabbed into the screen) while it loaded: leave them there.
    if (now !== start && now !== document.body && now !== main && main.contains(now)) return true;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), 5000);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

function isIn(route: Route, tab: Route['name']): boolean {
  if (tab === 'home') return ['home', 'topic', 'article', 'plan', 'suggest'].includes(route.name);
  if (tab === 'volunteers') return ['volunteers', 'profile', 'suggestions'].includes(route.name);
  if (tab === 'settings') return ['settings', 'review', 'contact'].includes(route.name);
  if (tab === 'services') return ['services', 'service'].includes(route.name);
  return route.name === tab;
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'topic':
      return TOPICS.includes(route.arg as Topic) ? <TopicPage topic={route.arg as Topic} /> : <Home />;
    case 'article':
      return route.arg ? <Article slug={route.arg} /> : <Home />;
    case 'suggest':
      return <SuggestScreen key={route.arg} arg={route.arg} />;
    case 'suggestions':
      return <MySuggestions />;
    case 'search':
      return <Search />;
    case 'services':
      return <Services />;
    case 'service':
      return route.arg ? <Service slug={route.arg} /> : <Services />;
    case 'contact':
      return <Contact />;
    case 'volunteers':
      return <Volunteers speaks={route.arg} />;
    case 'settings':
      return <Settings />;
    case 'profile':
      return <Profile />;
    case 'review':
      return <ReviewProfiles />;
    case 'plan':
      // The guide and the reader's own plan are different screens: nothing of one is shown
      // while the other loads.
      return <Plan key={route.arg === 'guide' ? 'guide' : 'own'} arg={route.arg} />;
    case 'home':
      return <Home />;
  }
}

