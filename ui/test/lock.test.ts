// When the app locks itself, as a person would notice it: after the chosen minutes without a
// touch (each touch starts the wait again), at once when it goes to the background, once.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IdleLock, MINUTE_MS, type LockEnv } from '../src/lock';

function fakeEnv() {
  const activity: (() => void)[] = [];
  const hidden: (() => void)[] = [];
  const env: LockEnv & { touch(): void; hide(): void; listeners(): number } = {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    onActivity(fn) {
      activity.push(fn);
      return () => activity.splice(activity.indexOf(fn), 1);
    },
    onHidden(fn) {
      hidden.push(fn);
      return () => hidden.splice(hidden.indexOf(fn), 1);
    },
    touch: () => [...activity].forEach((f) => f()),
    hide: () => [...hidden].forEach((f) => f()),
    listeners: () => activity.length + hidden.length,
  };
  return env;
}

describe('idle lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('locks after the chosen minutes without a touch', () => {
    const lock = vi.fn();
    new IdleLock(5, lock, fakeEnv()).start();
    vi.advanceTimersByTime(5 * MINUTE_MS - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  test('every touch starts the wait again', () => {
    const lock = vi.fn();
    const env = fakeEnv();
    new IdleLock(2, lock, env).start();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(MINUTE_MS + 30_000);
      env.touch();
    }
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * MINUTE_MS);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  test('going to the background locks at once, and only once', () => {
    const lock = vi.fn();
    const env = fakeEnv();
    new IdleLock(5, lock, env).start();
    env.hide();
    expect(lock).toHaveBeenCalledTimes(1);
    expect(env.listeners()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE_MS);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  test('a stopped lock (the app unlocked elsewhere, or no PIN) never fires', () => {
    const lock = vi.fn();
    const env = fakeEnv();
    const idle = new IdleLock(1, lock, env);
    idle.start();
    idle.stop();
    env.hide();
    vi.advanceTimersByTime(5 * MINUTE_MS);
    expect(lock).not.toHaveBeenCalled();
  });
});
