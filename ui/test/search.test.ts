// The search screen while search is still taking in a large update, as a reader would notice
// it: a calm note above the results while some guidance is not searchable yet, the search run
// again by itself once it is, and nothing at all in the usual case.

import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { api } from '../src/api';
import { localize, type Localization } from '../src/i18n';
import { SEARCH_STATUS_EVERY_MS, Search } from '../src/screens/Search';
import { Ctx } from '../src/state';
import type { SearchHit } from '../src/types';

const hit = (slug: string): SearchHit => ({
  article_id: slug,
  slug,
  topic: 'health',
  lang: 'en',
  is_fallback: false,
  stale: false,
  title: [{ text: slug, hit: true }],
  snippet: [{ text: 'How to see a doctor.', hit: false }],
});

let l10n: Localization;
let root: HTMLElement;

beforeEach(async () => {
  l10n = await localize('en');
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the debounce, the answers and the re-renders happen. */
const settle = () => vi.advanceTimersByTimeAsync(300);

/** Shows the screen with the search index answering `pending` in turn (the last one for good),
 * and search finding `found()` at the time it is asked. */
async function open(pending: number[], found: () => SearchHit[]) {
  const left = [...pending];
  const status = vi.spyOn(api, 'searchStatus').mockImplementation(async () => ({ pending: left.length > 1 ? left.shift()! : left[0] }));
  const search = vi.spyOn(api, 'search').mockImplementation(async () => found());
  render(h(Ctx.Provider, { value: { l10n, textSize: 1, setTextSize: () => {}, setLang: () => {} } }, h(Search, {})), root);
  await settle();
  return { status, search };
}

async function type(text: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

const note = () => root.querySelector('[data-testid="search-pending"]');
const results = () => [...root.querySelectorAll('[data-testid^="article-link-"]')].map((a) => a.getAttribute('data-testid'));

describe('search while the index catches up', () => {
  test('nothing is said when search has everything, and nothing more is asked', async () => {
    const { status, search } = await open([0], () => [hit('register-with-a-gp')]);
    expect(status, 'nothing is asked before a search').not.toHaveBeenCalled();
    await type('doctor');
    expect(results()).toEqual(['article-link-register-with-a-gp']);
    expect(note()).toBeNull();
    await vi.advanceTimersByTimeAsync(SEARCH_STATUS_EVERY_MS * 4);
    expect(status).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledTimes(1);
  });

  test('a note shows while some guidance is not searchable, and goes once it is, the search run again', async () => {
    let indexed = false;
    const { status, search } = await open([900, 300, 0], () => (indexed ? [hit('register-with-a-gp')] : []));
    await type('doctor');
    expect(results()).toEqual([]);
    expect(note()?.textContent).toBe('Search is still getting ready after the last update. Some guidance may not show up yet.');
    // In a polite live region, so a screen reader says it without interrupting.
    expect(note()?.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    await vi.advanceTimersByTimeAsync(SEARCH_STATUS_EVERY_MS);
    expect(note()).not.toBeNull();
    expect(search).toHaveBeenCalledTimes(1);
    indexed = true;
    await vi.advanceTimersByTimeAsync(SEARCH_STATUS_EVERY_MS);
    await settle();
    expect(note()).toBeNull();
    expect(search).toHaveBeenCalledTimes(2);
    expect(search).toHaveBeenLastCalledWith({ lang: 'en', query: 'doctor', limit: 20 });
    expect(results()).toEqual(['article-link-register-with-a-gp']);
    // Ready: no more asking.
    await vi.advanceTimersByTimeAsync(SEARCH_STATUS_EVERY_MS * 4);
    expect(status).toHaveBeenCalledTimes(3);
  });

  test('leaving the screen stops the asking', async () => {
    const { status } = await open([50], () => []);
    await type('housing');
    expect(note()).not.toBeNull();
    const asked = status.mock.calls.length;
    render(null, root);
    await vi.advanceTimersByTimeAsync(SEARCH_STATUS_EVERY_MS * 4);
    expect(status).toHaveBeenCalledTimes(asked);
  });

  test('a status that cannot be had says nothing', async () => {
    vi.spyOn(api, 'searchStatus').mockRejectedValue(new Error('not-found'));
    vi.spyOn(api, 'search').mockResolvedValue([hit('council-tax')]);
    render(h(Ctx.Provider, { value: { l10n, textSize: 1, setTextSize: () => {}, setLang: () => {} } }, h(Search, {})), root);
    await type('council');
    expect(results()).toEqual(['article-link-council-tax']);
    expect(note()).toBeNull();
    expect(root.querySelector('[data-testid="search-status"]')?.textContent).not.toBe('');
  });
});
