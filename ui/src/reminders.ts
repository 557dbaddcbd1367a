// Local reminders the day before a deadline, through the app shell's notification plugin:
// made on the device while the app is open, no push service, no server. A browser (web mode)
// has no shell and gets none: the calendar file's alarms remind instead.

import { api, shellCommand } from './api';
import type { Localization } from './i18n';
import { dueTomorrow, planDay } from './plan';
import { todayIso } from './provenance';
import type { PlanView } from './types';

/** Steps already announced while the app runs (kept in memory only: nothing personal is
 * stored outside the plan's own tables). */
const told = new Set<string>();
/** Whether the person refused notifications in this run: asked once, not again at every save. */
let refused = false;

/** Shows one notification per step due tomorrow and not ticked off, once per run of the app. */
export async function remindAboutTomorrow(view: PlanView, l10n: Localization, command = shellCommand): Promise<number> {
  const due = dueTomorrow(view).filter((s) => !told.has(`${s.id}@${s.due}`));
  if (due.length === 0) return 0;
  try {
    let granted = (await command('plugin:notification|is_permission_granted')) === true;
    if (!granted && !refused) {
      granted = (await command('plugin:notification|request_permission')) === 'granted';
      refused = !granted;
    }
    if (!granted) return 0;
    for (const step of due) {
      told.add(`${step.id}@${step.due}`);
      const body = l10n.t('plan-reminder-body', { step: step.title, date: planDay(step.due!, l10n) }).replace(/[\u2068\u2069]/g, '');
      await command('plugin:notification|notify', { options: { title: l10n.t('plan-reminder-title'), body } });
    }
    return due.length;
  } catch {
    // A platform without notifications: the plan screen and the calendar file remain.
    return 0;
  }
}

/** In the app, once the reader's language is known: looks at the plan and reminds about
 * tomorrow's steps. Nothing in a browser. */
export async function remindAtStart(l10n: Localization, win: object = globalThis): Promise<void> {
  if (!(win as { __TAURI_INTERNALS__?: unknown }).__TAURI_INTERNALS__) return;
  try {
    const view = await api.plan({ lang: l10n.lang, today: todayIso() });
    if (view) await remindAboutTomorrow(view, l10n);
  } catch {
    /* no plan yet, or the store failed: the plan screen says so when opened */
  }
}
