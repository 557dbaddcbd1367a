// Peer volunteers' public profiles, filtered by language and topic. Only contacts each
// volunteer made public ever reach this screen (the core filters them).

import { useState } from 'preact/hooks';
import { api } from '../api';
import { Failed, Loading, PageTitle } from '../components';
import { direction } from '../i18n';
import { useApp, useLoad } from '../state';
import type { LanguageInfo, Topic, Volunteer } from '../types';
import { LanguageSelect, TopicSelect } from './Services';

export function Volunteers() {
  const { l10n } = useApp();
  const [speaks, setSpeaks] = useState('');
  const [topic, setTopic] = useState('');
  const langs = useLoad(() => api.languages(), []);
  const list = useLoad(() => api.volunteers({ speaks: speaks || undefined, topic: (topic || undefined) as Topic | undefined }), [speaks, topic]);
  return (
    <>
      <PageTitle icon="volunteers">{l10n.t('volunteers-title')}</PageTitle>
      <p class="lead">{l10n.t('volunteers-intro')}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={l10n.t('filters')}>
        <div class="field">
          <label for="volunteers-speaks">{l10n.t('filter-language')}</label>
          <LanguageSelect id="volunteers-speaks" value={speaks} onChange={setSpeaks} languages={langs.data} anyLabel={l10n.t('filter-any-language')} />
        </div>
        <div class="field">
          <label for="volunteers-topic">{l10n.t('filter-topic')}</label>
          <TopicSelect id="volunteers-topic" value={topic} onChange={setTopic} anyLabel={l10n.t('filter-any-topic')} />
        </div>
      </form>
      {list.error ? <Failed error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && (
        <p class="status" role="status" aria-live="polite" data-testid="volunteers-count">
          {list.data.length ? l10n.t('volunteers-count', { count: list.data.length }) : l10n.t('volunteers-none')}
        </p>
      )}
      <ul class="cards" aria-busy={list.loading}>
        {list.data?.map((v) => <VolunteerCard key={v.id} volunteer={v} languages={langs.data} />)}
      </ul>
    </>
  );
}

function VolunteerCard({ volunteer: v, languages }: { volunteer: Volunteer; languages?: LanguageInfo[] }) {
  const { l10n } = useApp();
  const aboutLang = [l10n.lang, 'en', ...Object.keys(v.about)].find((code) => v.about[code]);
  const nativeName = (code: string) => languages?.find((l) => l.code === code)?.native_name ?? code;
  return (
    <li class="card" data-testid={`volunteer-${v.slug}`}>
      <h2 class="card-title">
        <bdi>{v.display_name}</bdi>
      </h2>
      {aboutLang && (
        <p lang={aboutLang} dir={direction(aboutLang)}>
          {v.about[aboutLang]}
        </p>
      )}
      <p>
        <strong>{l10n.t('volunteer-speaks')}</strong>{' '}
        {v.languages.map((l, i) => (
          <>
            {i > 0 && l10n.listSeparator()}
            <bdi lang={l.lang}>{nativeName(l.lang)}</bdi> ({l10n.t(`fluency-${l.level}`)})
          </>
        ))}
      </p>
      <p>
        <strong>{l10n.t('volunteer-knows')}</strong> {v.topics.map((t) => l10n.t(`topic-${t}`)).join(l10n.listSeparator())}
      </p>
      {v.contacts.length > 0 ? (
        <ul class="contacts">
          {v.contacts.map((c) => (
            <li key={c.channel + c.value}>
              {l10n.t(`channel-${c.channel}`)}:{' '}
              {c.channel === 'email' ? (
                <a href={`mailto:${c.value}`} dir="ltr">{c.value}</a>
              ) : c.channel === 'phone' ? (
                <a href={`tel:${c.value.replace(/[^\d+]/g, '')}`} dir="ltr">{c.value}</a>
              ) : (
                <span dir="ltr">{c.value}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{l10n.t('volunteer-no-contact')}</p>
      )}
    </li>
  );
}
