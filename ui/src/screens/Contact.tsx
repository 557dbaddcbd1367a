// How to reach the project itself (the pack's organisation.toml): a screen of its own
// (`#/contact`), where every "ask the project" leads, and the same details in Settings.

import { api } from '../api';
import { Closures, Failed, Loading, PageTitle, WeekHours } from '../components';
import { direction } from '../i18n';
import { useApp, useLoad } from '../state';
import type { OrganisationView } from '../types';
import { PlaceActions, PlaceLines } from './Service';

export function useOrganisation() {
  const { l10n } = useApp();
  return useLoad(() => api.organisation({ lang: l10n.lang }), [l10n.lang]);
}

export function Contact() {
  const { l10n } = useApp();
  const org = useOrganisation();
  return (
    <>
      <PageTitle>{l10n.t('contact-title')}</PageTitle>
      {org.error ? <Failed error={org.error} retry={org.reload} /> : null}
      {org.loading && !org.data && !org.error ? <Loading /> : null}
      {org.data === null && <p data-testid="contact-none">{l10n.t('contact-none')}</p>}
      {org.data && <OrganisationContact org={org.data} headingLevel={2} />}
    </>
  );
}

/** Name, phone, buttons, the interpreter text, address and hours. */
export function OrganisationContact({ org, headingLevel }: { org: OrganisationView; headingLevel: 2 | 3 }) {
  const { l10n } = useApp();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="organisation" data-testid="organisation">
      <p>{l10n.t('contact-intro', { name: org.name })}</p>
      <p class="meta">
        <span class={org.open ? 'badge badge-open' : 'badge badge-closed'}>{l10n.t(org.open ? 'service-open' : 'service-closed')}</span>
      </p>
      <PlaceLines address={org.address} phone={org.phone} />
      <PlaceActions address={org.address} phone={org.phone} web={org.website} email={org.email} directions />
      <Heading>{l10n.t('contact-interpreter')}</Heading>
      <p lang={org.interpreter_lang} dir={direction(org.interpreter_lang)} data-testid="interpreter">
        {org.interpreter}
      </p>
      <Heading>{l10n.t('service-hours')}</Heading>
      <WeekHours hours={org.hours} testid="organisation-hours" />
      <Closures hours={org.hours} headingLevel={headingLevel} />
    </div>
  );
}
