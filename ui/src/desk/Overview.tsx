// The overview: every article in every language the organisation offers, in one word each,
// counts per language ("Tigrinya: 9 of 35, 0 reviewed"), filters, and the services' checks.

import { useEffect, useState } from 'preact/hooks';
import { desk, type Cell, type Overview as Data } from './api';
import { ErrorText, useL10n } from './Desk';

const CELLS: Cell[] = ['missing', 'machine', 'volunteer', 'reviewed', 'out-of-date', 'overdue'];

export function Overview() {
  const l10n = useL10n();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lang, setLang] = useState('');
  const [state, setState] = useState<Cell | ''>('');
  useEffect(() => {
    desk.overview().then(setData, setError);
  }, []);
  if (error) return <ErrorText error={error} />;
  if (!data) return <p>{l10n.t('desk-loading')}</p>;
  const languages = lang ? data.languages.filter((l) => l === lang) : data.languages;
  const rows = data.articles.filter((a) => !state || languages.some((l) => a.cells[l] === state));
  return (
    <>
      <h1 tabIndex={-1}>{l10n.t('desk-overview-title')}</h1>
      <p>
        <a href="#/new" class="desk-button" data-testid="desk-new-article">
          {l10n.t('desk-new-article')}
        </a>
      </p>
      <h2>{l10n.t('desk-counts-title')}</h2>
      <ul class="desk-counts" data-testid="desk-counts">
        {data.counts.map((c) => (
          <li key={c.lang} data-lang={c.lang} data-present={c.present} data-reviewed={c.reviewed}>
            {l10n.t('desk-count', { language: l10n.languageName(c.lang), present: c.present, total: data.total, reviewed: c.reviewed })}
          </li>
        ))}
      </ul>
      <div class="desk-filters">
        <label>
          {l10n.t('desk-filter-language')}{' '}
          <select data-testid="desk-filter-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
            <option value="">{l10n.t('desk-filter-all')}</option>
            {data.languages.map((l) => (
              <option key={l} value={l}>
                {l10n.languageName(l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {l10n.t('desk-filter-state')}{' '}
          <select data-testid="desk-filter-state" value={state} onChange={(e) => setState((e.target as HTMLSelectElement).value as Cell | '')}>
            <option value="">{l10n.t('desk-filter-all')}</option>
            {CELLS.map((c) => (
              <option key={c} value={c}>
                {l10n.t(`desk-cell-${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="desk-table-wrap" tabIndex={0} role="region" aria-label={l10n.t('desk-articles-title')}>
        <table class="desk-table" data-testid="desk-overview">
          <caption>{l10n.t('desk-articles-title')}</caption>
          <thead>
            <tr>
              <th scope="col">{l10n.t('desk-article')}</th>
              {languages.map((l) => (
                <th scope="col" key={l}>
                  {l10n.languageName(l)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug} data-slug={a.slug}>
                <th scope="row">
                  <a href={`#/article/${encodeURIComponent(a.slug)}`} lang="en" dir="ltr">
                    {a.title || a.slug}
                  </a>
                  {a.draft && <span class="desk-tag">{l10n.t('desk-draft')}</span>}
                  {a.unpublished && <span class="desk-tag">{l10n.t('desk-unpublished')}</span>}
                </th>
                {languages.map((l) => (
                  <td key={l} class={`desk-cell desk-cell-${a.cells[l]}`} data-lang={l} data-state={a.cells[l]}>
                    {l10n.t(`desk-cell-${a.cells[l]}`)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{l10n.t('desk-services-title')}</h2>
      <p>
        <a href="#/new-service" class="desk-button" data-testid="desk-new-service">
          {l10n.t('desk-new-service')}
        </a>
      </p>
      <ul class="desk-services" data-testid="desk-services">
        {data.services.map((s) => (
          <li key={s.slug} data-slug={s.slug} data-overdue={String(s.overdue)}>
            <a href={`#/service/${encodeURIComponent(s.slug)}`} lang="en" dir="ltr">
              {s.name}
            </a>{' '}
            — {s.reviewed_on ? l10n.t('desk-service-checked', { date: l10n.day(s.reviewed_on) }) : l10n.t('desk-service-never-checked')}
            {s.overdue && <span class="desk-tag desk-tag-warn">{l10n.t('desk-cell-overdue')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
