// When the app locks itself: after the chosen minutes without a touch or a key, and as soon
// as it is no longer on screen (another app in front, the phone's screen off, the window
// minimised). The core does the locking; this only decides when to ask.

/** What the idle lock listens to; the browser's in the app, fakes in tests. */
export interface LockEnv {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls `fn` on any touch, click, key or scroll; returns how to stop. */
  onActivity(fn: () => void): () => void;
  /** Calls `fn` when the app goes to the background; returns how to stop. */
  onHidden(fn: () => void): () => void;
}

export const MINUTE_MS = 60_000;
/** The idle times offered in Settings, in minutes. */
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30, 60] as const;

export class IdleLock {
  private timer: unknown;
  private stops: (() => void)[] = [];

  constructor(
    private readonly minutes: number,
    private readonly lock: () => void,
    private readonly env: LockEnv,
  ) {}

  start(): void {
    this.stop();
    this.stops.push(this.env.onActivity(() => this.restart()));
    this.stops.push(
      this.env.onHidden(() => {
        this.stop();
        this.lock();
      }),
    );
    this.restart();
  }

  stop(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
    for (const stop of this.stops.splice(0)) stop();
  }

  private restart(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = this.env.setTimeout(() => {
      this.stop();
      this.lock();
    }, this.minutes * MINUTE_MS);
  }
}

/** The browser's (and the app's web view's) own events. `visibilitychange` is what both a
 * phone's web view and a desktop window fire when they leave the screen. */
export function browserLockEnv(): LockEnv {
  return {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
    onActivity(fn) {
      const events = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'];
      for (const e of events) window.addEventListener(e, fn, { passive: true, capture: true });
      return () => events.forEach((e) => window.removeEventListener(e, fn, { capture: true }));
    },
    onHidden(fn) {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') fn();
      };
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', fn);
      return () => {
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', fn);
      };
    },
  };
}
