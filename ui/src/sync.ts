// When the app syncs with its organisation's hub: once at start, whenever the connection comes
// back, every few minutes while the app is open, and whenever the reader asks. Never two at
// once: a request made while a sync runs is answered by that sync. The work itself is the
// core's (`sync_now`); this module only decides when. A change made on the device while a sync
// runs is not in that sync's push, so asking after a change runs once more when it ends.

import { ApiError } from './api';
import type { SyncDone } from './types';

export const SYNC_EVERY_MS = 5 * 60_000;

/** What the scheduler needs from the window; tests pass a fake one. */
export interface SyncEnv {
  online(): boolean;
  /** Calls `listener` when the connection comes back; returns how to stop. */
  onOnline(listener: () => void): () => void;
  every(ms: number, tick: () => void): () => void;
}

export interface SyncState {
  running: boolean;
  /** The last run's failure, until a run succeeds. */
  error?: ApiError;
  /** The last successful run. */
  last?: SyncDone;
}

/** Failures an automatic run keeps to itself: a device that was never linked to a hub (in
 * case it was unlinked between the check and the run), and the hub's public reader, which has
 * no sync of its own (`not-found`). */
const QUIET = new Set(['no-hub', 'not-found']);

export function browserEnv(win: Window = window): SyncEnv {
  return {
    online: () => win.navigator.onLine !== false,
    onOnline(listener) {
      win.addEventListener('online', listener);
      return () => win.removeEventListener('online', listener);
    },
    every(ms, tick) {
      const id = win.setInterval(tick, ms);
      return () => win.clearInterval(id);
    },
  };
}

export class SyncScheduler {
  private state: SyncState = { running: false };
  private current?: Promise<void>;
  /** One more run, asked for while `current` ran; every such ask shares it. */
  private next?: Promise<void>;
  private stops: (() => void)[] = [];

  constructor(
    private readonly run: (acceptNewKey: boolean) => Promise<SyncDone>,
    private readonly env: SyncEnv,
    private readonly onChange: (state: SyncState) => void,
    private readonly everyMs = SYNC_EVERY_MS,
    /** Whether the device is linked to a hub: an automatic run asks first, so a device that
     * was never linked does not send requests that can only be refused. */
    private readonly isLinked: () => Promise<boolean> = async () => true,
  ) {}

  /** Syncs now (when online) and from then on by itself. */
  start(): void {
    this.stops.push(this.env.onOnline(() => void this.auto()));
    this.stops.push(this.env.every(this.everyMs, () => void this.auto()));
    void this.auto();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** The reader asked: run even if the window believes it is offline (it can be wrong). */
  syncNow(acceptNewKey = false): Promise<void> {
    return this.begin(acceptNewKey, false);
  }

  /** Syncs soon if the window is online, as an automatic sync would, after something changed
   * on the device (a saved profile, a new language whose texts the hub has yet to send). A sync
   * already running began before the change, so this one waits for it and runs once more. */
  syncIfOnline(): Promise<void> {
    if (!this.current) return this.auto();
    this.next ??= this.current.then(() => {
      this.next = undefined;
      return this.auto();
    });
    return this.next;
  }

  private async auto(): Promise<void> {
    if (!this.env.online()) return;
    if (this.current) return this.current;
    let linked: boolean;
    try {
      linked = await this.isLinked();
    } catch {
      linked = false;
    }
    if (linked) return this.begin(false, true);
  }

  private begin(acceptNewKey: boolean, automatic: boolean): Promise<void> {
    if (this.current) return this.current;
    this.set({ ...this.state, running: true });
    this.current = this.run(acceptNewKey).then(
      (done) => {
        this.current = undefined;
        this.set({ running: false, last: done });
      },
      (err: unknown) => {
        this.current = undefined;
        const error = err instanceof ApiError ? err : new ApiError('unknown', String(err));
        const quiet = automatic && QUIET.has(error.code);
        this.set({ running: false, last: this.state.last, error: quiet ? undefined : error });
      },
    );
    return this.current;
  }

  private set(state: SyncState): void {
    this.state = state;
    this.onChange(state);
  }
}
