// The public reader's offline bundle, kept fresh in the background (at start, when the phone
// comes back online or the hub answers again, every five minutes, for a new language), and the line that tells the
// reader when the content was last fetched and that it was "Updated".

import { useEffect, useState } from 'preact/hooks';
import { BACK_ONLINE, current, isPublicReader, onChange, refresh, type Held } from './offline';
import { sendWaitingFlags } from './flags';
import { useApp } from './state';
import { SYNC_EVERY_MS } from './sync';

/** Keeps the bundle of `lang` fresh on the public reader; counts the updates that changed it,
 * so every screen loads again. Does nothing in the app or web mode. */
export function useOfflineBundle(chosen: boolean, lang: string): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!chosen || !isPublicReader()) return;
    // Installing offers the app named in the reader's language.
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', `/manifest/${encodeURIComponent(lang)}.webmanifest`);
    let stopped = false;
    // Just back online, the network is often not there yet for a second or two: a few tries.
    const run = async (tries = 1) => {
      for (let i = 0; i < tries && !stopped; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 1500));
        const found = await refresh(lang);
        if (found === 'changed' && !stopped) setVersion((v) => v + 1);
        if (found !== 'unreachable') {
          // The hub answers: flags kept while offline go now.
          void sendWaitingFlags();
          return;
        }
      }
    };
    const online = () => void run(5);
    void run();
    const timer = setInterval(() => void run(), SYNC_EVERY_MS);
    window.addEventListener('online', online);
    window.addEventListener(BACK_ONLINE, online);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('online', online);
      window.removeEventListener(BACK_ONLINE, online);
    };
  }, [chosen, lang]);
  return version;
}

/** "Saved for reading offline" or "Updated", with when the content was last fetched. */
export function OfflineStatus() {
  const { l10n } = useApp();
  const [held, setHeld] = useState<Held | null>(current());
  useEffect(() => onChange(setHeld), []);
  if (!held || held.bundle.lang !== l10n.lang) return null;
  const when = l10n.dateTime(held.fetched);
  return (
    <p class="offline-status" role="status" data-testid="offline-status" data-updated={held.updated ? 'yes' : undefined}>
      {l10n.t(held.updated ? 'offline-updated' : 'offline-saved', { when })}
    </p>
  );
}
