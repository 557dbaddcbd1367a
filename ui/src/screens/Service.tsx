// One service on a screen of its own (`#/service/<slug>`), so it can be linked to and shared:
// its hours for the week, closures, and buttons to call, copy the address, find the way and
// open the website. The pieces the directory's cards share live here too.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api';
import { ServiceChecks } from '../ServiceChecks';
import { Closures, FallbackNotice, Failed, Loading, PhoneNumber, WeekHours } from '../components';
import { direction } from '../i18n';
import { directionsHref, telHref } from '../places';
import { isPublicReader } from '../offline';
import { copyText, href, useApp, useLoad } from '../state';
import type { LanguageInfo, ServiceView } from '../types';

/** Open or closed now, area, cost and access: the line under a service's name. */
export function ServiceFacts({ service: s }: { service: ServiceView }) {
  const { l10n } = useApp();
  return (
    <>
      <p class="meta">
        <span class={s.open ? 'badge badge-open' : 'badge badge-closed'}>{l10n.t(s.open ? 'service-open' : 'service-closed')}</span>{' '}
        <bdi>{s.area}</bdi> · {l10n.t(`service-cost-${s.cost}`)} · {l10n.t(`service-access-${s.access}`)}
      </p>
      <ServiceChecks service={s} />
    </>
  );
}

/** The description and accessibility notes, marked with the language they are written in. */
export function ServiceText({ service: s }: { service: ServiceView }) {
  const { l10n } = useApp();
  return (
    <>
      <p lang={s.text_lang} dir={direction(s.text_lang)}>
        {s.description}
      </p>
      {s.accessibility && (
        <p lang={s.text_lang} dir={direction(s.text_lang)}>
          <strong lang={l10n.lang} dir={l10n.dir}>
            {l10n.t('service-accessibility')}
          </strong>{' '}
          {s.accessibility}
        </p>
      )}
    </>
  );
}

/** "Languages spoken: العربية, فارسی", each in its own script. */
export function ServiceLanguages({ service: s, languages }: { service: ServiceView; languages?: LanguageInfo[] }) {
  const { l10n } = useApp();
  const nativeName = (code: string) => languages?.find((l) => l.code === code)?.native_name ?? code;
  return (
    <p>
      <strong>{l10n.t('service-speaks')}</strong>{' '}
      {s.languages.map((code, i) => (
        <>
          {i > 0 && l10n.listSeparator()}
          <bdi lang={code}>{nativeName(code)}</bdi>
        </>
      ))}
    </p>
  );
}

/** The address and, when there is one, the phone number, each on a line of its own. */
export function PlaceLines({ address, phone }: { address: string; phone?: string | null }) {
  const { l10n } = useApp();
  return (
    <>
      <address>
        <span dir="auto">{address}</span>
      </address>
      {phone && (
        <p class="phone-line">
          {l10n.t('channel-phone')}: <PhoneNumber phone={phone} />
        </p>
      )}
    </>
  );
}

/** Call, copy the address, find the way, website: full-width buttons that stack on a phone
 * rather than break their labels. `more` adds the screen's own (share). */
export function PlaceActions({ address, phone, web, email, directions = false, more }: { address: string; phone?: string | null; web?: string | null; email?: string | null; directions?: boolean; more?: ComponentChildren }) {
  const { l10n } = useApp();
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const tel = phone ? telHref(phone) : null;
  return (
    <>
      <div class="actions">
        {tel && (
          <a class="button" href={tel} data-testid="call">
            {l10n.t('service-call')}
          </a>
        )}
        <button type="button" class="button" data-testid="copy-address" onClick={async () => setCopied((await copyText(address)) ? 'copied' : 'failed')}>
          {l10n.t('service-copy-address')}
        </button>
        {directions && (
          <a class="button" href={directionsHref(address)} data-testid="directions" target="_blank" rel="noopener noreferrer">
            {l10n.t('service-directions')}
          </a>
        )}
        {web && (
          <a class="button" href={web} target="_blank" rel="noopener noreferrer" data-testid="website">
            {l10n.t('service-website')}
          </a>
        )}
        {email && (
          <a class="button" href={`mailto:${email}`} data-testid="email">
            {l10n.t('contact-email')}
          </a>
        )}
        {more}
      </div>
      <p class="status" role="status" aria-live="polite">
        {copied === 'copied' ? l10n.t('service-address-copied') : copied === 'failed' ? l10n.t('article-copy-failed') : ''}
      </p>
    </>
  );
}

export function Service({ slug }: { slug: string }) {
  const { l10n } = useApp();
  const view = useLoad(() => api.service({ lang: l10n.lang, slug }), [l10n.lang, slug]);
  const langs = useLoad(() => api.languages(), []);
  return (
    <>
      <p class="breadcrumb">
        <a href={href('services')}>{l10n.t('services-all')}</a>
      </p>
      {view.error ? <Failed error={view.error} retry={view.reload} /> : null}
      {!view.data && !view.error ? <Loading /> : null}
      {view.data && <ServiceDetails service={view.data} languages={langs.data} />}
    </>
  );
}

function ServiceDetails({ service: s, languages }: { service: ServiceView; languages?: LanguageInfo[] }) {
  const { l10n } = useApp();
  const [shared, setShared] = useState<'' | 'copied' | 'failed'>('');
  const share = async () => {
    // On the hub's public reader, the path form, which previews in the reader's language.
    const url = isPublicReader() ? `${location.origin}/${encodeURIComponent(l10n.lang)}/service/${encodeURIComponent(s.slug)}` : location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: s.name, url });
        return;
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') return;
      }
    }
    setShared((await copyText(url)) ? 'copied' : 'failed');
  };
  return (
    <article class="service" data-testid={`service-page-${s.slug}`}>
      <h1 class="page-title service-title" tabIndex={-1} data-testid="service-title">
        <bdi>{s.name}</bdi>
      </h1>
      <ServiceFacts service={s} />
      {s.is_fallback && <FallbackNotice shown={s.text_lang} requested={l10n.lang} />}
      <ServiceText service={s} />
      <ServiceLanguages service={s} languages={languages} />
      <PlaceLines address={s.address} phone={s.phone} />
      <PlaceActions
        address={s.address}
        phone={s.phone}
        web={s.web}
        email={s.email}
        directions
        more={
          <button type="button" class="button" onClick={share} data-testid="share-service">
            {l10n.t('service-share-link')}
          </button>
        }
      />
      <p class="status" role="status" aria-live="polite">
        {shared === 'copied' ? l10n.t('service-link-copied') : shared === 'failed' ? l10n.t('article-copy-failed') : ''}
      </p>
      <h2>{l10n.t('service-hours')}</h2>
      <WeekHours hours={s.hours} testid="service-hours" />
      <Closures hours={s.hours} />
    </article>
  );
}
