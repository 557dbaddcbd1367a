// Search as you type, in the reader's language first; results in another language say so.
// After a first sync or a large import the content reads at once and the search index takes it
// in for a while after: meanwhile a calm note says some guidance may be missing, and the search
// runs again by itself once the index has everything.

import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api';
import { Failed, Highlighted, Notice, PageTitle } from '../components';
import { DataVersion, href, useApp, useDebounced, useLoad } from '../state';

/** How often the screen asks again, while search is not ready, whether it is now. */
export const SEARCH_STATUS_EVERY_MS = 2_500;

/**
 * How many stored texts search cannot find yet, while `query` is searched: asked with each new
 * query and each sync that brings content, then every few seconds while any are pending, never
 * once the screen is gone. `ready` is called when the count comes down to 0, so the search shown
 * runs again and completes itself. A failed ask counts as 0: the note is a courtesy, not an error.
 */
function useSearchPending(query: string, ready: () => void): number {
  const [pending, setPending] = useState(0);
  const version = useContext(DataVersion);
  const onReady = useRef(ready);
  onReady.current = ready;
  const wasPending = useRef(false);
  useEffect(() => {
    if (!query) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const left = await api.searchStatus().then(
        (s) => s.pending,
        () => 0,
      );
      if (stopped) return;
      setPending(left);
      if (left > 0) {
        wasPending.current = true;
        timer = setTimeout(() => void check(), SEARCH_STATUS_EVERY_MS);
      } else if (wasPending.current) {
        wasPending.current = false;
        onReady.current();
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [query, version]);
  return query ? pending : 0;
}

export function Search() {
  const { l10n } = useApp();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const hits = useLoad(() => (q ? api.search({ lang: l10n.lang, query: q, limit: 20 }) : Promise.resolve(null)), [l10n.lang, q]);
  const pending = useSearchPending(q, hits.reload);
  return (
    <>
      <PageTitle icon="search">{l10n.t('search-title')}</PageTitle>
      <form role="search" class="search-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input">{l10n.t('search-label')}</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          dir="auto"
          autocomplete="off"
          data-testid="search-input"
          placeholder={l10n.t('search-placeholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      {hits.error ? <Failed error={hits.error} retry={hits.reload} /> : null}
      <div class="status" role="status" aria-live="polite">
        {q && hits.data && pending > 0 ? (
          <Notice kind="info" testid="search-pending">
            {l10n.t('search-pending')}
          </Notice>
        ) : null}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="search-status">
        {q && hits.data ? (hits.data.length ? l10n.t('search-results', { count: hits.data.length }) : l10n.t('search-none', { query: q })) : ''}
      </p>
      {hits.data && hits.data.length > 0 && (
        <ul class="article-list" data-testid="search-results">
          {hits.data.map((hit) => (
            <li key={`${hit.slug}-${hit.lang}`}>
              <a class="article-link" href={href('article', hit.slug)} data-testid={`article-link-${hit.slug}`}>
                <span class="article-link-title" lang={hit.lang} dir="auto">
                  <Highlighted fragments={hit.title} />
                </span>
                <span class="article-link-summary" lang={hit.lang} dir="auto">
                  <Highlighted fragments={hit.snippet} />
                </span>
                {hit.is_fallback && <span class="tag">{l10n.t('in-language', { language: l10n.languageName(hit.lang) })}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
