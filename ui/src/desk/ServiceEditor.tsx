// A service's details: contacts, languages its staff speak, opening hours per day and
// closures (one per line), when it was checked, and its description in each language. A new
// service starts blank with its slug to choose; a published one can be deleted (taken off
// every device at its next sync; its history stays on the desk).

import { useEffect, useState } from 'preact/hooks';
import { DAYS, desk, type Service } from './api';
import { ErrorText, useL10n } from './Desk';

const orNull = (v: string) => (v.trim() ? v.trim() : null);
const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function closuresText(s: Service): string {
  return (s.hours.closures ?? []).map((c) => [c.from, c.to, c.reason ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');
}

function parseClosures(text: string): Service['hours']['closures'] {
  return text
    .split('\n')
    .map((l) => l.split('|').map((p) => p.trim()))
    .filter((p) => p.length >= 2 && p[0] && p[1])
    .map(([from, to, reason]) => ({ from, to, reason: reason || null }));
}

function blankService(): Service {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    slug: '',
    name: '',
    topics: ['first-steps'],
    area: '',
    address: '',
    phone: null,
    web: null,
    email: null,
    languages: ['en'],
    cost: 'free',
    access: 'walk-in-or-appointment',
    hours: { weekly: {}, closures: [] },
    texts: { en: { description: '' } },
  };
}

export function ServiceEditor({ slug }: { slug: string | null }) {
  const l10n = useL10n();
  const [service, setService] = useState<Service | null>(slug ? null : blankService());
  const [published, setPublished] = useState(false);
  const [closures, setClosures] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!slug) return;
    desk.service(slug).then((e) => {
      const s = e.draft ?? e.published;
      setService(s);
      setPublished(!!e.published);
      if (s) setClosures(closuresText(s));
    }, setError);
  }, [slug]);
  if (!service) return error ? <ErrorText error={error} /> : <p>{l10n.t('desk-loading')}</p>;
  const update = (p: Partial<Service>) => setService({ ...service, ...p });
  const full = (): Service => ({ ...service, hours: { ...service.hours, closures: parseClosures(closures) } });
  const act = async (what: 'save' | 'publish') => {
    setError(null);
    setStatus('');
    try {
      if (what === 'save') {
        await desk.saveService(full());
        setStatus(l10n.t('desk-saved'));
      } else {
        const r = await desk.publishService(full());
        setStatus(l10n.t('desk-published', { signed: r.signed }));
        setPublished(true);
        // A new service lives at its own address from now on.
        if (!slug) location.hash = `#/service/${encodeURIComponent(service.slug)}`;
      }
    } catch (e) {
      setError(e);
    }
  };
  const input = (id: string, label: string, value: string, onInput: (v: string) => void, type: 'text' | 'date' = 'text', dir?: 'ltr') => (
    <div class="desk-field" key={id}>
      <label for={id}>{label}</label>
      <input id={id} data-testid={id} type={type as "text"} dir={dir} value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
    </div>
  );
  return (
    <form class="desk-editor" onSubmit={(e) => e.preventDefault()}>
      <h1 tabIndex={-1}>{slug ? l10n.t('desk-edit-title', { slug }) : l10n.t('desk-new-service')}</h1>
      <fieldset class="desk-card">
        <legend>{l10n.t('desk-service-details')}</legend>
        {!slug && input('desk-service-slug', l10n.t('desk-slug'), service.slug, (v) => update({ slug: v.trim() }), 'text', 'ltr')}
        {input('desk-service-topics', l10n.t('desk-service-topics'), service.topics.join(', '), (v) => update({ topics: list(v) }), 'text', 'ltr')}
        {input('desk-service-area', l10n.t('desk-service-area'), service.area, (v) => update({ area: v }))}
        {input('desk-service-name', l10n.t('desk-service-name'), service.name, (v) => update({ name: v }))}
        {input('desk-service-address', l10n.t('desk-service-address'), service.address, (v) => update({ address: v }))}
        {input('desk-service-phone', l10n.t('desk-service-phone'), service.phone ?? '', (v) => update({ phone: orNull(v) }), 'text', 'ltr')}
        {input('desk-service-web', l10n.t('desk-service-web'), service.web ?? '', (v) => update({ web: orNull(v) }), 'text', 'ltr')}
        {input('desk-service-email', l10n.t('desk-service-email'), service.email ?? '', (v) => update({ email: orNull(v) }), 'text', 'ltr')}
        {input('desk-service-languages', l10n.t('desk-service-languages'), service.languages.join(', '), (v) => update({ languages: list(v) }), 'text', 'ltr')}
        {input('desk-service-checked-on', l10n.t('desk-reviewed-on'), service.reviewed_on ?? '', (v) => update({ reviewed_on: orNull(v) }), 'date')}
      </fieldset>
      <fieldset class="desk-card">
        <legend>{l10n.t('desk-service-hours')}</legend>
        <p class="desk-hint">{l10n.t('desk-service-hours-hint')}</p>
        {DAYS.map((d) =>
          input(`desk-hours-${d}`, l10n.t(`desk-day-${d}`), (service.hours.weekly[d] ?? []).join(', '), (v) =>
            update({ hours: { ...service.hours, weekly: { ...service.hours.weekly, [d]: list(v) } } }), 'text', 'ltr'),
        )}
        <div class="desk-field">
          <label for="desk-closures">{l10n.t('desk-service-closures')}</label>
          <textarea id="desk-closures" dir="ltr" rows={3} value={closures} onInput={(e) => setClosures((e.target as HTMLTextAreaElement).value)} />
          <p class="desk-hint">{l10n.t('desk-service-closures-hint')}</p>
        </div>
      </fieldset>
      <fieldset class="desk-card">
        <legend>{l10n.t('desk-translation')}</legend>
        {Object.entries(service.texts).map(([lang, text]) => (
          <div class="desk-field" key={lang}>
            <label for={`desk-service-text-${lang}`}>{l10n.languageName(lang)}</label>
            <textarea
              id={`desk-service-text-${lang}`}
              lang={lang}
              dir="auto"
              rows={3}
              value={text.description}
              onInput={(e) => update({ texts: { ...service.texts, [lang]: { ...text, description: (e.target as HTMLTextAreaElement).value } } })}
            />
          </div>
        ))}
      </fieldset>
      <div class="desk-actions">
        <button type="button" onClick={() => act('save')}>
          {l10n.t('desk-save')}
        </button>
        <button type="button" class="desk-primary" data-testid="desk-service-publish" onClick={() => act('publish')}>
          {l10n.t('desk-publish')}
        </button>
        {slug && published && (
          <button
            type="button"
            data-testid="desk-service-delete"
            onClick={async () => {
              if (!confirm(l10n.t('desk-service-delete-confirm'))) return;
              try {
                await desk.unpublishService(slug);
                setPublished(false);
                setStatus(l10n.t('desk-service-deleted'));
              } catch (e) {
                setError(e);
              }
            }}
          >
            {l10n.t('desk-service-delete')}
          </button>
        )}
      </div>
      <p role="status" data-testid="desk-status">
        {status}
      </p>
      <ErrorText error={error} />
    </form>
  );
}
