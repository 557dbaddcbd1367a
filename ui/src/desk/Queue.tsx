// The review queue: newcomers' "wrong or unclear" flags and volunteers' suggestions. A
// suggestion is shown beside the current text, can be edited, then accepted (a draft of the
// article, credited if the volunteer agreed) or declined with a reason the volunteer sees.

import { useEffect, useState } from 'preact/hooks';
import { desk, type QueueItem } from './api';
import { diffLines } from './diff';
import { ErrorText, useL10n } from './Desk';

function Item({ item, done }: { item: QueueItem; done: () => void }) {
  const l10n = useL10n();
  const [body, setBody] = useState(item.body ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
      done();
    } catch (e) {
      setError(e);
    }
  };
  const rows = item.kind === 'suggestion' ? diffLines(item.current?.body ?? '', body) : [];
  return (
    <li class="desk-card" data-testid={`desk-queue-${item.id}`} data-kind={item.kind}>
      <h2>
        {l10n.t(item.kind === 'flag' ? 'desk-queue-flag' : 'desk-queue-suggestion', { language: l10n.languageName(item.lang) })}{' '}
        <a href={`#/article/${encodeURIComponent(item.slug)}`} dir="ltr">
          {item.slug}
        </a>
      </h2>
      {item.kind === 'flag' ? (
        <p lang={item.lang} dir="auto">
          {item.sentence ?? l10n.t('desk-queue-no-sentence')}
        </p>
      ) : (
        <>
          <p>{item.credit ? l10n.t('desk-queue-credit', { name: item.credit }) : l10n.t('desk-queue-no-credit')}</p>
          <div class="desk-field">
            <label for={`desk-queue-body-${item.id}`}>{l10n.t('desk-text-body')}</label>
            <textarea id={`desk-queue-body-${item.id}`} lang={item.lang} dir="auto" rows={8} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
          </div>
          <div class="desk-table-wrap" tabIndex={0} role="region" aria-label={l10n.t('desk-queue-diff')}>
            <table class="desk-diff">
              <caption>{l10n.t('desk-queue-diff')}</caption>
              <thead>
                <tr>
                  <th scope="col">{l10n.t('desk-diff-now')}</th>
                  <th scope="col">{l10n.t('desk-queue-suggested')}</th>
                </tr>
              </thead>
              <tbody lang={item.lang} dir="auto">
                {rows.map((r, i) => (
                  <tr key={i} class={`desk-diff-${r.kind}`}>
                    <td>{r.left ?? ''}</td>
                    <td>{r.right ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div class="desk-actions">
        <button
          type="button"
          class="desk-primary"
          data-testid={`desk-accept-${item.id}`}
          onClick={() => act(() => desk.accept(item.id, item.kind === 'suggestion' ? { title: item.title ?? '', summary: item.summary ?? '', body } : undefined))}
        >
          {l10n.t(item.kind === 'flag' ? 'desk-queue-done' : 'desk-queue-accept')}
        </button>
      </div>
      <div class="desk-field desk-inline">
        <label for={`desk-reason-${item.id}`}>{l10n.t('desk-queue-reason')}</label>
        <input id={`desk-reason-${item.id}`} data-testid={`desk-reason-${item.id}`} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
        <button type="button" data-testid={`desk-decline-${item.id}`} onClick={() => act(() => desk.decline(item.id, reason))}>
          {l10n.t('desk-queue-decline')}
        </button>
      </div>
      <ErrorText error={error} />
    </li>
  );
}

export function Queue() {
  const l10n = useL10n();
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => desk.queue().then(setItems, setError);
  useEffect(() => {
    void load();
  }, []);
  if (!items) return error ? <ErrorText error={error} /> : <p>{l10n.t('desk-loading')}</p>;
  return (
    <>
      <h1 tabIndex={-1}>{l10n.t('desk-queue-title')}</h1>
      {items.length === 0 && <p data-testid="desk-queue-empty">{l10n.t('desk-queue-empty')}</p>}
      <ul class="desk-queue">
        {items.map((item) => (
          <Item key={item.id} item={item} done={() => void load()} />
        ))}
      </ul>
    </>
  );
}
