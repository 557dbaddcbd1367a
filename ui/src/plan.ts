// The move-on plan's pure helpers: how a step's deadline is said, the Solar Hijri date Persian
// readers also see, the step links a volunteer shares, and saving the calendar file. The dates
// themselves are the core's; nothing here stores anything.

import type { Localization } from './i18n';
import { baseLanguage } from './i18n';
import { href } from './state';
import type { PlanView, StepView, SupportEndView } from './types';

/** The route argument of the plan's guide: the steps without anyone's dates. */
export const GUIDE = 'guide';

/** How a step's deadline is counted, in words: "Within 3 days of your decision". */
export function deadlineRule(step: Pick<StepView, 'anchor' | 'days'>, l10n: Localization): string {
  if (step.anchor === 'decision') return l10n.t('plan-rule-after-decision', { days: step.days });
  if (step.days === 0) return l10n.t('plan-rule-on-support-end');
  return step.days < 0
    ? l10n.t('plan-rule-before-support-end', { days: -step.days })
    : l10n.t('plan-rule-after-support-end', { days: step.days });
}

/** The same day in the Solar Hijri calendar with Persian digits, for Persian readers; empty
 * for everyone else or where the engine has no Persian calendar. */
export function solarHijri(isoDate: string, lang: string): string {
  if (baseLanguage(lang) !== 'fa') return '';
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  try {
    const f = new Intl.DateTimeFormat(`${lang}-u-ca-persian-nu-arabext`, { dateStyle: 'long', timeZone: 'UTC' });
    return f.resolvedOptions().calendar === 'persian' ? f.format(d) : '';
  } catch {
    return '';
  }
}

/** The Gregorian date in `lang`'s words and digits, whatever calendar the language uses by
 * default (Persian's is Solar Hijri): the letters from the Home Office are dated this way. */
export function gregorianDay(isoDate: string, lang: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return isoDate;
  }
}

/** A plan day as the reader reads it: the Gregorian date in their language, and for Persian
 * readers also the Solar Hijri one. */
export function planDay(isoDate: string, l10n: Localization): string {
  const hijri = solarHijri(isoDate, l10n.lang);
  return hijri ? `${gregorianDay(isoDate, l10n.lang)} (${hijri})` : l10n.day(isoDate);
}

/** How the end of support was worked out, in words. */
export function endSourceText(end: SupportEndView, l10n: Localization): string {
  if (end.source === 'letter') return l10n.t('plan-end-from-letter');
  return end.rule.from
    ? l10n.t('plan-end-from-rule-since', { days: end.rule.days, from: planDay(end.rule.from, l10n) })
    : l10n.t('plan-end-from-rule', { days: end.rule.days });
}

/** The link to one step that a volunteer sends: this page's address with the step's route. */
export function stepLink(id: string, here: Location = location): string {
  return `${here.origin}${here.pathname}${href('plan', id)}`;
}

/** The steps in reading order: the one to do first, then the rest as the core ordered them. */
export function inReadingOrder(view: PlanView, first?: string): StepView[] {
  const lead = first && view.steps.some((s) => s.id === first) ? first : view.focus;
  const head = view.steps.filter((s) => s.id === lead);
  return [...head, ...view.steps.filter((s) => s.id !== lead)];
}

/** Today on this device as YYYY-MM-DD, one day later: the day reminders are about. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The steps due tomorrow and not ticked off: what a reminder today is about. */
export function dueTomorrow(view: PlanView): StepView[] {
  const tomorrow = nextDay(view.today);
  return view.steps.filter((s) => !s.done && s.due === tomorrow);
}

/** Hands the calendar file to the browser or web view to save or open. */
export function saveFile(name: string, text: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
