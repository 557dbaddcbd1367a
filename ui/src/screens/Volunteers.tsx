// The peer volunteer directory: find someone by language, topic and "free now". A device sees
// only what its role may see of each profile (the hub never sends more, and the core cuts
// again); each way of reaching someone is a button that opens the right app.

import { useState } from 'preact/hooks';
import { api } from '../api';
import { Failed, Loading, PageTitle, TimeRangeText } from '../components';
import { contactLinks, internationalDigits, type LinkKind } from '../contacts';
import { direction } from '../i18n';
import { href, useApp, useLoad } from '../state';
import { WEEKDAYS, type LanguageInfo, type Topic, type Volunteer } from '../types';
import { LanguageSelect, TopicSelect } from './Services';

/** `speaks`: a language to filter by from the start (`#/volunteers/<lang>`, as an article's
 * machine-translation notice links). */
export function Volunteers({ speaks: initialSpeaks }: { speaks?: string } = {}) {
  const { l10n } = useApp();
  const [speaks, setSpeaks] = useState(initialSpeaks ?? '');
  const [topic, setTopic] = useState('');
  const [availableNow, setAvailableNow] = useState(false);
  const langs = useLoad(() => api.languages(), []);
  const list = useLoad(
    () => api.volunteers({ speaks: speaks || undefined, topic: (topic || undefined) as Topic | undefined, available_now: availableNow }),
    [speaks, topic, availableNow],
  );
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
        <div class="field check">
          <input id="volunteers-now" type="checkbox" data-testid="volunteers-available-now" checked={availableNow} onChange={(e) => setAvailableNow(e.currentTarget.checked)} />
          <label for="volunteers-now">{l10n.t('volunteers-available-now')}</label>
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
      <p class="muted">
        <a href={href('profile')} data-testid="volunteers-own-profile">
          {l10n.t('volunteers-are-you-one')}
        </a>
      </p>
    </>
  );
}

/** "Tue 18:00–20:00, Sat 10:00–13:00", day names in the reader's language; each time range
 * isolated left to right, so a right-to-left page does not turn 18:00–20:00 around. */
function Availability({ volunteer: v }: { volunteer: Volunteer }) {
  const { l10n } = useApp();
  const day = (i: number) => new Intl.DateTimeFormat([l10n.locale, 'en'], { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));
  const days = WEEKDAYS.flatMap((d, i) => (v.availability[d]?.length ? [[day(i), v.availability[d]!] as const] : []));
  if (!days.length) return null;
  return (
    <p data-testid="volunteer-availability">
      <strong>{l10n.t('volunteer-usually-free')}</strong>{' '}
      {days.map(([name, ranges], i) => (
        <>
          {i > 0 && l10n.listSeparator()}
          {name}{' '}
          {ranges.map((r, j) => (
            <>
              {j > 0 && ', '}
              <TimeRangeText range={r} />
            </>
          ))}
        </>
      ))}
    </p>
  );
}

const LINK_LABEL: Record<LinkKind, string> = {
  call: 'contact-call',
  text: 'contact-text',
  whatsapp: 'contact-whatsapp',
  signal: 'contact-signal',
  email: 'contact-email',
};

/** One volunteer as `v` holds them: the caller decides which audience's cut to pass in. */
export function VolunteerCard({ volunteer: v, languages, testid = `volunteer-${v.slug}` }: { volunteer: Volunteer; languages?: LanguageInfo[]; testid?: string }) {
  const { l10n } = useApp();
  const aboutLang = [l10n.lang, 'en', ...Object.keys(v.about)].find((code) => v.about[code]);
  const nativeName = (code: string) => languages?.find((l) => l.code === code)?.native_name ?? code;
  const away = v.away_until && v.away_until >= new Date().toISOString().slice(0, 10);
  return (
    <li class="card" data-testid={testid}>
      <h2 class="card-title">
        <bdi>{v.display_name}</bdi>
      </h2>
      {away && (
        <p class="notice notice-info" data-testid="volunteer-away">
          {l10n.t('volunteer-away-until', { date: l10n.date(v.away_until!) })}
        </p>
      )}
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
      <Availability volunteer={v} />
      {v.contacts.length > 0 ? (
        <ul class="contacts plain">
          {v.contacts.map((c) => {
            const links = contactLinks(c);
            return (
              <li key={c.channel + c.value} data-testid={`contact-channel-${c.channel}`}>
                <span>
                  {l10n.t(`channel-${c.channel}`)}: <bdi dir="ltr" class={c.channel !== 'email' && internationalDigits(c.value) ? 'phone' : undefined}>{c.value}</bdi>
                </span>
                {links.length > 0 && (
                  <span class="actions">
                    {links.map((link) => (
                      <a key={link.kind} class="button" href={link.href} data-testid={`contact-link-${link.kind}`} target={link.href.startsWith('https:') ? '_blank' : undefined} rel="noopener noreferrer">
                        {l10n.t(LINK_LABEL[link.kind])}
                      </a>
                    ))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>
          <a href={href('contact')} data-testid="ask-the-project">
            {l10n.t('volunteer-no-contact')}
          </a>
        </p>
      )}
    </li>
  );
}
