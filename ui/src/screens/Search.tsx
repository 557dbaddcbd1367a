// Search as you type, in the reader's language first; results in another language say so.

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api';
import { Failed, Highlighted, PageTitle } from '../components';
import { href, useApp, useDebounced, useLoad } from '../state';

export function Search() {
  const { l10n } = useApp();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const hits = useLoad(() => (q ? api.search({ lang: l10n.lang, query: q, limit: 20 }) : Promise.resolve(null)), [l10n.lang, q]);
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
