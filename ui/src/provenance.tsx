// What a reader is told about where an article comes from: when it was checked, against
// which sources, whether a computer translated it, and whether it is past the day it had to
// be checked again. Also the text "Share" sends, which carries the checked-on date and the
// app's link for the article.

import { Notice } from './components';
import { baseLanguage, type Localization } from './i18n';
import { markdownToText } from './markdown';
import { href, useApp } from './state';
import type { ArticleView, Source } from './types';

const SOURCE_LANGUAGE = 'en';

/** Today on this device, as YYYY-MM-DD in its own time zone (what the reader calls today). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole months from `from` to `to` (both YYYY-MM-DD): 12 March to 29 November is 8. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** A machine translation nobody has checked: the reader is told so. */
export function isUnreviewedMachine(view: ArticleView): boolean {
  const t = view.translation.translated;
  return baseLanguage(view.lang) !== SOURCE_LANGUAGE && t?.method === 'machine' && !t.second_review;
}

/** "Checked on 12 March 2026", under the title. */
export function CheckedOn({ view }: { view: ArticleView }) {
  const { l10n } = useApp();
  const on = view.provenance.reviewed_on;
  if (!on) return null;
  return (
    <p class="checked-on" data-testid="checked-on">
      {l10n.t('article-checked-on', { date: l10n.day(on) })}
    </p>
  );
}

/** The notices about trust: past its check-again day (stronger), then machine translation. */
export function ProvenanceNotices({ view, today }: { view: ArticleView; today: string }) {
  const { l10n } = useApp();
  const on = view.provenance.reviewed_on;
  const lang = baseLanguage(view.lang);
  return (
    <>
      {view.overdue && (
        <Notice kind="warn" testid="overdue-notice">
          <strong>
            {on
              ? l10n.t('article-overdue', { months: monthsBetween(on, today) })
              : l10n.t('article-overdue-undated')}
          </strong>
        </Notice>
      )}
      {isUnreviewedMachine(view) && (
        <Notice kind="info" testid="machine-notice">
          {l10n.t('article-machine-translation')}{' '}
          <a href={href('volunteers', lang)} data-testid="machine-notice-volunteers">
            {l10n.t('article-machine-volunteers', { language: l10n.languageName(lang) })}
          </a>
        </Notice>
      )}
    </>
  );
}

/** The sources list at the end of an article. */
export function Sources({ sources }: { sources: Source[] }) {
  const { l10n } = useApp();
  if (sources.length === 0) return null;
  return (
    <section class="sources" aria-labelledby="sources-heading" lang={l10n.lang} dir={l10n.dir} data-testid="sources">
      <h2 id="sources-heading">{l10n.t('article-sources')}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            {/* Titles are written in the pack's source language. */}
            <a href={s.url} target="_blank" rel="noopener noreferrer" lang={SOURCE_LANGUAGE} dir="auto">
              {s.title}
            </a>{' '}
            <span class="muted">({l10n.t('article-source-retrieved', { date: l10n.day(s.retrieved) })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The app's own link for an article: this page's address with the article's hash route. */
export function articleLink(slug: string, here: Location = location, readerLang?: string): string {
  // On the hub's public reader, the path form: the hub answers it with the article's preview
  // tags in the reader's language.
  if (readerLang) return `${here.origin}/${encodeURIComponent(readerLang)}/guide/${encodeURIComponent(slug)}`;
  return `${here.origin}${here.pathname}${href('article', slug)}`;
}

/** What "Share" sends: title, text, when it was checked, and the link. */
export function shareText(view: ArticleView, l10n: Localization, link: string): string {
  const { title, body } = view.translation;
  const parts = [title, markdownToText(body)];
  const on = view.provenance.reviewed_on;
  const footer = [on ? l10n.t('article-checked-on', { date: l10n.day(on) }) : '', link].filter(Boolean);
  parts.push(footer.join('\n'));
  // Fluent's bidi isolation marks help on screen; in a message they are invisible clutter.
  return parts.join('\n\n').replace(/[\u2068\u2069]/g, '');
}
