// One article in the best language for the reader, saying so when it is not in their language
// or is out of date. On laptop widths the topic's other articles sit beside it.

import { useMemo, useState } from 'preact/hooks';
import { api } from '../api';
import { ArticleLink, FallbackNotice, Failed, Loading, Notice, TopicName } from '../components';
import { direction } from '../i18n';
import { renderMarkdown } from '../markdown';
import { isPublicReader } from '../offline';
import { articleLink, CheckedOn, ProvenanceNotices, shareText, Sources, todayIso } from '../provenance';
import { TextSizeControl } from './Settings';
import { ArticleFeedback } from './Suggest';
import { copyText, href, useApp, useLoad } from '../state';
import type { ArticleView } from '../types';

export function Article({ slug }: { slug: string }) {
  const { l10n } = useApp();
  const today = todayIso();
  const view = useLoad(() => api.article({ lang: l10n.lang, slug, today }), [l10n.lang, slug, today]);
  const topic = view.data?.topic;
  const siblings = useLoad(
    () => (topic ? api.articles({ lang: l10n.lang, topic }) : Promise.resolve([])),
    [l10n.lang, topic],
  );
  return (
    <div class="split">
      <nav class="split-list" aria-labelledby="split-list-heading">
        {topic && (
          <>
            <h2 id="split-list-heading">
              <a href={href('topic', topic)}>
                <TopicName topic={topic} />
              </a>
            </h2>
            <ul class="article-list compact">
              {siblings.data?.map((a) => (
                <ArticleLink key={a.slug} article={a} current={a.slug === slug} />
              ))}
            </ul>
          </>
        )}
      </nav>
      <div class="split-main">
        {view.error ? <Failed error={view.error} retry={view.reload} /> : null}
        {!view.data && !view.error ? <Loading /> : null}
        {view.data && <ArticleBody view={view.data} today={today} />}
      </div>
    </div>
  );
}

function ArticleBody({ view, today }: { view: ArticleView; today: string }) {
  const { l10n } = useApp();
  const [shared, setShared] = useState<'' | 'copied' | 'failed'>('');
  const html = useMemo(() => renderMarkdown(view.translation.body), [view.translation.body]);
  const share = async () => {
    const { title } = view.translation;
    const text = shareText(view, l10n, articleLink(view.slug, location, isPublicReader() ? l10n.lang : undefined));
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text });
        return;
      } catch (err) {
        // The reader closed the share sheet: nothing to do.
        if (err instanceof DOMException && err.name === 'AbortError') return;
      }
    }
    setShared((await copyText(text)) ? 'copied' : 'failed');
  };
  return (
    <article class="article" lang={view.lang} dir={direction(view.lang)}>
      <p class="breadcrumb" lang={l10n.lang} dir={l10n.dir}>
        <a href={href('topic', view.topic)}>
          <TopicName topic={view.topic} />
        </a>
      </p>
      <h1 data-testid="article-title" tabIndex={-1}>
        {view.translation.title}
      </h1>
      <div lang={l10n.lang} dir={l10n.dir}>
        <CheckedOn view={view} />
        <ProvenanceNotices view={view} today={today} />
        {view.is_fallback && <FallbackNotice shown={view.lang} requested={view.requested} />}
        {view.stale && (
          <Notice kind="warn" testid="stale-notice">
            {l10n.t('article-stale')}
          </Notice>
        )}
        <div class="toolbar">
          <button type="button" class="button" onClick={share} data-testid="share">
            {l10n.t('article-share')}
          </button>
          <TextSizeControl compact />
        </div>
        <p class="status" role="status" aria-live="polite">
          {shared === 'copied' ? l10n.t('article-copied') : shared === 'failed' ? l10n.t('article-copy-failed') : ''}
        </p>
      </div>
      <p class="lead">{view.translation.summary}</p>
      {/* Safe: renderMarkdown never passes HTML from content through (see markdown.ts). */}
      <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />
      <Sources sources={view.provenance.sources} />
      <div lang={l10n.lang} dir={l10n.dir}>
        <ArticleFeedback view={view} />
      </div>
    </article>
  );
}
