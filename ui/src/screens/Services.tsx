// The services directory: filter by topic, language spoken and "open now"; call, copy the
// address, open the website, or open a service's own screen.

import { useState } from 'preact/hooks';
import { api } from '../api';
import { Failed, Loading, Notice, PageTitle, WeekHours } from '../components';
import { href, useApp, useLoad } from '../state';
import { TOPICS, type LanguageInfo, type ServiceView, type Topic } from '../types';
import { PlaceActions, PlaceLines, ServiceFacts, ServiceLanguages, ServiceText } from './Service';


export function LanguageSelect({ id, value, onChange, languages, anyLabel }: { id: string; value: string; onChange: (v: string) => void; languages?: LanguageInfo[]; anyLabel: string }) {
  return (
    // `selected` on the options too: a value given before the languages arrive (a link to
    // `#/volunteers/<lang>`) would otherwise be lost when the options appear.
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="" selected={value === ''}>{anyLabel}</option>
      {languages?.map((l) => (
        <option key={l.code} value={l.code} lang={l.code} selected={l.code === value}>
          {l.native_name}
        </option>
      ))}
    </select>
  );
}

export function TopicSelect({ id, value, onChange, anyLabel }: { id: string; value: string; onChange: (v: string) => void; anyLabel: string }) {
  const { l10n } = useApp();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{anyLabel}</option>
      {TOPICS.map((t) => (
        <option key={t} value={t}>
          {l10n.t(`topic-${t}`)}
        </option>
      ))}
    </select>
  );
}

export function Services() {
  const { l10n } = useApp();
  const [topic, setTopic] = useState('');
  const [speaks, setSpeaks] = useState('');
  const [openNow, setOpenNow] = useState(false);
  const langs = useLoad(() => api.languages(), []);
  const list = useLoad(
    () => api.services({ lang: l10n.lang, topic: (topic || undefined) as Topic | undefined, speaks: speaks || undefined, open_now: openNow }),
    [l10n.lang, topic, speaks, openNow],
  );
  return (
    <>
      <PageTitle icon="services">{l10n.t('services-title')}</PageTitle>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={l10n.t('filters')}>
        <div class="field">
          <label for="services-topic">{l10n.t('filter-topic')}</label>
          <TopicSelect id="services-topic" value={topic} onChange={setTopic} anyLabel={l10n.t('filter-any-topic')} />
        </div>
        <div class="field">
          <label for="services-speaks">{l10n.t('filter-language')}</label>
          <LanguageSelect id="services-speaks" value={speaks} onChange={setSpeaks} languages={langs.data} anyLabel={l10n.t('filter-any-language')} />
        </div>
        <div class="field check">
          <input id="services-open" type="checkbox" checked={openNow} onChange={(e) => setOpenNow(e.currentTarget.checked)} />
          <label for="services-open">{l10n.t('services-open-now')}</label>
        </div>
      </form>
      {list.error ? <Failed error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && (
        <p class="status" role="status" aria-live="polite" data-testid="services-count">
          {list.data.length ? l10n.t('services-count', { count: list.data.length }) : l10n.t('services-none')}
        </p>
      )}
      {list.data && <ListFallbackNotice services={list.data} />}
      <ul class="cards" aria-busy={list.loading}>
        {list.data?.map((s) => <ServiceCard key={s.id} service={s} languages={langs.data} />)}
      </ul>
    </>
  );
}

/** One service in the directory: its name links to the service's own screen. Further small
 * labels go in the facts line. */
export function ServiceCard({ service: s, languages }: { service: ServiceView; languages?: LanguageInfo[] }) {
  const { l10n } = useApp();
  return (
    <li class="card" data-testid={`service-${s.slug}`}>
      <h2 class="card-title">
        <a href={href('service', s.slug)} data-testid="service-link">
          <bdi>{s.name}</bdi>
        </a>
      </h2>
      <ServiceFacts service={s} />
      <ServiceText service={s} />
      <ServiceLanguages service={s} languages={languages} />
      <PlaceLines address={s.address} phone={s.phone} />
      <PlaceActions address={s.address} phone={s.phone} web={s.web} />
      <details>
        <summary data-testid="hours-toggle">{l10n.t('service-hours')}</summary>
        <WeekHours hours={s.hours} />
      </details>
    </li>
  );
}

/** The one notice for a list whose descriptions are partly in another language: said once,
 * naming the language most of them are shown in. */
function ListFallbackNotice({ services }: { services: ServiceView[] }) {
  const { l10n } = useApp();
  const shown = services.filter((s) => s.is_fallback).map((s) => s.text_lang);
  if (!shown.length) return null;
  const counts = new Map<string, number>();
  for (const lang of shown) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const most = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return (
    <Notice kind="info" testid="services-fallback">
      {l10n.t('services-fallback', { shown: l10n.languageName(most), requested: l10n.languageName(l10n.lang) })}
    </Notice>
  );
}
