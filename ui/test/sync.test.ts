// When the app syncs, as a reader would notice it: at start, when the connection returns,
// every few minutes, on request; never two at once; an offline window does not try by itself.

import { describe, expect, test, vi } from 'vitest';
import { ApiError } from '../src/api';
import { SYNC_EVERY_MS, SyncScheduler, type SyncEnv, type SyncState } from '../src/sync';
import type { SyncDone } from '../src/types';

function fakeEnv(online = true) {
  const listeners: (() => void)[] = [];
  const env = {
    isOnline: online,
    online: () => env.isOnline,
    onOnline(listener: () => void) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    every(ms: number, tick: () => void) {
      const id = setInterval(tick, ms);
      return () => clearInterval(id);
    },
    comeOnline() {
      env.isOnline = true;
      for (const l of [...listeners]) l();
    },
    listeners,
  };
  return env satisfies SyncEnv & object;
}

const done: SyncDone = { attempt: { at: '2026-11-23T10:00:00Z', failure: null }, changed: 3, bytes_received: 900 };

function setup(online = true, run = vi.fn(async (_accept: boolean) => done)) {
  vi.useFakeTimers();
  const env = fakeEnv(online);
  const states: SyncState[] = [];
  const scheduler = new SyncScheduler(run, env, (s) => states.push(s));
  return { env, run, states, scheduler };
}

describe('sync scheduling', () => {
  test('a device linked to no hub never asks for a sync by itself, but does when the reader asks', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async (_accept: boolean) => done);
    let linked = false;
    const scheduler = new SyncScheduler(run, fakeEnv(), () => {}, SYNC_EVERY_MS, async () => linked);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS * 2);
    await scheduler.syncIfOnline();
    expect(run).not.toHaveBeenCalled();
    await scheduler.syncNow();
    expect(run).toHaveBeenCalledTimes(1);
    linked = true;
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });

  test('syncs at start, then every few minutes while open, and stops when closed', async () => {
    const { run, scheduler, states } = setup();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ running: false, last: done });
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS * 3);
    expect(run).toHaveBeenCalledTimes(4);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS * 3);
    expect(run).toHaveBeenCalledTimes(4);
  });

  test('an offline window waits for the connection to come back', async () => {
    const { env, run, scheduler } = setup(false);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS * 2);
    expect(run).not.toHaveBeenCalled();
    env.comeOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.stop();
    expect(env.listeners).toHaveLength(0);
  });

  test('asking while a sync runs joins it instead of starting another', async () => {
    let finish: (d: SyncDone) => void = () => {};
    const run = vi.fn(() => new Promise<SyncDone>((resolve) => (finish = resolve)));
    const { scheduler, states } = setup(true, run);
    scheduler.start();
    const tap = scheduler.syncNow();
    await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(states.at(-1)?.running).toBe(true);
    finish(done);
    await tap;
    expect(states.at(-1)).toEqual({ running: false, last: done });
    const again = scheduler.syncNow(true);
    expect(run).toHaveBeenLastCalledWith(true);
    finish(done);
    await again;
    scheduler.stop();
  });

  test('a change saved while a sync runs is sent by one more run after it, shared by every such ask', async () => {
    const finishes: ((d: SyncDone) => void)[] = [];
    const run = vi.fn(() => new Promise<SyncDone>((resolve) => finishes.push(resolve)));
    const { scheduler } = setup(true, run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    // Two saves while the first sync runs: that sync pushed before them.
    let sent = false;
    const afterSave = scheduler.syncIfOnline().then(() => (sent = true));
    const afterSecondSave = scheduler.syncIfOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    finishes[0](done);
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(sent).toBe(false);
    finishes[1](done);
    await Promise.all([afterSave, afterSecondSave]);
    expect(sent).toBe(true);
    expect(run).toHaveBeenCalledTimes(2);
    // With no sync running, asking after a change runs at once, once.
    const alone = scheduler.syncIfOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(3);
    finishes[2](done);
    await alone;
    scheduler.stop();
  });

  test('a failure is shown, the last good sync kept, and cleared by the next success', async () => {
    const run = vi
      .fn<(accept: boolean) => Promise<SyncDone>>()
      .mockResolvedValueOnce(done)
      .mockRejectedValueOnce(new ApiError('hub-unreachable', 'cannot reach http://hub'))
      .mockResolvedValueOnce(done);
    const { scheduler, states } = setup(true, run);
    await scheduler.syncNow();
    await scheduler.syncNow();
    expect(states.at(-1)).toMatchObject({ running: false, last: done, error: { code: 'hub-unreachable' } });
    await scheduler.syncNow();
    expect(states.at(-1)).toEqual({ running: false, last: done });
  });

  test('a device never linked to a hub is not nagged by automatic syncs, only when asking', async () => {
    const run = vi.fn(async () => {
      throw new ApiError('no-hub', 'not linked');
    });
    const { scheduler, states } = setup(true, run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ running: false, last: undefined, error: undefined });
    await scheduler.syncNow();
    expect(states.at(-1)?.error?.code).toBe('no-hub');
    scheduler.stop();
  });

  test('the reader can ask even when the window believes it is offline', async () => {
    const { run, scheduler } = setup(false);
    await scheduler.syncNow();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
