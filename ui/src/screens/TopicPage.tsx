// One topic's articles.

import { api } from '../api';
import { ArticleLink, Failed, Loading, PageTitle, TopicName } from '../components';
import { useApp, useLoad } from '../state';
import type { Topic } from '../types';

export function TopicPage({ topic }: { topic: Topic }) {
  const { l10n } = useApp();
  const list = useLoad(() => api.articles({ lang: l10n.lang, topic }), [l10n.lang, topic]);
  return (
    <>
      <PageTitle icon={topic}>
        <TopicName topic={topic} />
      </PageTitle>
      {list.error ? <Failed error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data?.length === 0 && <p>{l10n.t('topic-empty')}</p>}
      <ul class="article-list">{list.data?.map((a) => <ArticleLink key={a.slug} article={a} />)}</ul>
    </>
  );
}
