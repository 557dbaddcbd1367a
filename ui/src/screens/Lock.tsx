// The device lock as a person meets it: the lock screen (nothing else is shown while the
// device is locked), the notice after volunteer data was removed, the app lock in Settings
// (set, change, idle time, lock now, turn off) and a PIN chosen when joining.

import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { ErrorNotice } from '../components';
import { IDLE_CHOICES } from '../lock';
import { useAction, useApp } from '../state';
import type { DeviceRole, LockStatus } from '../types';

/** What a device with no lock answers (and what a server without a lock is taken to be). */
export const UNLOCKED: LockStatus = { encrypted: false, locked: false, attempts_left: 10, idle_minutes: 5, keystore: false, notice: null };

export interface LockContext {
  status: LockStatus;
  update: (status: LockStatus) => void;
}
export const LockCtx = createContext<LockContext>({ status: UNLOCKED, update: () => {} });
export const useLock = () => useContext(LockCtx);

export function LockScreen({ status, onChange }: { status: LockStatus; onChange: (s: LockStatus) => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [pin, setPin] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const unlock = useAction(async () => {
    try {
      onChange(await api.unlock({ pin }));
    } catch (err) {
      setPin('');
      // The count of wrong PINs (or the wipe) is the core's: show what it says now.
      onChange(await api.lockStatus().catch(() => status));
      throw err;
    }
  });
  const wrong = unlock.error instanceof ApiError && unlock.error.code === 'wrong-pin';
  // The keystore lost its half of the key: no PIN opens the data again; the way back.
  const lost = unlock.error instanceof ApiError && unlock.error.code === 'keystore-missing';
  return (
    <>
      <header class="app-header">
        <span class="brand">{t('app-name')}</span>
      </header>
      <main id="main" tabIndex={-1} class="screen screen-lock" data-testid="lock-screen">
        <h1>{t('lock-title')}</h1>
        <form
          class="stack-form"
          onSubmit={(e) => {
            e.preventDefault();
            void unlock.run();
          }}
        >
          <label for="lock-pin">{t('lock-pin')}</label>
          <input
            id="lock-pin"
            ref={input}
            type="password"
            dir="ltr"
            autoComplete="current-password"
            data-testid="lock-pin"
            value={pin}
            aria-invalid={wrong ? true : undefined}
            aria-describedby="lock-attempts"
            onInput={(e) => setPin(e.currentTarget.value)}
          />
          {wrong ? null : <ErrorNotice error={unlock.error} testid="lock-error" />}
          <p id="lock-attempts" class={wrong ? 'notice notice-error' : 'muted'} role={wrong ? 'alert' : undefined} data-testid="lock-attempts">
            {wrong ? `${t('error-wrong-pin')} ` : ''}
            {t('lock-attempts-left', { count: status.attempts_left })}
          </p>
          <div class="actions">
            <button type="submit" class="button" disabled={unlock.busy || pin.length === 0} data-testid="lock-submit">
              {t('lock-unlock')}
            </button>
          </div>
        </form>
        {lost && <StartOver onChange={onChange} />}
      </main>
    </>
  );
}

/** Removes a device's data that can no longer be opened, so it starts again: asked twice. */
export function StartOver({ onChange }: { onChange: (s: LockStatus) => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [asked, setAsked] = useState(false);
  const startOver = useAction(async () => onChange(await api.startOver()));
  return (
    <div class="actions" data-testid="start-over">
      <ErrorNotice error={startOver.error} testid="start-over-error" />
      {asked ? (
        <button type="button" class="button button-danger" disabled={startOver.busy} onClick={() => void startOver.run()} data-testid="start-over-confirm">
          {t('start-over-confirm')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => setAsked(true)} data-testid="start-over-button">
          {t('start-over-button')}
        </button>
      )}
    </div>
  );
}

/** Says why volunteer data was removed, until the person has read it. */
export function WipeNoticeBanner() {
  const { l10n } = useApp();
  const { status, update } = useLock();
  const dismiss = useAction(async () => update(await api.dismissNotice()));
  const notice = status.notice;
  if (!notice) return null;
  return (
    <div class="notice notice-warn" role="status" data-testid="wipe-notice">
      <p>{l10n.t(`wipe-notice-${notice.reason}`)}</p>
      {notice.lost_edits > 0 && <p data-testid="wipe-lost-edits">{l10n.t('wipe-lost-edits', { count: notice.lost_edits })}</p>}
      <button type="button" class="button" disabled={dismiss.busy} onClick={() => void dismiss.run()} data-testid="wipe-dismiss">
        {l10n.t('wipe-dismiss')}
      </button>
    </div>
  );
}

/** A new PIN typed twice; `onPin` is given it when both agree and it is long enough. */
export function NewPinFields({ idPrefix, pin, onPin }: { idPrefix: string; pin: [string, string]; onPin: (pin: [string, string]) => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const mismatch = pin[1].length > 0 && pin[0] !== pin[1];
  return (
    <>
      <label for={`${idPrefix}-pin`}>{t('lock-new-pin')}</label>
      <input id={`${idPrefix}-pin`} type="password" dir="ltr" autoComplete="new-password" data-testid={`${idPrefix}-pin`} value={pin[0]} onInput={(e) => onPin([e.currentTarget.value, pin[1]])} />
      <label for={`${idPrefix}-confirm`}>{t('lock-confirm-pin')}</label>
      <input
        id={`${idPrefix}-confirm`}
        type="password"
        dir="ltr"
        autoComplete="new-password"
        data-testid={`${idPrefix}-confirm`}
        value={pin[1]}
        aria-invalid={mismatch ? true : undefined}
        aria-describedby={mismatch ? `${idPrefix}-mismatch` : undefined}
        onInput={(e) => onPin([pin[0], e.currentTarget.value])}
      />
      {mismatch && (
        <p id={`${idPrefix}-mismatch`} class="notice notice-error" data-testid={`${idPrefix}-mismatch`}>
          {t('lock-pin-mismatch')}
        </p>
      )}
    </>
  );
}

/** Whether a PIN typed twice may be sent (the core checks it again). */
export const pinReady = (pin: [string, string]) => [...pin[0]].length >= 6 && pin[0] === pin[1];

export function LockSettings({ role }: { role?: DeviceRole }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const { status, update } = useLock();
  const [newPin, setNewPin] = useState<[string, string]>(['', '']);
  const [oldPin, setOldPin] = useState('');
  const [offPin, setOffPin] = useState('');
  const set = useAction(async () => {
    update(await api.setPin({ pin: newPin[0] }));
    setNewPin(['', '']);
  });
  const change = useAction(async () => {
    update(await api.changePin({ old_pin: oldPin, new_pin: newPin[0] }));
    setNewPin(['', '']);
    setOldPin('');
  });
  const remove = useAction(async () => {
    update(await api.removePin({ pin: offPin }));
    setOffPin('');
  });
  const idle = useAction(async (minutes: number) => update(await api.setIdle({ minutes })));
  const lockNow = useAction(async () => update(await api.lock()));
  const member = role === 'volunteer' || role === 'coordinator';
  return (
    <section aria-labelledby="settings-lock" data-testid="lock-settings">
      <h2 id="settings-lock">{t('lock-settings-title')}</h2>
      {!status.encrypted ? (
        <form
          class="stack-form"
          data-testid="lock-set"
          onSubmit={(e) => {
            e.preventDefault();
            void set.run();
          }}
        >
          <p>{t('lock-reader-explain')}</p>
          <NewPinFields idPrefix="lock-set" pin={newPin} onPin={setNewPin} />
          <ErrorNotice error={set.error} testid="lock-set-error" />
          <div class="actions">
            <button type="submit" class="button" disabled={set.busy || !pinReady(newPin)} data-testid="lock-set-submit">
              {t('lock-set')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p data-testid="lock-on">{t('lock-on')}</p>
          <p class="muted" data-testid="lock-keystore">
            {t(status.keystore ? 'lock-keystore-on' : 'lock-keystore-off')}
          </p>
          <label for="lock-idle">{t('lock-idle')}</label>
          <select id="lock-idle" data-testid="lock-idle" value={status.idle_minutes} disabled={idle.busy} onChange={(e) => void idle.run(Number(e.currentTarget.value))}>
            {IDLE_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t('lock-idle-minutes', { count: m })}
              </option>
            ))}
          </select>
          <ErrorNotice error={idle.error ?? lockNow.error} />
          <div class="actions">
            <button type="button" class="button" disabled={lockNow.busy} onClick={() => void lockNow.run()} data-testid="lock-now">
              {t('lock-now')}
            </button>
          </div>
          <form
            class="stack-form"
            data-testid="lock-change"
            onSubmit={(e) => {
              e.preventDefault();
              void change.run();
            }}
          >
            <h3>{t('lock-change-title')}</h3>
            <label for="lock-old-pin">{t('lock-old-pin')}</label>
            <input id="lock-old-pin" type="password" dir="ltr" autoComplete="current-password" data-testid="lock-old-pin" value={oldPin} onInput={(e) => setOldPin(e.currentTarget.value)} />
            <NewPinFields idPrefix="lock-change" pin={newPin} onPin={setNewPin} />
            <ErrorNotice error={change.error} testid="lock-change-error" />
            <div class="actions">
              <button type="submit" class="button" disabled={change.busy || !oldPin || !pinReady(newPin)} data-testid="lock-change-submit">
                {t('lock-change')}
              </button>
            </div>
          </form>
          {member ? (
            <p class="muted">{t('error-lock-required')}</p>
          ) : (
            <form
              class="stack-form"
              data-testid="lock-remove"
              onSubmit={(e) => {
                e.preventDefault();
                void remove.run();
              }}
            >
              <h3>{t('lock-remove-title')}</h3>
              <label for="lock-off-pin">{t('lock-old-pin')}</label>
              <input id="lock-off-pin" type="password" dir="ltr" autoComplete="current-password" data-testid="lock-off-pin" value={offPin} onInput={(e) => setOffPin(e.currentTarget.value)} />
              <ErrorNotice error={remove.error} testid="lock-remove-error" />
              <div class="actions">
                <button type="submit" class="button" disabled={remove.busy || !offPin} data-testid="lock-remove-submit">
                  {t('lock-remove')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

/** A volunteer or coordinator leaves the organisation on this device: asked twice. */
export function LeaveOrganisation({ onLeft }: { onLeft: () => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const { update } = useLock();
  const [asked, setAsked] = useState(false);
  const leave = useAction(async () => {
    update(await api.leave());
    onLeft();
  });
  return (
    <div data-testid="leave">
      <h3>{t('leave-title')}</h3>
      <p>{t('leave-explain')}</p>
      <ErrorNotice error={leave.error} testid="leave-error" />
      <div class="actions">
        {asked ? (
          <button type="button" class="button button-danger" disabled={leave.busy} onClick={() => void leave.run()} data-testid="leave-confirm">
            {t('leave-confirm')}
          </button>
        ) : (
          <button type="button" class="button" onClick={() => setAsked(true)} data-testid="leave-button">
            {t('leave-button')}
          </button>
        )}
      </div>
    </div>
  );
}
