// Settings: language, text size, and what this copy of Peer Guide holds.

import { api, ApiError } from '../api';
import { Failed, Loading, PageTitle } from '../components';
import { href, TEXT_SIZES, useApp, useLoad, useSyncStatus } from '../state';
import type { DeviceRole } from '../types';
import { SyncSettings } from './SyncSettings';
import { OrganisationContact, useOrganisation } from './Contact';
import { LeaveOrganisation, LockSettings } from './Lock';

export function TextSizeControl({ compact = false }: { compact?: boolean }) {
  const { l10n, textSize, setTextSize } = useApp();
  const i = TEXT_SIZES.indexOf(textSize as (typeof TEXT_SIZES)[number]);
  return (
    <div class="text-size" role="group" aria-label={l10n.t('text-size')}>
      {!compact && <span>{l10n.t('text-size')}</span>}
      <button type="button" class="button" disabled={i <= 0} onClick={() => setTextSize(TEXT_SIZES[i - 1])} data-testid="text-smaller">
        <bdi aria-hidden="true" dir="ltr" data-testid="text-smaller-sign">A−</bdi>
        <span class="offscreen">{l10n.t('text-smaller')}</span>
      </button>
      <output aria-live="polite">{l10n.percent(textSize)}</output>
      <button type="button" class="button" disabled={i >= TEXT_SIZES.length - 1} onClick={() => setTextSize(TEXT_SIZES[i + 1])} data-testid="text-larger">
        <bdi aria-hidden="true" dir="ltr" data-testid="text-larger-sign">A+</bdi>
        <span class="offscreen">{l10n.t('text-larger')}</span>
      </button>
    </div>
  );
}

export function Settings() {
  const { l10n, setLang } = useApp();
  const langs = useLoad(() => api.languages(), []);
  const about = useLoad(() => api.about(), []);
  const status = useSyncStatus();
  const org = useOrganisation();
  return (
    <>
      <PageTitle icon="settings">{l10n.t('settings-title')}</PageTitle>
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{l10n.t('settings-language')}</h2>
        <label for="language-select" class="offscreen">
          {l10n.t('settings-language')}
        </label>
        <select id="language-select" data-testid="language-select" value={l10n.lang} onChange={(e) => setLang(e.currentTarget.value)}>
          {langs.data?.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.native_name}
            </option>
          ))}
        </select>
      </section>
      <section aria-labelledby="settings-text">
        <h2 id="settings-text">{l10n.t('text-size')}</h2>
        <TextSizeControl compact />
      </section>
      {status.error instanceof ApiError && status.error.code === 'not-found' ? (
        // The hub's public reader: no device of its own to sync or to volunteer from.
        <section aria-labelledby="settings-sync" data-testid="reader-note">
          <h2 id="settings-sync">{l10n.t('sync-title')}</h2>
          <p>{l10n.t('reader-explain')}</p>
        </section>
      ) : (
        <>
          <SyncSettings view={status} />
          <LockSettings role={status.data?.hub?.role} />
          <Volunteering role={status.data?.hub?.role} onLeft={status.reload} />
        </>
      )}
      <section aria-labelledby="settings-contact" id="contact">
        <h2 id="settings-contact">{l10n.t('contact-title')}</h2>
        {org.error ? <Failed error={org.error} retry={org.reload} /> : null}
        {org.data === null && <p>{l10n.t('contact-none')}</p>}
        {org.data && <OrganisationContact org={org.data} headingLevel={3} />}
      </section>
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">{l10n.t('settings-about')}</h2>
        {about.error ? <Failed error={about.error} retry={about.reload} /> : null}
        {!about.data && !about.error ? <Loading /> : null}
        {about.data && (
          <ul class="plain" data-testid="about">
            <li>{l10n.t('about-version', { version: about.data.version })}</li>
            <li>{about.data.content_date ? l10n.t('about-content-date', { date: l10n.date(about.data.content_date) }) : l10n.t('about-content-never')}</li>
            <li>{l10n.t('topic-articles', { count: about.data.articles })}</li>
            <li>{l10n.t('services-count', { count: about.data.services })}</li>
            <li>{l10n.t('volunteers-count', { count: about.data.volunteers })}</li>
          </ul>
        )}
        <p>{l10n.t('about-privacy')}</p>
        <p class="muted">{l10n.t('about-translations')}</p>
      </section>
    </>
  );
}

/** Where a volunteer edits their profile and a coordinator reviews profiles. */
function Volunteering({ role, onLeft }: { role?: DeviceRole; onLeft: () => void }) {
  const { l10n } = useApp();
  return (
    <section aria-labelledby="settings-volunteering">
      <h2 id="settings-volunteering">{l10n.t('settings-volunteering')}</h2>
      <ul class="plain">
        <li>
          <a href={href('profile')} data-testid="settings-profile">
            {l10n.t('profile-title')}
          </a>
        </li>
        {role === 'coordinator' && (
          <li>
            <a href={href('review')} data-testid="settings-review">
              {l10n.t('review-title')}
            </a>
          </li>
        )}
      </ul>
      {(role === 'volunteer' || role === 'coordinator') && <LeaveOrganisation onLeft={onLeft} />}
    </section>
  );
}
