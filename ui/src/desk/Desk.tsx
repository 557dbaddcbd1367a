// The desk's frame: sign-in, then the overview, the article editor and an article's history,
// chosen by the hash (`#/`, `#/article/<slug>`, `#/new`, `#/history/<slug>`,
// `#/service/<slug>`, `#/queue`).

import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { applyToDocument, localize, UI_LOCALES, type Localization } from '../i18n';
import { desk, DeskError, type Session } from './api';
import { Overview } from './Overview';
import { Editor } from './Editor';
import { History } from './History';
import { ServiceEditor } from './ServiceEditor';
import { Queue } from './Queue';
import { useHash } from '../hash';

export const L10n = createContext<Localization>(null as unknown as Localization);
export const useL10n = () => useContext(L10n);

/** A failure in the reader's language: `desk-error-<code>`, else the general message. */
export function deskError(l10n: Localization, error: unknown): string {
  const code = error instanceof DeskError ? error.code : 'unknown';
  return l10n.has(`desk-error-${code}`) ? l10n.t(`desk-error-${code}`) : l10n.t('desk-error-unknown', { code });
}

export function ErrorText({ error }: { error: unknown }) {
  const l10n = useL10n();
  return error ? (
    <p role="alert" class="desk-error" data-testid="desk-error">
      {deskError(l10n, error)}
    </p>
  ) : null;
}

export function Desk({ initial }: { initial: Localization }) {
  const [l10n, setL10n] = useState(initial);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const hash = useHash();

  useEffect(() => {
    desk.session().then(setSession, () => setSession(null));
  }, []);

  const chooseLanguage = async (lang: string) => {
    const next = await localize(lang);
    applyToDocument(next);
    document.title = next.t('desk-title');
    try {
      localStorage.setItem('peerguide.desk.lang', lang);
    } catch {
      /* not kept */
    }
    setL10n(next);
  };

  const [, route, arg] = hash.replace(/^#/, '').split('/');
  const slug = arg ? decodeURIComponent(arg) : '';
  let screen;
  if (session === undefined) screen = <p>{l10n.t('desk-loading')}</p>;
  else if (session === null) screen = <SignIn onSignedIn={setSession} />;
  else if (route === 'article' && slug) screen = <Editor key={slug} slug={slug} />;
  else if (route === 'new') screen = <Editor key="new" slug={null} />;
  else if (route === 'history' && slug) screen = <History key={slug} slug={slug} />;
  else if (route === 'queue') screen = <Queue />;
  else if (route === 'service' && slug) screen = <ServiceEditor key={slug} slug={slug} />;
  else if (route === 'new-service') screen = <ServiceEditor key="new-service" slug={null} />;
  else screen = <Overview />;

  return (
    <L10n.Provider value={l10n}>
      <header class="desk-header">
        <a href="#/" class="desk-brand">
          {l10n.t('desk-title')}
        </a>
        <label class="desk-lang">
          {l10n.t('desk-language')}{' '}
          <select data-testid="desk-language" value={l10n.lang} onChange={(e) => chooseLanguage((e.target as HTMLSelectElement).value)}>
            {UI_LOCALES.map((code) => (
              <option value={code} key={code}>
                {l10n.languageName(code)}
              </option>
            ))}
          </select>
        </label>
        {session && (
          <a href="#/queue" data-testid="desk-queue-link">
            {l10n.t('desk-queue-title')}
          </a>
        )}
        {session && (
          <span class="desk-who">
            <span data-testid="desk-signed-in-as">{l10n.t('desk-signed-in-as', { name: session.name })}</span>{' '}
            <button
              type="button"
              data-testid="desk-sign-out"
              onClick={async () => {
                await desk.signOut().catch(() => undefined);
                setSession(null);
              }}
            >
              {l10n.t('desk-sign-out')}
            </button>
          </span>
        )}
      </header>
      <main id="desk-main" class="desk-main">
        {screen}
      </main>
    </L10n.Provider>
  );
}

function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const l10n = useL10n();
  const [how, setHow] = useState<'code' | 'token'>('code');
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await desk.signIn(how === 'code' ? { code: secret.trim() } : { token: secret.trim() }, name));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="desk-card desk-sign-in" onSubmit={submit} data-testid="desk-sign-in">
      <h1>{l10n.t('desk-sign-in-title')}</h1>
      <p>{l10n.t('desk-sign-in-intro')}</p>
      <fieldset>
        <legend>{l10n.t('desk-sign-in-with')}</legend>
        <label>
          <input type="radio" name="how" checked={how === 'code'} onChange={() => setHow('code')} /> {l10n.t('desk-sign-in-code')}
        </label>
        <label>
          <input type="radio" name="how" checked={how === 'token'} onChange={() => setHow('token')} data-testid="desk-with-token" />{' '}
          {l10n.t('desk-sign-in-token')}
        </label>
      </fieldset>
      <label for="desk-secret">{how === 'code' ? l10n.t('desk-sign-in-code') : l10n.t('desk-sign-in-token')}</label>
      <input id="desk-secret" data-testid="desk-secret" dir="ltr" autocomplete="off" value={secret} onInput={(e) => setSecret((e.target as HTMLInputElement).value)} required />
      <label for="desk-name">{l10n.t('desk-sign-in-name')}</label>
      <input id="desk-name" data-testid="desk-name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} required maxLength={80} />
      <button type="submit" class="desk-primary" disabled={busy} data-testid="desk-sign-in-button">
        {l10n.t('desk-sign-in-button')}
      </button>
      <ErrorText error={error} />
    </form>
  );
}
