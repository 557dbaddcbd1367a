// The move-on plan: the reader's own dates (kept only on this device), the step to do first,
// every step's day in their language, ticks and notes, a calendar file, and deleting it all.
// `#/plan/guide` is the same plan without anyone's dates, for a volunteer talking a newcomer
// through it; `#/plan/<step>` opens the plan at one step (the link a volunteer shares).

import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { ErrorNotice, Failed, Loading, Notice, PageTitle } from '../components';
import { deadlineRule, endSourceText, GUIDE, inReadingOrder, planDay, saveFile, stepLink } from '../plan';
import { todayIso } from '../provenance';
import { remindAboutTomorrow } from '../reminders';
import { copyText, href, useAction, useApp, useLoad } from '../state';
import type { PlanView, StepView } from '../types';

export function Plan({ arg }: { arg?: string }) {
  const { l10n } = useApp();
  const guide = arg === GUIDE;
  const today = todayIso();
  const loaded = useLoad(async () => {
    if (guide) return { view: await api.planGuide({ lang: l10n.lang, today }), own: false };
    try {
      return { view: await api.plan({ lang: l10n.lang, today }), own: true };
    } catch (err) {
      // The hub's public reader keeps nobody's plan: it shows the guide.
      if (err instanceof ApiError && err.code === 'not-found') return { view: await api.planGuide({ lang: l10n.lang, today }), own: false };
      throw err;
    }
  }, [l10n.lang, guide]);
  const [view, setView] = useState<PlanView | null | undefined>(undefined);
  useEffect(() => setView(loaded.data?.view), [loaded.data]);
  const own = loaded.data?.own ?? false;
  useEffect(() => {
    if (view && own) void remindAboutTomorrow(view, l10n);
  }, [view, own]);
  // A link to one step: once the plan has loaded, bring that step into view (once, not again
  // after every tick or note).
  useEffect(() => {
    if (loaded.data?.view && arg && !guide) document.getElementById(`step-${arg}`)?.scrollIntoView({ block: 'start' });
  }, [loaded.data, arg]);

  if (loaded.error) return <Failed error={loaded.error} retry={loaded.reload} />;
  if (view === undefined) return <Loading />;
  const t = l10n.t;
  if (view === null)
    return (
      <>
        <PageTitle>{t('plan-title')}</PageTitle>
        <Notice kind="info" testid="plan-none">
          {t('plan-none')}
        </Notice>
      </>
    );
  const steps = inReadingOrder(view, guide ? undefined : arg);
  const [first, ...rest] = view.decision || arg ? steps : [undefined, ...steps];
  return (
    <>
      <PageTitle>{t(guide ? 'plan-guide-title' : 'plan-title')}</PageTitle>
      <p class="lead">{t(guide ? 'plan-guide-intro' : 'plan-intro')}</p>
      {view.translated === 'machine' && (
        <Notice kind="warn" testid="plan-machine">
          {t('plan-machine-translated')}
        </Notice>
      )}
      {guide ? (
        <p>
          <a href={href('plan')} data-testid="plan-own">
            {t('plan-open-own')}
          </a>
        </p>
      ) : (
        own && <DatesForm key={view.decision ?? ''} view={view} onSaved={setView} />
      )}
      {!guide && view.support_end && (
        <section aria-labelledby="plan-end" class="card plan-end" data-testid="plan-end">
          <h2 id="plan-end">{t('plan-end-title', { date: planDay(view.support_end.date, l10n) })}</h2>
          <p>{endSourceText(view.support_end, l10n)}</p>
          <p class="muted">{t('plan-end-check-letters')}</p>
        </section>
      )}
      {first && (
        <section aria-labelledby="plan-first">
          <h2 id="plan-first">{t(arg && !guide && arg === first.id ? 'plan-linked-step' : 'plan-first-step')}</h2>
          <ul class="cards plan-steps">
            <StepCard step={first} guide={!own} onChanged={setView} first />
          </ul>
        </section>
      )}
      <section aria-labelledby="plan-all">
        <h2 id="plan-all">{t(first ? 'plan-other-steps' : 'plan-all-steps')}</h2>
        <ul class="cards plan-steps" data-testid="plan-steps">
          {rest.map((s) => s && <StepCard key={s.id} step={s} guide={!own} onChanged={setView} />)}
        </ul>
      </section>
      {own && <PlanTools view={view} onDeleted={setView} />}
      {!guide && (
        <p>
          <a href={href('plan', GUIDE)} data-testid="plan-guide-link">
            {t('plan-open-guide')}
          </a>
        </p>
      )}
    </>
  );
}

function DatesForm({ view, onSaved }: { view: PlanView; onSaved: (v: PlanView) => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [decision, setDecision] = useState(view.decision ?? '');
  const [end, setEnd] = useState(view.support_end?.source === 'letter' ? view.support_end.date : '');
  const [open, setOpen] = useState(!view.decision);
  const save = useAction(async () => {
    const saved = await api.savePlanDates({ lang: l10n.lang, today: todayIso(), decision, support_end: end || null });
    onSaved(saved);
    setOpen(false);
  });
  if (!open)
    return (
      <p class="plan-dates">
        <span data-testid="plan-decision">{t('plan-decision-on', { date: planDay(view.decision!, l10n) })}</span>{' '}
        <button type="button" class="button" data-testid="plan-change-dates" onClick={() => setOpen(true)}>
          {t('plan-change-dates')}
        </button>
      </p>
    );
  return (
    <form
      class="card plan-form"
      aria-labelledby="plan-dates-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <h2 id="plan-dates-title">{t('plan-dates-title')}</h2>
      <p class="muted">{t('plan-private')}</p>
      <div class="field">
        <label for="plan-decision">{t('plan-decision-label')}</label>
        <input id="plan-decision" type="date" required max={view.today} value={decision} data-testid="plan-decision-input" onInput={(e) => setDecision(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="plan-support-end">{t('plan-support-end-label')}</label>
        <input id="plan-support-end" type="date" min={decision || undefined} value={end} aria-describedby="plan-support-end-hint" data-testid="plan-support-end-input" onInput={(e) => setEnd(e.currentTarget.value)} />
        <p id="plan-support-end-hint" class="muted">
          {t('plan-support-end-hint')}
        </p>
      </div>
      <ErrorNotice error={save.error} testid="plan-dates-error" />
      <div class="actions">
        <button type="submit" class="button" disabled={save.busy || !decision} data-testid="plan-save-dates">
          {t('plan-save-dates')}
        </button>
        {view.decision && (
          <button type="button" class="button" onClick={() => setOpen(false)}>
            {t('sync-cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function StepCard({ step, guide, onChanged, first }: { step: StepView; guide: boolean; onChanged: (v: PlanView) => void; first?: boolean }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [note, setNote] = useState(step.note);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  useEffect(() => setNote(step.note), [step.note]);
  const mark = useAction(async (done: boolean, text: string) => {
    onChanged(await api.markPlanStep({ lang: l10n.lang, today: todayIso(), step: step.id, done, note: text }));
  });
  const share = async () => setCopied((await copyText(stepLink(step.id))) ? 'copied' : 'failed');
  const status = step.status;
  return (
    <li id={`step-${step.id}`} class={`card plan-step${status ? ` plan-step-${status}` : ''}${first ? ' plan-step-first' : ''}`} data-testid={`step-${step.id}`}>
      <h3 class="card-title">{step.title}</h3>
      {step.due && (
        <p class="plan-due" data-testid="step-due">
          <strong>{t('plan-due', { date: planDay(step.due, l10n) })}</strong>
          {status && status !== 'later' && (
            <span class={`tag plan-tag-${status}`} data-testid="step-status">
              {t(`plan-status-${status}`)}
            </span>
          )}
        </p>
      )}
      <p class="muted" data-testid="step-rule">
        {deadlineRule(step, l10n)}
      </p>
      <p>{step.text}</p>
      {step.article && (
        <p>
          <a href={href('article', step.article)} data-testid="step-article">
            {t('plan-read-more')}
          </a>
        </p>
      )}
      {!guide && (
        <>
          <div class="field check">
            <input id={`done-${step.id}`} type="checkbox" checked={step.done} disabled={mark.busy} data-testid="step-done" onChange={(e) => void mark.run(e.currentTarget.checked, note)} />
            <label for={`done-${step.id}`}>{t('plan-done')}</label>
          </div>
          <div class="field">
            <label for={`note-${step.id}`}>{t('plan-note')}</label>
            <textarea id={`note-${step.id}`} rows={2} maxLength={2000} value={note} data-testid="step-note" onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <ErrorNotice error={mark.error} />
        </>
      )}
      <div class="actions">
        {!guide && (
          <button type="button" class="button" disabled={mark.busy || note === step.note} data-testid="step-save-note" onClick={() => void mark.run(step.done, note)}>
            {t('plan-save-note')}
          </button>
        )}
        <button type="button" class="button" data-testid="step-share" onClick={() => void share()}>
          {t('plan-share-step')}
        </button>
      </div>
      <p class="status" role="status">
        {copied === 'copied' ? t('plan-link-copied') : copied === 'failed' ? t('article-copy-failed') : ''}
      </p>
    </li>
  );
}

function PlanTools({ view, onDeleted }: { view: PlanView; onDeleted: (v: PlanView) => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const calendar = useAction(async () => {
    const file = await api.planCalendar({ lang: l10n.lang, today: todayIso() });
    saveFile(file.file_name, file.text);
  });
  const remove = useAction(async () => {
    await api.deletePlan();
    const fresh = await api.plan({ lang: l10n.lang, today: todayIso() });
    setAsking(false);
    setDone(true);
    if (fresh) onDeleted(fresh);
  });
  const hasAnything = view.decision !== null || view.steps.some((s) => s.done || s.note);
  return (
    <section aria-labelledby="plan-tools">
      <h2 id="plan-tools">{t('plan-tools-title')}</h2>
      {view.decision && (
        <>
          <p class="muted">{t('plan-calendar-hint')}</p>
          <ErrorNotice error={calendar.error} />
          <div class="actions">
            <button type="button" class="button" disabled={calendar.busy} data-testid="plan-calendar" onClick={() => void calendar.run()}>
              {t('plan-calendar')}
            </button>
          </div>
        </>
      )}
      <p>{t('plan-delete-explain')}</p>
      <ErrorNotice error={remove.error} />
      {asking ? (
        <div class="actions" role="group" aria-label={t('plan-delete-question')}>
          <p class="notice notice-warn">{t('plan-delete-question')}</p>
          <button type="button" class="button button-danger" data-testid="plan-delete-confirm" disabled={remove.busy} onClick={() => void remove.run()}>
            {t('plan-delete-confirm')}
          </button>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {t('sync-cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button" data-testid="plan-delete" disabled={!hasAnything} onClick={() => (setDone(false), setAsking(true))}>
            {t('plan-delete')}
          </button>
        </div>
      )}
      <p class="status" role="status" data-testid="plan-deleted">
        {done ? t('plan-deleted') : ''}
      </p>
    </section>
  );
}
