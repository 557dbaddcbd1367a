// A volunteer's own profile: joining with an invite code, editing (saved on the device at
// once, sent at the next sync), where the coordinators' review stands, what newcomers and
// other volunteers see of it, a pause ("away until"), and deleting it everywhere.

import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { ErrorNotice, Failed, HubAddressInput, Loading, PageTitle } from '../components';
import { href, useAction, useApp, useLoad, useSync, useSyncStatus } from '../state';
import {
  TOPICS,
  WEEKDAYS,
  type Audience,
  type Channel,
  type Contact,
  type Fluency,
  type LanguageInfo,
  type MyProfile,
  type ProfileParams,
  type SpokenLanguage,
  type Topic,
  type Weekday,
  type WeeklyHours,
} from '../types';
import { VolunteerCard } from './Volunteers';
import { NewPinFields, pinReady, useLock } from './Lock';

const FLUENCIES: Fluency[] = ['native', 'fluent', 'conversational', 'basic'];
const CHANNELS: Channel[] = ['phone', 'whatsapp', 'signal', 'email'];
const AUDIENCES: Audience[] = ['everyone', 'volunteers', 'coordinators'];
const ACCESS_ENDED = ['token-revoked', 'token-expired', 'token-unknown'];

export function Profile() {
  const { l10n } = useApp();
  const sync = useSync();
  const status = useSyncStatus();
  const role = status.data?.hub?.role;
  // A withdrawn or expired token: the device can only join again with a new invite.
  const failure = sync.state.error ?? status.data?.last_attempt?.failure ?? undefined;
  const accessEnded = !!failure && ACCESS_ENDED.includes(failure.code);
  return (
    <>
      <PageTitle icon="volunteers">{l10n.t('profile-title')}</PageTitle>
      {status.error ? <Failed error={status.error} retry={status.reload} /> : null}
      {!status.data && !status.error ? <Loading /> : null}
      {status.data && accessEnded && (
        <>
          <ErrorNotice error={failure} testid="profile-access-ended" />
          <JoinForm address={status.data.hub?.url ?? ''} onJoined={status.reload} />
        </>
      )}
      {status.data &&
        !accessEnded &&
        (role === 'volunteer' ? (
          <OwnProfile />
        ) : role === 'coordinator' ? (
          <p data-testid="profile-coordinator">
            {l10n.t('profile-is-coordinator')} <a href={href('review')}>{l10n.t('review-title')}</a>
          </p>
        ) : (
          <JoinForm address={status.data.hub?.url ?? ''} onJoined={status.reload} />
        ))}
    </>
  );
}

function JoinForm({ address: initial, onJoined }: { address: string; onJoined: () => void }) {
  const { l10n } = useApp();
  const sync = useSync();
  const t = l10n.t;
  const [address, setAddress] = useState(initial);
  const [code, setCode] = useState('');
  const { status: lock, update: setLock } = useLock();
  const [pin, setPin] = useState<[string, string]>(['', '']);
  const join = useAction(async () => {
    await api.join({ address, code, pin: lock.encrypted ? undefined : pin[0] });
    setLock(await api.lockStatus());
    onJoined();
    void sync.syncNow();
  });
  return (
    <form
      class="stack-form"
      data-testid="join"
      onSubmit={(e) => {
        e.preventDefault();
        void join.run();
      }}
    >
      <p>{t('join-explain')}</p>
      <HubAddressInput id="join-address" testid="join-address" value={address} onInput={setAddress} />
      <label for="join-code">{t('join-code')}</label>
      <input
        id="join-code"
        type="text"
        dir="ltr"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellcheck={false}
        data-testid="join-code"
        value={code}
        aria-describedby="join-code-hint"
        aria-invalid={join.error ? true : undefined}
        onInput={(e) => setCode(e.currentTarget.value)}
      />
      <p id="join-code-hint" class="muted">
        {t('join-code-hint')}
      </p>
      {!lock.encrypted && (
        <>
          <p id="join-pin-explain">{t('join-pin-explain')}</p>
          <NewPinFields idPrefix="join" pin={pin} onPin={setPin} />
        </>
      )}
      <ErrorNotice error={join.error} testid="join-error" />
      <div class="actions">
        <button type="submit" class="button" disabled={join.busy || !address.trim() || !code.trim() || (!lock.encrypted && !pinReady(pin))} data-testid="join-submit">
          {t('join-submit')}
        </button>
      </div>
    </form>
  );
}

function OwnProfile() {
  const { l10n } = useApp();
  const sync = useSync();
  const t = l10n.t;
  const mine = useLoad(() => api.myProfile({ lang: l10n.lang }), [l10n.lang, sync.state.running]);
  const languages = useLoad(() => api.languages(), []);
  const [deleted, setDeleted] = useState(false);
  if (mine.error) return <Failed error={mine.error} retry={mine.reload} />;
  if (mine.data === undefined || !languages.data) return <Loading />;
  if (deleted) {
    return (
      <p class="notice notice-info" role="status" data-testid="profile-deleted">
        {t('profile-deleted')}
      </p>
    );
  }
  const profile = mine.data;
  return (
    <>
      <ReviewState mine={profile} />
      <p>
        <a href={href('suggestions')} data-testid="profile-suggestions">
          {t('suggestions-title')}
        </a>
      </p>
      {profile && profile.pending > 0 && (
        <p class="muted" data-testid="profile-pending">
          {t('sync-pending', { count: profile.pending })}{' '}
          <button type="button" class="button" disabled={sync.state.running} onClick={() => void sync.syncNow()}>
            {sync.state.running ? t('sync-running') : t('sync-now')}
          </button>
        </p>
      )}
      <ProfileEditor
        mine={profile}
        languages={languages.data}
        onSaved={() => {
          mine.reload();
          void sync.syncSoon();
        }}
      />
      {profile && <Previews mine={profile} languages={languages.data} />}
      {profile && (
        <DeleteProfile
          onDeleted={() => {
            setDeleted(true);
            void sync.syncSoon();
          }}
        />
      )}
    </>
  );
}

function ReviewState({ mine }: { mine: MyProfile | null }) {
  const { l10n } = useApp();
  const review = mine?.profile.review;
  const [kind, id] = !mine
    ? (['info', 'profile-state-new'] as const)
    : !review
      ? (['info', 'profile-state-unsent'] as const)
      : review.state === 'approved'
        ? (['info', 'profile-state-approved'] as const)
        : review.state === 'suspended'
          ? (['warn', 'profile-state-suspended'] as const)
          : review.approved_at
            ? (['warn', 'profile-state-changed'] as const)
            : (['warn', 'profile-state-pending'] as const);
  return (
    <p class={`notice notice-${kind}`} role="status" data-testid="profile-review-state" data-state={review?.state ?? (mine ? 'unsent' : 'new')}>
      {l10n.t(id)}
    </p>
  );
}

/** The form's state: the profile's fields, with one time range per day to edit. */
export interface TimeSpan {
  from: string;
  to: string;
}

export interface Draft {
  display_name: string;
  languages: SpokenLanguage[];
  topics: Topic[];
  /** Each day's time ranges; a day left out is not a free day. */
  days: Partial<Record<Weekday, TimeSpan[]>>;
  contacts: Contact[];
  about: Record<string, string>;
  away_until: string;
}

export function draftOf(mine: MyProfile | null, lang: string): Draft {
  const p = mine?.profile;
  const days: Draft['days'] = {};
  for (const day of WEEKDAYS) {
    const ranges = p?.availability[day] ?? [];
    if (ranges.length) {
      days[day] = ranges.map((r) => {
        const [from = '', to = ''] = r.split('-');
        return { from, to };
      });
    }
  }
  return {
    display_name: p?.display_name ?? '',
    languages: p?.languages.length ? p.languages : [{ lang, level: 'native' }],
    topics: p?.topics ?? [],
    days,
    contacts: p?.contacts ?? [],
    about: p?.about ?? {},
    away_until: p?.away_until ?? '',
  };
}

export function paramsOf(d: Draft): ProfileParams {
  const availability: WeeklyHours = {};
  for (const day of WEEKDAYS) {
    const ranges = (d.days[day] ?? []).filter((r) => r.from && r.to).map((r) => `${r.from}-${r.to}`);
    if (ranges.length) availability[day] = ranges;
  }
  const spoken = new Set(d.languages.map((l) => l.lang));
  return {
    display_name: d.display_name.trim(),
    languages: d.languages,
    topics: d.topics,
    availability,
    contacts: d.contacts.filter((c) => c.value.trim()).map((c) => ({ ...c, value: c.value.trim() })),
    about: Object.fromEntries(Object.entries(d.about).filter(([lang, text]) => spoken.has(lang) && text.trim())),
    away_until: d.away_until || null,
  };
}

function ProfileEditor({ mine, languages, onSaved }: { mine: MyProfile | null; languages: LanguageInfo[]; onSaved: () => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [draft, setDraft] = useState(() => draftOf(mine, l10n.lang));
  const [saved, setSaved] = useState(false);
  // Another device's edit arriving by sync replaces an untouched form, never one being edited.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setDraft(draftOf(mine, l10n.lang));
  }, [mine]);
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setTouched(true);
    setSaved(false);
  };
  const nativeName = (code: string) => languages.find((l) => l.code === code)?.native_name ?? code;
  const save = useAction(async () => {
    await api.saveProfile(paramsOf(draft));
    setSaved(true);
    setTouched(false);
    onSaved();
  });
  const setLanguage = (i: number, next: Partial<SpokenLanguage>) => change({ languages: draft.languages.map((l, j) => (i === j ? { ...l, ...next } : l)) });
  const setContact = (i: number, next: Partial<Contact>) => change({ contacts: draft.contacts.map((c, j) => (i === j ? { ...c, ...next } : c)) });
  const weekday = (i: number) => new Intl.DateTimeFormat([l10n.locale, 'en'], { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));

  return (
    <form
      class="stack-form profile-form"
      data-testid="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <h2>{t('profile-edit')}</h2>
      <label for="profile-name">{t('profile-name')}</label>
      <input id="profile-name" type="text" required maxLength={80} dir="auto" autoComplete="nickname" data-testid="profile-name" value={draft.display_name} aria-describedby="profile-name-hint" onInput={(e) => change({ display_name: e.currentTarget.value })} />
      <p id="profile-name-hint" class="muted">
        {t('profile-name-hint')}
      </p>

      <fieldset>
        <legend>{t('profile-languages')}</legend>
        {draft.languages.map((l, i) => (
          <div class="row" key={i}>
            <label class="offscreen" for={`profile-lang-${i}`}>
              {t('profile-language')}
            </label>
            <select id={`profile-lang-${i}`} data-testid={`profile-lang-${i}`} value={l.lang} onChange={(e) => setLanguage(i, { lang: e.currentTarget.value })}>
              {languages.map((info) => (
                <option key={info.code} value={info.code} lang={info.code}>
                  {info.native_name}
                </option>
              ))}
            </select>
            <label class="offscreen" for={`profile-level-${i}`}>
              {t('profile-level')}
            </label>
            <select id={`profile-level-${i}`} data-testid={`profile-level-${i}`} value={l.level} onChange={(e) => setLanguage(i, { level: e.currentTarget.value as Fluency })}>
              {FLUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`fluency-${f}`)}
                </option>
              ))}
            </select>
            {draft.languages.length > 1 && (
              <button type="button" class="button" onClick={() => change({ languages: draft.languages.filter((_, j) => j !== i) })}>
                {t('profile-remove')}
                <span class="offscreen"> {nativeName(l.lang)}</span>
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button"
          data-testid="profile-add-language"
          onClick={() => change({ languages: [...draft.languages, { lang: languages.find((info) => !draft.languages.some((l) => l.lang === info.code))?.code ?? 'en', level: 'fluent' }] })}
        >
          {t('profile-add-language')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('profile-topics')}</legend>
        <div class="checks">
          {TOPICS.map((topic) => (
            <div class="field check" key={topic}>
              <input
                id={`profile-topic-${topic}`}
                type="checkbox"
                data-testid={`profile-topic-${topic}`}
                checked={draft.topics.includes(topic)}
                onChange={(e) => change({ topics: e.currentTarget.checked ? [...draft.topics, topic] : draft.topics.filter((x) => x !== topic) })}
              />
              <label for={`profile-topic-${topic}`}>{t(`topic-${topic}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('profile-availability')}</legend>
        <p class="muted">{t('profile-availability-hint')}</p>
        {WEEKDAYS.map((day, i) => {
          const ranges = draft.days[day];
          const set = (next?: TimeSpan[]) => change({ days: { ...draft.days, [day]: next?.length ? next : undefined } });
          const setSpan = (k: number, span: Partial<TimeSpan>) => set(ranges!.map((r, j) => (j === k ? { ...r, ...span } : r)));
          return (
            <div class="row day" key={day}>
              <div class="field check">
                <input id={`profile-day-${day}`} type="checkbox" data-testid={`profile-day-${day}`} checked={!!ranges} onChange={(e) => set(e.currentTarget.checked ? [{ from: '18:00', to: '20:00' }] : undefined)} />
                <label for={`profile-day-${day}`}>{weekday(i)}</label>
              </div>
              {ranges && (
                <div class="spans">
                  {ranges.map((r, k) => (
                    <span class="times" dir="ltr" key={k}>
                      <label class="offscreen" for={`profile-from-${day}-${k}`}>
                        {t('profile-from', { day: weekday(i) })}
                      </label>
                      <input id={`profile-from-${day}-${k}`} type="time" data-testid={`profile-from-${day}-${k}`} value={r.from} onInput={(e) => setSpan(k, { from: e.currentTarget.value })} />
                      <span aria-hidden="true">–</span>
                      <label class="offscreen" for={`profile-to-${day}-${k}`}>
                        {t('profile-to', { day: weekday(i) })}
                      </label>
                      <input id={`profile-to-${day}-${k}`} type="time" data-testid={`profile-to-${day}-${k}`} value={r.to} onInput={(e) => setSpan(k, { to: e.currentTarget.value })} />
                      {ranges.length > 1 && (
                        <button type="button" class="button" onClick={() => set(ranges.filter((_, j) => j !== k))}>
                          {t('profile-remove')}
                        </button>
                      )}
                    </span>
                  ))}
                  <button type="button" class="button" data-testid={`profile-add-time-${day}`} onClick={() => set([...ranges, { from: '', to: '' }])}>
                    {t('profile-add-time')}
                  </button>
                </div>
              )}
            </div>
          );
        })}
        <label for="profile-away">{t('profile-away-until')}</label>
        <div class="row">
          <input id="profile-away" type="date" data-testid="profile-away-until" value={draft.away_until} aria-describedby="profile-away-hint" onInput={(e) => change({ away_until: e.currentTarget.value })} />
          {draft.away_until && (
            <button type="button" class="button" data-testid="profile-back" onClick={() => change({ away_until: '' })}>
              {t('profile-back')}
            </button>
          )}
        </div>
        <p id="profile-away-hint" class="muted">
          {t('profile-away-hint')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('profile-contacts')}</legend>
        <p class="muted">{t('profile-contacts-hint')}</p>
        {draft.contacts.map((c, i) => (
          <div class="contact-row" key={i} data-testid={`profile-contact-${i}`}>
            <label for={`profile-contact-channel-${i}`}>{t('profile-channel')}</label>
            <select id={`profile-contact-channel-${i}`} data-testid={`profile-contact-channel-${i}`} value={c.channel} onChange={(e) => setContact(i, { channel: e.currentTarget.value as Channel })}>
              {CHANNELS.map((ch) => (
                <option key={ch} value={ch}>
                  {t(`channel-${ch}`)}
                </option>
              ))}
            </select>
            <label for={`profile-contact-value-${i}`}>{t(c.channel === 'email' ? 'profile-contact-email' : 'profile-contact-number')}</label>
            <input
              id={`profile-contact-value-${i}`}
              type="text"
              inputMode={c.channel === 'email' ? 'email' : 'tel'}
              autoComplete="off"
              dir="ltr"
              data-testid={`profile-contact-value-${i}`}
              value={c.value}
              onInput={(e) => setContact(i, { value: e.currentTarget.value })}
            />
            <label for={`profile-contact-visible-${i}`}>{t('profile-visible-to')}</label>
            <select id={`profile-contact-visible-${i}`} data-testid={`profile-contact-visible-${i}`} value={c.visible_to} onChange={(e) => setContact(i, { visible_to: e.currentTarget.value as Audience })}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`audience-${a}`)}
                </option>
              ))}
            </select>
            <button type="button" class="button" onClick={() => change({ contacts: draft.contacts.filter((_, j) => j !== i) })}>
              {t('profile-remove')}
            </button>
          </div>
        ))}
        <button type="button" class="button" data-testid="profile-add-contact" onClick={() => change({ contacts: [...draft.contacts, { channel: 'phone', value: '', visible_to: 'coordinators' }] })}>
          {t('profile-add-contact')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('profile-about')}</legend>
        {draft.languages.map((l) => (
          <div class="field" key={l.lang}>
            <label for={`profile-about-${l.lang}`}>{t('profile-about-in', { language: nativeName(l.lang) })}</label>
            <textarea
              id={`profile-about-${l.lang}`}
              lang={l.lang}
              dir="auto"
              rows={3}
              maxLength={600}
              data-testid={`profile-about-${l.lang}`}
              value={draft.about[l.lang] ?? ''}
              onInput={(e) => change({ about: { ...draft.about, [l.lang]: e.currentTarget.value } })}
            />
          </div>
        ))}
      </fieldset>

      <ErrorNotice error={save.error} testid="profile-error" />
      {saved && (
        <p class="notice notice-info" role="status" data-testid="profile-saved">
          {t('profile-saved')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button" disabled={save.busy || !draft.display_name.trim()} data-testid="profile-save">
          {t('profile-save')}
        </button>
      </div>
    </form>
  );
}

function Previews({ mine, languages }: { mine: MyProfile; languages: LanguageInfo[] }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const listed = mine.profile.review?.state !== 'suspended';
  return (
    <section aria-labelledby="profile-preview" data-testid="profile-previews">
      <h2 id="profile-preview">{t('profile-preview')}</h2>
      <p class="muted">{t(listed ? 'profile-preview-hint' : 'profile-preview-suspended')}</p>
      <h3>{t('profile-preview-everyone')}</h3>
      <ul class="cards">
        <VolunteerCard volunteer={mine.previews.everyone} languages={languages} testid="preview-everyone" />
      </ul>
      <h3>{t('profile-preview-volunteers')}</h3>
      <ul class="cards">
        <VolunteerCard volunteer={mine.previews.volunteers} languages={languages} testid="preview-volunteers" />
      </ul>
    </section>
  );
}

function DeleteProfile({ onDeleted }: { onDeleted: () => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [asking, setAsking] = useState(false);
  const remove = useAction(async () => {
    await api.deleteProfile();
    onDeleted();
  });
  return (
    <section aria-labelledby="profile-delete-title">
      <h2 id="profile-delete-title">{t('profile-delete-title')}</h2>
      <p>{t('profile-delete-explain')}</p>
      <ErrorNotice error={remove.error} />
      {asking ? (
        <div class="actions">
          <button type="button" class="button button-danger" data-testid="profile-delete-confirm" disabled={remove.busy} onClick={() => void remove.run()}>
            {t('profile-delete-confirm')}
          </button>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {t('sync-cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button" data-testid="profile-delete" onClick={() => setAsking(true)}>
          {t('profile-delete')}
        </button>
      )}
    </section>
  );
}
