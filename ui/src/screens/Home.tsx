// Home: first steps after a grant of status first, with their articles, then every other topic.

import { api } from '../api';
import { ArticleLink, Failed, Loading, PageTitle, TopicName } from '../components';
import { Icon } from '../icons';
import { href, useApp, useLoad } from '../state';
import type { Topic } from '../types';

export function Home() {
  const { l10n } = useApp();
  const home = useLoad(() => api.home({ lang: l10n.lang }), [l10n.lang]);
  if (home.error) return <Failed error={home.error} retry={home.reload} />;
  if (!home.data) return <Loading />;
  const [first, ...rest] = home.data;
  return (
    <>
      <PageTitle>{l10n.t('home-title')}</PageTitle>
      <p class="lead">{l10n.t('home-intro')}</p>
      <a class="card plan-card" href={href('plan')} data-testid="home-plan">
        <span class="plan-card-title">{l10n.t('plan-home-link')}</span>
        <span class="muted">{l10n.t('plan-home-hint')}</span>
      </a>
      {first && (
        <section class="first-steps" aria-labelledby="first-steps-heading">
          <h2 id="first-steps-heading">
            <a href={href('topic', first.topic)} data-testid={`topic-${first.topic}`} class="topic-heading">
              <Icon name={first.topic} />
              <TopicName topic={first.topic} />
            </a>
          </h2>
          <ul class="article-list">
            {first.articles.map((a) => (
              <ArticleLink key={a.slug} article={a} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{l10n.t('home-topics')}</h2>
        <ul class="topic-grid">
          {rest.map((section) => (
            <li key={section.topic}>
              <TopicCard topic={section.topic} count={section.articles.length} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function TopicCard({ topic, count }: { topic: Topic; count: number }) {
  const { l10n } = useApp();
  return (
    <a class="topic-card" href={href('topic', topic)} data-testid={`topic-${topic}`}>
      <Icon name={topic} size={32} />
      <span class="topic-card-name">
        <TopicName topic={topic} />
      </span>
      <span class="topic-card-count">{l10n.t('topic-articles', { count })}</span>
    </a>
  );
}
