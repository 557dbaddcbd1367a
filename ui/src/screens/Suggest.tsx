// A volunteer's suggestions from the app: on an article, "Suggest a correction" and
// "Translate into …" (the languages the organisation offers); the screen to write the title,
// summary and text (Markdown, previewed exactly as the app shows it), kept on the device as a
// draft or handed to the next sync; and "My suggestions" with where each stands. Newcomers
// get only the small "This is wrong or unclear" with one optional sentence.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api';
import { ErrorNotice, Failed, Loading, PageTitle } from '../components';
import { MAX_SENTENCE, sendFlag } from '../flags';
import { direction } from '../i18n';
import { renderMarkdown } from '../markdown';
import { href, useAction, useApp, useLoad, useSync, useSyncStatus } from '../state';
import type { ArticleView, Suggestion, SuggestionKind } from '../types';

/** The route argument of a new suggestion: article, language and kind. */
export const newSuggestionArg = (slug: string, lang: string, kind: SuggestionKind) => `${slug}~${lang}~${kind}`;

/** On an article: what a volunteer may suggest, and anyone's flag. */
export function ArticleFeedback({ view }: { view: ArticleView }) {
  const status = useSyncStatus();
  const volunteer = status.data?.hub?.role === 'volunteer';
  return (
    <section class="feedback" aria-label={useApp().l10n.t('feedback-title')} data-testid="article-feedback">
      {volunteer && <SuggestLinks view={view} />}
      <FlagForm view={view} />
    </section>
  );
}

function SuggestLinks({ view }: { view: ArticleView }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const mine = useLoad(() => api.suggestions(), []);
  // Any language the organisation offers but the one shown (that is a correction) and English
  // (the source every translation is made from): a new text may replace a machine translation.
  const missing = (mine.data?.offered ?? []).filter((l) => l !== 'en' && l !== view.lang);
  const [target, setTarget] = useState('');
  const chosen = missing.includes(target) ? target : missing[0];
  return (
    <div class="suggest-links">
      <a class="button" href={href('suggest', newSuggestionArg(view.slug, view.lang, 'correction'))} data-testid="suggest-correction">
        {t('suggest-correction')}
      </a>
      {chosen && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            location.hash = href('suggest', newSuggestionArg(view.slug, chosen, 'translation'));
          }}
        >
          <label for="suggest-target">{t('suggest-translate-into')}</label>
          <select id="suggest-target" value={chosen} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)} data-testid="suggest-target">
            {missing.map((l) => (
              <option key={l} value={l}>
                {l10n.languageName(l)}
              </option>
            ))}
          </select>
          <button type="submit" class="button" data-testid="suggest-translate">
            {t('suggest-translate')}
          </button>
        </form>
      )}
      <a href={href('suggestions')} data-testid="my-suggestions-link">
        {t('suggestions-title')}
      </a>
    </div>
  );
}

function FlagForm({ view }: { view: ArticleView }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const sync = useSync();
  const [sentence, setSentence] = useState('');
  const [done, setDone] = useState<'' | 'sent' | 'queued'>('');
  const send = useAction(async () => {
    const outcome = await sendFlag({ slug: view.slug, lang: view.lang, sentence });
    setDone(outcome);
    setSentence('');
    if (outcome === 'queued') void sync.syncSoon();
  });
  return (
    <details class="flag" data-testid="flag">
      <summary>{t('flag-open')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send.run();
        }}
      >
        <label for="flag-sentence">{t('flag-sentence')}</label>
        <input
          id="flag-sentence"
          type="text"
          maxLength={MAX_SENTENCE}
          value={sentence}
          dir="auto"
          onInput={(e) => setSentence((e.target as HTMLInputElement).value)}
          data-testid="flag-sentence"
        />
        <p class="muted">{t('flag-privacy')}</p>
        <button type="submit" class="button" disabled={send.busy} data-testid="flag-send">
          {t('flag-send')}
        </button>
      </form>
      <p class="status" role="status" aria-live="polite" data-testid="flag-status">
        {done ? t(done === 'sent' ? 'flag-sent' : 'flag-queued') : ''}
      </p>
      {send.error ? <ErrorNotice error={send.error} /> : null}
    </details>
  );
}

/** What the form starts from: a draft being changed, or a new suggestion's article, language
 * and kind. */
function parseArg(arg: string): { id: string } | { slug: string; lang: string; kind: SuggestionKind } | null {
  const [slug, lang, kind] = arg.split('~');
  if (lang && (kind === 'correction' || kind === 'translation')) return { slug, lang, kind };
  return arg ? { id: arg } : null;
}

export function SuggestScreen({ arg }: { arg?: string }) {
  const { l10n } = useApp();
  const start = parseArg(arg ?? '');
  const mine = useLoad(() => api.suggestions(), [arg]);
  const draft = start && 'id' in start ? mine.data?.suggestions.find((s) => s.id === start.id) : undefined;
  const target = start && 'slug' in start ? start : draft;
  // A correction starts from the text as it is in that language.
  const current = useLoad(
    () => (target && !draft ? api.article({ lang: target.lang, slug: target.slug }) : Promise.resolve(undefined)),
    [target?.slug, target?.lang, !!draft],
  );
  return (
    <>
      <PageTitle icon="volunteers">{l10n.t('suggest-title')}</PageTitle>
      {mine.error ? <Failed error={mine.error} retry={mine.reload} /> : null}
      {!mine.data && !mine.error ? <Loading /> : null}
      {mine.data && !target && <p class="notice notice-warn">{l10n.t('suggestion-gone')}</p>}
      {mine.data && target && draft?.status !== undefined && draft.status !== 'draft' && (
        <p class="notice notice-info">{l10n.t('suggestion-not-editable')}</p>
      )}
      {mine.data && target && (!draft || draft.status === 'draft') && (current.data !== undefined || current.error || draft) && (
        <SuggestForm
          key={arg}
          draft={draft}
          slug={target.slug}
          lang={target.lang}
          kind={target.kind}
          from={current.data && !current.data.is_fallback ? current.data : undefined}
        />
      )}
    </>
  );
}

function SuggestForm({ draft, slug, lang, kind, from }: { draft?: Suggestion; slug: string; lang: string; kind: SuggestionKind; from?: ArticleView }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const sync = useSync();
  const [title, setTitle] = useState(draft?.title ?? from?.translation.title ?? '');
  const [summary, setSummary] = useState(draft?.summary ?? from?.translation.summary ?? '');
  const [body, setBody] = useState(draft?.body ?? from?.translation.body ?? '');
  const [credit, setCredit] = useState(draft?.credit ?? true);
  const [id, setId] = useState(draft?.id);
  const [saved, setSaved] = useState(false);
  const preview = useMemo(() => renderMarkdown(body), [body]);
  const save = useAction(async (send: boolean) => {
    const s = await api.saveSuggestion({ id, slug, lang, kind, title, summary, body, credit, send });
    setId(s.id);
    setSaved(true);
    if (send) {
      void sync.syncSoon();
      location.hash = href('suggestions');
    }
  });
  const remove = useAction(async () => {
    if (id) await api.deleteSuggestion({ id });
    location.hash = href('suggestions');
  });
  useEffect(() => setSaved(false), [title, summary, body, credit]);
  const dir = direction(lang);
  return (
    <form
      class="suggest-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run(true);
      }}
      data-testid="suggest-form"
    >
      <p class="lead" data-testid="suggest-what">
        {t(kind === 'correction' ? 'suggest-what-correction' : 'suggest-what-translation', { language: l10n.languageName(lang) })}{' '}
        <a href={href('article', slug)}>{t('suggest-back')}</a>
      </p>
      {draft?.reason && (
        <p class="notice notice-warn" data-testid="suggest-refused">
          {t('suggest-refused')}
        </p>
      )}
      <label for="suggest-title-input">{t('suggest-field-title')}</label>
      <input id="suggest-title-input" lang={lang} dir={dir} value={title} maxLength={200} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} data-testid="suggest-title" />
      <label for="suggest-summary">{t('suggest-field-summary')}</label>
      <textarea id="suggest-summary" lang={lang} dir={dir} rows={2} value={summary} maxLength={1000} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} data-testid="suggest-summary" />
      <label for="suggest-body">{t('suggest-field-body')}</label>
      <p class="muted" id="suggest-body-hint">
        {t('suggest-body-hint')}
      </p>
      <textarea id="suggest-body" lang={lang} dir={dir} rows={12} value={body} aria-describedby="suggest-body-hint" onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} data-testid="suggest-body" />
      <h2 id="suggest-preview-heading">{t('suggest-preview')}</h2>
      {/* Safe: renderMarkdown never passes HTML through (see markdown.ts). */}
      <div class="prose preview" lang={lang} dir={dir} aria-labelledby="suggest-preview-heading" dangerouslySetInnerHTML={{ __html: preview }} data-testid="suggest-preview" />
      <label class="check">
        <input type="checkbox" checked={credit} onChange={(e) => setCredit((e.target as HTMLInputElement).checked)} data-testid="suggest-credit" />
        {t('suggest-credit')}
      </label>
      <div class="actions">
        <button type="button" class="button" disabled={save.busy} onClick={() => void save.run(false)} data-testid="suggest-save">
          {t('suggest-save')}
        </button>
        <button type="submit" class="button" disabled={save.busy || !title.trim() || !body.trim()} data-testid="suggest-send">
          {t('suggest-send')}
        </button>
        {id && (
          <button type="button" class="button" disabled={remove.busy} onClick={() => void remove.run()} data-testid="suggest-delete">
            {t('suggest-delete')}
          </button>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="suggest-status">
        {saved ? t('suggest-saved') : ''}
      </p>
      {save.error ? <ErrorNotice error={save.error} testid="suggest-error" /> : null}
      {remove.error ? <ErrorNotice error={remove.error} /> : null}
    </form>
  );
}

/** "My suggestions": each with where it stands, a declined one with its reason. */
export function MySuggestions() {
  const { l10n } = useApp();
  const t = l10n.t;
  const sync = useSync();
  const mine = useLoad(() => api.suggestions(), [sync.state.running]);
  return (
    <>
      <PageTitle icon="volunteers">{t('suggestions-title')}</PageTitle>
      <p class="lead">{t('suggestions-intro')}</p>
      {mine.error ? <Failed error={mine.error} retry={mine.reload} /> : null}
      {!mine.data && !mine.error ? <Loading /> : null}
      {mine.data && mine.data.suggestions.length === 0 && <p data-testid="suggestions-none">{t('suggestions-none')}</p>}
      {mine.data && mine.data.suggestions.length > 0 && (
        <ul class="cards" data-testid="suggestions-list">
          {mine.data.suggestions.map((s) => (
            <li key={s.id} class="card" data-testid={`suggestion-${s.id}`} data-state={s.status}>
              <h2 lang={s.lang} dir={direction(s.lang)}>
                {s.title || t('suggestion-untitled')}
              </h2>
              <p class="muted">
                {t(s.kind === 'correction' ? 'suggestion-kind-correction' : 'suggestion-kind-translation', { language: l10n.languageName(s.lang) })}
                {' · '}
                <a href={href('article', s.slug)}>{t('suggestion-article')}</a>
              </p>
              <p class="suggestion-state" data-testid="suggestion-state">
                {t(s.status === 'sent' && !s.delivered ? 'suggestion-state-waiting' : `suggestion-state-${s.status}`)}
              </p>
              {s.status === 'declined' && s.reason && (
                <p data-testid="suggestion-reason">
                  {t('suggestion-reason')} <span dir="auto">{s.reason}</span>
                </p>
              )}
              {s.status === 'draft' && (
                <a class="button" href={href('suggest', s.id)} data-testid="suggestion-edit">
                  {t('suggestion-edit')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
