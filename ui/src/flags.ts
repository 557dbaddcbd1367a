// A reader's "this is wrong or unclear": only the article, its language and one optional
// sentence. The app and web mode keep it in the device's database until the next sync sends
// it (the core deletes it once sent). The hub's public reader has no database of its own:
// it posts to the hub at once and, offline, keeps the flag in this browser until the next
// contact, then forgets it.

import { api } from './api';
import { isPublicReader } from './offline';
import type { FlagParams } from './types';

const KEY = 'pg-flags';
/**
 * The protocol version the hub's `/v1/flags` expects (`PROTOCOL_VERSION` in the core;
 * `crates/web/tests/ui_contract.rs` checks the hub accepts it).
 */
const PROTOCOL = '2';
/** The longest sentence the hub takes, in characters. */
export const MAX_SENTENCE = 300;

function waiting(storage: Storage): FlagParams[] {
  try {
    const list = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Posts one flag to the hub; `true` once the hub has it or will never take it. */
async function post(flag: FlagParams, fetchFn: typeof fetch): Promise<boolean> {
  let response: Response;
  try {
    response = await fetchFn('/v1/flags', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'peerguide-protocol': PROTOCOL },
      body: JSON.stringify(flag),
      credentials: 'omit',
    });
  } catch {
    return false;
  }
  // Too many flags this hour: try again later. Anything else is final either way.
  return response.status !== 429 && response.status < 500;
}

/** Sends the flags this browser kept while offline (public reader only). */
export async function sendWaitingFlags(storage: Storage = localStorage, fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<void> {
  const list = waiting(storage);
  if (list.length === 0) return;
  const left: FlagParams[] = [];
  for (const flag of list) {
    if (!(await post(flag, fetchFn))) left.push(flag);
  }
  if (left.length) storage.setItem(KEY, JSON.stringify(left));
  else storage.removeItem(KEY);
}

/** Sends or queues a flag. Answers `sent` when the hub has it, `queued` when it waits. */
export async function sendFlag(flag: FlagParams, storage: Storage = localStorage, fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<'sent' | 'queued'> {
  const sentence = flag.sentence?.trim();
  const clean: FlagParams = { slug: flag.slug, lang: flag.lang, ...(sentence ? { sentence } : {}) };
  if (!isPublicReader()) {
    await api.flag(clean);
    return 'queued';
  }
  if (await post(clean, fetchFn)) return 'sent';
  storage.setItem(KEY, JSON.stringify([...waiting(storage), clean]));
  return 'queued';
}
