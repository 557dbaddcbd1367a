// @vitest-environment jsdom
// The public reader's flags: sent to the hub at once, kept in the browser while offline (or
// while the hub takes no more this hour) and sent at the next contact, then forgotten; only
// the article, the language and the sentence ever leave.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendFlag, sendWaitingFlags } from '../src/flags';

function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('flags on the public reader', () => {
  beforeEach(() => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    document.head.append(link);
  });
  afterEach(() => document.head.querySelector('link[rel="manifest"]')?.remove());

  it('queues a flag while offline and sends it, and only it, at the next contact', async () => {
    const storage = fakeStorage();
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const outcome = await sendFlag({ slug: 'housing', lang: 'ar', sentence: '  رقم خطأ ' }, storage, offline);
    expect(outcome).toBe('queued');

    const sent: { url: string; body: unknown; headers: Record<string, string>; credentials?: string }[] = [];
    const online = (async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(init.body as string), headers: init.headers as Record<string, string>, credentials: init.credentials });
      return new Response('{"flagged":true}', { status: 200 });
    }) as unknown as typeof fetch;
    await sendWaitingFlags(storage, online);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/v1/flags');
    expect(sent[0].body).toEqual({ slug: 'housing', lang: 'ar', sentence: 'رقم خطأ' });
    expect(sent[0].headers['peerguide-protocol']).toBe('2');
    expect(sent[0].credentials).toBe('omit');
    // Forgotten once sent.
    await sendWaitingFlags(storage, online);
    expect(sent).toHaveLength(1);
  });

  it('keeps a flag the hub has no room for this hour, and drops one it refuses for good', async () => {
    const storage = fakeStorage();
    const busy = (async () => new Response('{}', { status: 429 })) as unknown as typeof fetch;
    expect(await sendFlag({ slug: 'housing', lang: 'en' }, storage, busy)).toBe('queued');
    await sendWaitingFlags(storage, busy);
    expect(JSON.parse(storage.getItem('pg-flags')!)).toHaveLength(1);
    const gone = (async () => new Response('{}', { status: 404 })) as unknown as typeof fetch;
    await sendWaitingFlags(storage, gone);
    expect(storage.getItem('pg-flags')).toBeNull();
  });
});
