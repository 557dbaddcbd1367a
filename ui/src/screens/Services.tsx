// The services directory: filter by topic, language spoken and "open now"; call, copy the
// address, open the website.

import { useState } from 'preact/hooks';
import { api } from '../api';
import { FallbackNotice, Failed, Loading, PageTitle } from '../components';
import { direction } from '../i18n';
import { ServiceChecks } from '../ServiceChecks';
import { copyText, useApp, useLoad } from '../state';
import { TOPICS, WEEKDAYS, type LanguageInfo, type ServiceView, type Topic } from '../types';


export function LanguageSelect({ id, value, onChange, languages, anyLabel }: { id: string; value: string; onChange: (v: string) => void; languages?: LanguageInfo[]; anyLabel: string }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{anyLabel}</option>
      {languages?.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
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
      <ul class="cards" aria-busy={list.loading}>
        {list.data?.map((s) => <ServiceCard key={s.id} service={s} languages={langs.data} />)}
      </ul>
    </>
  );
}

function ServiceCard({ service: s, languages }: { service: ServiceView; languages?: LanguageInfo[] }) {
  const { l10n } = useApp();
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const nativeName = (code: string) => languages?.find((l) => l.code === code)?.native_name ?? code;
  const weekday = (i: number) => new Intl.DateTimeFormat([l10n.locale, 'en'], { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));
  return (
    <li class="card" data-testid={`service-${s.slug}`}>
      <h2 class="card-title">
        <bdi>{s.name}</bdi>
      </h2>
      <p class="meta">
        <span class={s.open ? 'badge badge-open' : 'badge badge-closed'}>{l10n.t(s.open ? 'service-open' : 'service-closed')}</span>{' '}
        <bdi>{s.area}</bdi> · {l10n.t(`service-cost-${s.cost}`)} · {l10n.t(`service-access-${s.access}`)}
      </p>
      <ServiceChecks service={s} />
      {s.is_fallback && <FallbackNotice shown={s.text_lang} requested={l10n.lang} />}
      <p lang={s.text_lang} dir={direction(s.text_lang)}>
        {s.description}
      </p>
      {s.accessibility && (
        <p lang={s.text_lang} dir={direction(s.text_lang)}>
          <strong lang={l10n.lang} dir={l10n.dir}>{l10n.t('service-accessibility')}</strong> {s.accessibility}
        </p>
      )}
      <p>
        <strong>{l10n.t('service-speaks')}</strong>{' '}
        {s.languages.map((code, i) => (
          <>
            {i > 0 && l10n.listSeparator()}
            <bdi lang={code}>{nativeName(code)}</bdi>
          </>
        ))}
      </p>
      <address>
        <span dir="auto">{s.address}</span>
      </address>
      <div class="actions">
        {s.phone && (
          <a class="button" href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>
            {l10n.t('service-call')} <span dir="ltr" class="phone">{s.phone}</span>
          </a>
        )}
        <button type="button" class="button" onClick={async () => setCopied((await copyText(s.address)) ? 'copied' : 'failed')}>
          {l10n.t('service-copy-address')}
        </button>
        {s.web && (
          <a class="button" href={s.web} target="_blank" rel="noopener noreferrer">
            {l10n.t('service-website')}
          </a>
        )}
      </div>
      <p class="status" role="status" aria-live="polite">
        {copied === 'copied' ? l10n.t('service-address-copied') : copied === 'failed' ? l10n.t('article-copy-failed') : ''}
      </p>
      <details>
        <summary>{l10n.t('service-hours')}</summary>
        <dl class="hours">
          {WEEKDAYS.map((day, i) => (
            <div key={day}>
              <dt>{weekday(i)}</dt>
              <dd dir="ltr">{s.hours.weekly[day]?.join(', ') || l10n.t('service-closed-all-day')}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}

