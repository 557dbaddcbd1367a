// Small pieces shared by the screens: loading and error states, notices, article links.

import type { ComponentChildren } from 'preact';
import { ApiError } from './api';
import { Icon } from './icons';
import { href, useApp } from './state';
import { WEEKDAYS, type ArticleSummary, type Fragment, type OpeningHours, type Topic } from './types';

/** The translated message for an error: by its code, never by its English text. */
export function errorMessage(t: (id: string, args?: Record<string, string>) => string, has: (id: string) => boolean, error: unknown): string {
  // An ApiError, or an error body kept by the core (a sync's last failure).
  const code =
    error instanceof ApiError ? error.code : typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'unknown';
  return has(`error-${code}`) ? t(`error-${code}`) : t('error-unknown', { code });
}

export function Failed({ error, retry }: { error: unknown; retry?: () => void }) {
  const { l10n } = useApp();
  return (
    <div class="notice notice-error" role="alert" data-testid="error">
      <p>{errorMessage(l10n.t, l10n.has, error)}</p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          {l10n.t('retry')}
        </button>
      )}
    </div>
  );
}

/** A failed action's message, translated by its code; nothing when there is no error. */
export function ErrorNotice({ error, testid }: { error: unknown; testid?: string }) {
  const { l10n } = useApp();
  if (!error) return null;
  return (
    <p class="notice notice-error" role="alert" data-testid={testid}>
      {errorMessage(l10n.t, l10n.has, error)}
    </p>
  );
}

/** The hub's address, as a person types it: left to right, no autocorrection. */
export function HubAddressInput({ id, testid, value, onInput, invalid }: { id: string; testid: string; value: string; onInput: (v: string) => void; invalid?: boolean }) {
  const { l10n } = useApp();
  return (
    <>
      <label for={id}>{l10n.t('sync-address')}</label>
      <input
        id={id}
        type="url"
        inputMode="url"
        dir="ltr"
        autoComplete="off"
        spellcheck={false}
        placeholder="https://"
        data-testid={testid}
        value={value}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid ? true : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="muted">
        {l10n.t('sync-address-hint')}
      </p>
    </>
  );
}

export function Loading() {
  const { l10n } = useApp();
  return (
    <p class="loading" role="status">
      {l10n.t('loading')}
    </p>
  );
}

export function Notice({ kind, children, testid }: { kind: 'info' | 'warn'; children: ComponentChildren; testid?: string }) {
  return (
    <p class={`notice notice-${kind}`} data-testid={testid}>
      {children}
    </p>
  );
}

/** Says, in the reader's language, that some text is shown in another language. */
export function FallbackNotice({ shown, requested }: { shown: string; requested: string }) {
  const { l10n } = useApp();
  return (
    <Notice kind="info" testid="fallback-notice">
      {l10n.t('article-fallback', {
        shown: l10n.languageName(shown),
        requested: l10n.languageName(requested),
      })}
    </Notice>
  );
}

export function TopicName({ topic }: { topic: Topic }) {
  return <>{useApp().l10n.t(`topic-${topic}`)}</>;
}

export function ArticleLink({ article, current }: { article: ArticleSummary; current?: boolean }) {
  const { l10n } = useApp();
  return (
    <li>
      <a
        class="article-link"
        href={href('article', article.slug)}
        data-testid={`article-link-${article.slug}`}
        aria-current={current ? 'page' : undefined}
      >
        <span class="article-link-title" lang={article.lang} dir="auto">
          {article.title}
        </span>
        <span class="article-link-summary" lang={article.lang} dir="auto">
          {article.summary}
        </span>
        {article.is_fallback && <span class="tag">{l10n.t('in-language', { language: l10n.languageName(article.lang) })}</span>}
      </a>
    </li>
  );
}

export function Highlighted({ fragments }: { fragments: Fragment[] }) {
  return <>{fragments.map((f) => (f.hit ? <mark>{f.text}</mark> : f.text))}</>;
}

export function PageTitle({ children, icon }: { children: ComponentChildren; icon?: Parameters<typeof Icon>[0]['name'] }) {
  return (
    <h1 class="page-title" tabIndex={-1}>
      {icon && <Icon name={icon} />}
      <span>{children}</span>
    </h1>
  );
}

/** A time range as a reader reads it, `10:00–16:00`: left to right in every language, and
 * never broken across lines. */
export function TimeRangeText({ range }: { range: string }) {
  return (
    <bdi dir="ltr" class="time-range">
      {range.replace('-', '–')}
    </bdi>
  );
}

/** A phone number as written, left to right and on one line. */
export function PhoneNumber({ phone }: { phone: string }) {
  return (
    <bdi dir="ltr" class="phone">
      {phone}
    </bdi>
  );
}

/** Today's weekday in Glasgow (0 = Monday): opening hours are Glasgow wall-clock time. */
function glasgowWeekday(): number {
  const name = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/London' }).format(new Date());
  return Math.max(0, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name));
}

/** The opening hours for the week, today marked, each day's ranges on lines of their own. */
export function WeekHours({ hours, testid }: { hours: OpeningHours; testid?: string }) {
  const { l10n } = useApp();
  const today = glasgowWeekday();
  const weekday = (i: number) => new Intl.DateTimeFormat([l10n.locale, 'en'], { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));
  return (
    <dl class="hours" data-testid={testid}>
      {WEEKDAYS.map((day, i) => (
        <div key={day} class={i === today ? 'today' : undefined}>
          <dt>
            {weekday(i)}
            {i === today && <span class="tag">{l10n.t('service-today')}</span>}
          </dt>
          <dd>
            {hours.weekly[day]?.length
              ? hours.weekly[day]!.map((r) => (
                  <span key={r} class="range-line">
                    <TimeRangeText range={r} />
                  </span>
                ))
              : l10n.t('service-closed-all-day')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Closures still to come (or under way), oldest first; nothing when there are none. */
export function Closures({ hours, headingLevel = 2 }: { hours: OpeningHours; headingLevel?: 2 | 3 }) {
  const { l10n } = useApp();
  const today = new Date().toISOString().slice(0, 10);
  const coming = (hours.closures ?? []).filter((c) => c.to >= today);
  if (!coming.length) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>{l10n.t('service-closures')}</Heading>
      <ul class="plain closures" data-testid="closures">
        {coming.map((c) => (
          <li key={c.from}>{l10n.t('service-closure', { from: l10n.date(c.from), to: l10n.date(c.to) })}</li>
        ))}
      </ul>
    </>
  );
}
