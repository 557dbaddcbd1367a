// The article editor: the article's topic, order and check, then one language at a time
// (title, summary, body with a live preview rendered by the app's own Markdown renderer, how
// it was translated). Save keeps a draft; Publish has the hub sign it for every device.

import { useEffect, useState } from 'preact/hooks';
import { renderMarkdown } from '../markdown';
import { TOPICS } from '../types';
import { desk, type Article, type Source, type Translation } from './api';
import { ErrorText, useL10n } from './Desk';

function blankArticle(): Article {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    slug: '',
    topic: 'first-steps',
    revision: 1,
    position: 0,
    translations: [blankText('en', 1)],
    provenance: { reviewed_on: null, reviewed_by: null, review_by: null, sources: [] },
  };
}

function blankText(lang: string, revision: number): Translation {
  return {
    lang,
    title: '',
    summary: '',
    body: '',
    source_revision: revision,
    review: 'draft',
    translated: { method: lang === 'en' ? null : 'volunteer', by: null, second_review: false },
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

function sourcesText(sources: Source[]): string {
  return sources.map((s) => `${s.title} | ${s.url} | ${s.retrieved}`).join('\n');
}

function parseSources(text: string): Source[] {
  return text
    .split('\n')
    .map((l) => l.split('|').map((p) => p.trim()))
    .filter((p) => p.length === 3 && p.every(Boolean))
    .map(([title, url, retrieved]) => ({ title, url, retrieved }));
}

export function Editor({ slug }: { slug: string | null }) {
  const l10n = useL10n();
  const [article, setArticle] = useState<Article | null>(slug ? null : blankArticle());
  const [published, setPublished] = useState(false);
  const [lang, setLang] = useState('en');
  const [sources, setSources] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [newLang, setNewLang] = useState('');

  useEffect(() => {
    if (!slug) return;
    desk.article(slug).then((e) => {
      const a = e.draft ?? e.published;
      setArticle(a);
      setPublished(!!e.published);
      setSources(sourcesText(a?.provenance.sources ?? []));
    }, setError);
  }, [slug]);

  if (error && !article) return <ErrorText error={error} />;
  if (!article) return <p>{l10n.t('desk-loading')}</p>;
  const text = article.translations.find((t) => t.lang === lang) ?? article.translations[0];
  const update = (a: Partial<Article>) => setArticle({ ...article, ...a });
  const updateText = (t: Partial<Translation>) =>
    setArticle({ ...article, translations: article.translations.map((x) => (x.lang === text.lang ? { ...x, ...t } : x)) });
  const prov = article.provenance;
  const full = (): Article => ({ ...article, provenance: { ...prov, sources: parseSources(sources) } });

  const act = async (what: 'save' | 'publish') => {
    setError(null);
    setStatus('');
    try {
      if (what === 'save') {
        await desk.save(full());
        setStatus(l10n.t('desk-saved'));
      } else {
        const r = await desk.publish(full());
        setPublished(true);
        setStatus(l10n.t('desk-published', { signed: r.signed }));
      }
      if (!slug) location.hash = `#/article/${encodeURIComponent(article.slug)}`;
    } catch (e) {
      setError(e);
    }
  };

  const field = (id: string, label: string, value: string, onInput: (v: string) => void, opts: { type?: 'text' | 'number' | 'date'; dir?: 'ltr' | 'rtl' | 'auto' } = {}) => (
    <div class="desk-field">
      <label for={id}>{label}</label>
      <input id={id} data-testid={id} type={(opts.type ?? 'text') as 'text'} dir={opts.dir} value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
    </div>
  );

  return (
    <form class="desk-editor" onSubmit={(e) => e.preventDefault()}>
      <h1 tabIndex={-1}>{slug ? l10n.t('desk-edit-title', { slug }) : l10n.t('desk-new-article')}</h1>
      {slug && (
        <p>
          <a href={`#/history/${encodeURIComponent(slug)}`} data-testid="desk-history-link">
            {l10n.t('desk-history')}
          </a>
        </p>
      )}
      <fieldset class="desk-card">
        <legend>{l10n.t('desk-article-fields')}</legend>
        {!slug && field('desk-slug', l10n.t('desk-slug'), article.slug, (v) => update({ slug: v }), { dir: 'ltr' })}
        <div class="desk-field">
          <label for="desk-topic">{l10n.t('desk-topic')}</label>
          <select id="desk-topic" value={article.topic} onChange={(e) => update({ topic: (e.target as HTMLSelectElement).value })}>
            {TOPICS.map((t) => (
              <option key={t} value={t}>
                {l10n.t(`topic-${t}`)}
              </option>
            ))}
          </select>
        </div>
        {field('desk-position', l10n.t('desk-position'), String(article.position), (v) => update({ position: Math.max(0, Number.parseInt(v, 10) || 0) }), { type: 'number' })}
        {field('desk-reviewed-on', l10n.t('desk-reviewed-on'), prov.reviewed_on ?? '', (v) => update({ provenance: { ...prov, reviewed_on: orNull(v) } }), { type: 'date' })}
        {field('desk-reviewed-by', l10n.t('desk-reviewed-by'), prov.reviewed_by ?? '', (v) => update({ provenance: { ...prov, reviewed_by: orNull(v) } }))}
        {field('desk-review-by', l10n.t('desk-review-by'), prov.review_by ?? '', (v) => update({ provenance: { ...prov, review_by: orNull(v) } }), { type: 'date' })}
        <div class="desk-field">
          <label for="desk-sources">{l10n.t('desk-sources')}</label>
          <textarea id="desk-sources" dir="ltr" rows={3} value={sources} onInput={(e) => setSources((e.target as HTMLTextAreaElement).value)} />
          <p class="desk-hint">{l10n.t('desk-sources-hint')}</p>
        </div>
      </fieldset>

      <fieldset class="desk-card">
        <legend>{l10n.t('desk-translation')}</legend>
        <div class="desk-field">
          <label for="desk-text-lang">{l10n.t('desk-language-of-text')}</label>
          <select id="desk-text-lang" data-testid="desk-text-lang" value={text.lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
            {article.translations.map((t) => (
              <option key={t.lang} value={t.lang}>
                {l10n.languageName(t.lang)}
                {t.lang !== 'en' && t.source_revision < article.revision ? ` — ${l10n.t('desk-cell-out-of-date')}` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="desk-field desk-inline">
          <label for="desk-add-lang">{l10n.t('desk-add-language')}</label>
          <input id="desk-add-lang" dir="ltr" size={6} value={newLang} onInput={(e) => setNewLang((e.target as HTMLInputElement).value)} />
          <button
            type="button"
            onClick={() => {
              const code = newLang.trim();
              if (!code || article.translations.some((t) => t.lang === code)) return;
              update({ translations: [...article.translations, blankText(code, article.revision)] });
              setLang(code);
              setNewLang('');
            }}
          >
            {l10n.t('desk-add')}
          </button>
        </div>
        <div lang={text.lang}>
          {field('desk-text-title', l10n.t('desk-text-title'), text.title, (v) => updateText({ title: v }), { dir: 'auto' })}
          {field('desk-text-summary', l10n.t('desk-text-summary'), text.summary, (v) => updateText({ summary: v }), { dir: 'auto' })}
        </div>
        <div class="desk-split">
          <div class="desk-field">
            <label for="desk-text-body">{l10n.t('desk-text-body')}</label>
            <textarea id="desk-text-body" data-testid="desk-text-body" lang={text.lang} dir="auto" rows={16} value={text.body} onInput={(e) => updateText({ body: (e.target as HTMLTextAreaElement).value })} />
          </div>
          <section class="desk-preview" aria-label={l10n.t('desk-preview')}>
            <h2>{l10n.t('desk-preview')}</h2>
            <div lang={text.lang} dir="auto" data-testid="desk-preview" dangerouslySetInnerHTML={{ __html: renderMarkdown(text.body) }} />
          </section>
        </div>
        {text.lang !== 'en' && (
          <>
            <div class="desk-field">
              <label for="desk-method">{l10n.t('desk-method')}</label>
              <select
                id="desk-method"
                value={text.translated.method ?? ''}
                onChange={(e) => updateText({ translated: { ...text.translated, method: ((e.target as HTMLSelectElement).value || null) as Translation['translated']['method'] } })}
              >
                <option value="">—</option>
                <option value="machine">{l10n.t('desk-method-machine')}</option>
                <option value="volunteer">{l10n.t('desk-method-volunteer')}</option>
                <option value="professional">{l10n.t('desk-method-professional')}</option>
              </select>
            </div>
            {field('desk-translated-by', l10n.t('desk-translated-by'), text.translated.by ?? '', (v) => updateText({ translated: { ...text.translated, by: orNull(v) } }))}
            <label class="desk-check">
              <input type="checkbox" checked={text.translated.second_review} onChange={(e) => updateText({ translated: { ...text.translated, second_review: (e.target as HTMLInputElement).checked } })} />{' '}
              {l10n.t('desk-second-review')}
            </label>
          </>
        )}
      </fieldset>

      <div class="desk-actions">
        <button type="button" data-testid="desk-save" onClick={() => act('save')}>
          {l10n.t('desk-save')}
        </button>
        <button type="button" class="desk-primary" data-testid="desk-publish" onClick={() => act('publish')}>
          {l10n.t('desk-publish')}
        </button>
        {slug && published && (
          <button
            type="button"
            data-testid="desk-unpublish"
            onClick={async () => {
              if (!confirm(l10n.t('desk-unpublish-confirm'))) return;
              try {
                await desk.unpublish(slug);
                setPublished(false);
                setStatus(l10n.t('desk-unpublished'));
              } catch (e) {
                setError(e);
              }
            }}
          >
            {l10n.t('desk-unpublish')}
          </button>
        )}
      </div>
      <p role="status" data-testid="desk-status">
        {status}
      </p>
      <ErrorText error={error} />
    </form>
  );
}
