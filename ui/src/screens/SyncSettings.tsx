// The settings screen's sync section: which hub this device syncs with, when it last did,
// what that brought, and a button to sync now. The device works the same without any of it.

import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { ErrorNotice, errorMessage, Failed, HubAddressInput } from '../components';
import { href, useAction, useApp, useSync, type Loaded } from '../state';
import type { SyncView } from '../types';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => (removeEventListener('online', update), removeEventListener('offline', update));
  }, []);
  return online;
}

export function SyncSettings({ view }: { view: Loaded<SyncView> }) {
  const { l10n } = useApp();
  const sync = useSync();
  const t = l10n.t;
  const online = useOnline();
  const [editing, setEditing] = useState(false);

  return (
    <section aria-labelledby="settings-sync" data-testid="sync">
      <h2 id="settings-sync">{t('sync-title')}</h2>
      <p>{t('sync-explain')}</p>
      {!online && (
        <p class="notice notice-info" role="status" data-testid="sync-offline">
          {t('sync-offline')}
        </p>
      )}
      {view.error ? <Failed error={view.error} retry={view.reload} /> : null}
      {view.data &&
        (view.data.hub && !editing ? (
          <Linked view={view.data} onChange={() => setEditing(true)} reload={view.reload} />
        ) : (
          <HubForm
            current={view.data.hub?.url ?? ''}
            onDone={(linked) => {
              setEditing(false);
              view.reload();
              if (linked) void sync.syncNow();
            }}
            onCancel={view.data.hub ? () => setEditing(false) : undefined}
          />
        ))}
    </section>
  );
}

function Linked({ view, onChange, reload }: { view: SyncView; onChange: () => void; reload: () => void }) {
  const { l10n } = useApp();
  const { state, syncNow } = useSync();
  const t = l10n.t;
  const hub = view.hub!;
  const failure = view.last_attempt?.failure;
  // The scheduler's error is the freshest; the stored one survives a restart of the app.
  const error = state.error ?? (failure ? { code: failure.code, message: failure.message } : undefined);
  const keyChanged = error?.code === 'org-key-changed';
  return (
    <>
      <p data-testid="sync-hub">
        {t('sync-connected')} <bdi dir="ltr">{hub.url}</bdi>
        <br />
        <span class="muted">{t('sync-role', { role: hub.role })}</span>
      </p>
      <div class="actions">
        <button type="button" class="button" data-testid="sync-now" disabled={state.running} onClick={() => void syncNow().then(reload)}>
          {state.running ? t('sync-running') : t('sync-now')}
        </button>
        <button type="button" class="button" data-testid="sync-change" onClick={onChange}>
          {t('sync-change-address')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="sync-last">
        {view.last_sync ? t('sync-last', { when: l10n.dateTime(view.last_sync) }) : t('sync-never')}
      </p>
      {error && view.last_attempt && !state.running && (
        <div class="notice notice-error" role="alert" data-testid="sync-error">
          <p>{t('sync-failed', { when: l10n.dateTime(view.last_attempt.at), reason: errorMessage(l10n.t, l10n.has, error) })}</p>
          {keyChanged && (
            <>
              <p>{t('sync-key-changed')}</p>
              <button type="button" class="button" data-testid="sync-accept-key" onClick={() => void syncNow(true).then(reload)}>
                {t('sync-accept-key')}
              </button>
            </>
          )}
        </div>
      )}
      {view.pending > 0 && <p class="muted">{t('sync-pending', { count: view.pending })}</p>}
      {view.changes && (
        <div data-testid="sync-changes">
          <h3>{t('sync-changes', { when: l10n.dateTime(view.changes.at) })}</h3>
          <ul class="plain">
            {view.changes.restarted && <li>{t('sync-changes-restarted')}</li>}
            {view.changes.articles_changed > 0 && <li>{t('sync-changes-articles', { count: view.changes.articles_changed })}</li>}
            {view.changes.services_changed > 0 && <li>{t('sync-changes-services', { count: view.changes.services_changed })}</li>}
            {view.changes.volunteers_changed > 0 && <li>{t('sync-changes-volunteers', { count: view.changes.volunteers_changed })}</li>}
          </ul>
          {view.changed_articles.length > 0 && (
            <ul class="plain changed-articles">
              {view.changed_articles.map((a) => (
                <li key={a.id}>
                  <a href={href('article', a.slug)} lang={a.lang} dir="auto" data-testid={`changed-${a.slug}`}>
                    {a.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

function HubForm({ current, onDone, onCancel }: { current: string; onDone: (linked: boolean) => void; onCancel?: () => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [address, setAddress] = useState(current);
  const link = useAction(async (to: string) => onDone((await api.setHub({ address: to })) !== null));
  return (
    <form
      class="hub-form"
      onSubmit={(e) => {
        e.preventDefault();
        void link.run(address);
      }}
    >
      <HubAddressInput id="hub-address" testid="hub-address" value={address} onInput={setAddress} invalid={!!link.error} />
      <ErrorNotice error={link.error} testid="hub-error" />
      <div class="actions">
        <button type="submit" class="button" disabled={link.busy || !address.trim()} data-testid="hub-connect">
          {t('sync-connect')}
        </button>
        {onCancel && (
          <>
            <button type="button" class="button" onClick={onCancel}>
              {t('sync-cancel')}
            </button>
            <button type="button" class="button" data-testid="hub-disconnect" disabled={link.busy} onClick={() => void link.run('')}>
              {t('sync-disconnect')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
