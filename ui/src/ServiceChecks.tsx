// How far a reader can trust a service's details: a clear label on sample (demo) data, and
// the day someone last checked the details. Used wherever a service is shown.

import { useApp } from './state';
import type { ServiceView } from './types';

export function ServiceChecks({ service }: { service: Pick<ServiceView, 'reviewed_on' | 'sample'> }) {
  const { l10n } = useApp();
  if (!service.sample && !service.reviewed_on) return null;
  return (
    <div class="service-checks">
      {service.sample && (
        <p class="sample-note" data-testid="sample-label">
          <span class="badge badge-sample">{l10n.t('service-sample')}</span> {l10n.t('service-sample-note')}
        </p>
      )}
      {service.reviewed_on && (
        <p class="meta" data-testid="checked-on">
          {l10n.t('service-checked-on', { date: l10n.day(service.reviewed_on) })}
        </p>
      )}
    </div>
  );
}
