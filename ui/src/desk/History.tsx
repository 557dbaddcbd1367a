// An article's history: every saved state with who and when; choosing one shows it beside
// what is published now (English text, line by line), and it can be restored as the draft.

import { useEffect, useState } from 'preact/hooks';
import { desk, type Article, type Editing, type Revision } from './api';
import { diffLines } from './diff';
import { ErrorText, useL10n } from './Desk';

function english(a: Article | null): string {
  const t = a?.translations.find((x) => x.lang === 'en');
  return t ? `# ${t.title}\n\n${t.summary}\n\n${t.body}` : '';
}

export function History({ slug }: { slug: string }) {
  const l10n = useL10n();
  const [editing, setEditing] = useState<Editing<Article> | null>(null);
  const [chosen, setChosen] = useState<{ revision: Revision; body: Article } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const load = () => desk.article(slug).then(setEditing, setError);
  useEffect(() => {
    void load();
  }, [slug]);
  if (!editing) return error ? <ErrorText error={error} /> : <p>{l10n.t('desk-loading')}</p>;
  const current = editing.draft ?? editing.published;
  const rows = chosen ? diffLines(english(chosen.body), english(current)) : [];
  return (
    <>
      <h1 tabIndex={-1}>{l10n.t('desk-history-title', { slug })}</h1>
      <p>
        <a href={`#/article/${encodeURIComponent(slug)}`}>{l10n.t('desk-back-to-editor')}</a>
      </p>
      <ol class="desk-history" data-testid="desk-history" reversed>
        {editing.history.map((r) => (
          <li key={r.id} data-action={r.action}>
            {l10n.t(`desk-action-${r.action}`)} — {l10n.t('desk-by-when', { name: r.by, when: l10n.dateTime(new Date(r.at * 1000).toISOString()) })}{' '}
            <button type="button" data-testid={`desk-compare-${r.id}`} onClick={() => desk.revision(slug, r.id).then(setChosen, setError)}>
              {l10n.t('desk-compare')}
            </button>{' '}
            <button
              type="button"
              data-testid={`desk-restore-${r.id}`}
              onClick={async () => {
                try {
                  await desk.restore(slug, r.id);
                  setStatus(l10n.t('desk-restored'));
                  await load();
                } catch (e) {
                  setError(e);
                }
              }}
            >
              {l10n.t('desk-restore')}
            </button>
          </li>
        ))}
      </ol>
      <p role="status" data-testid="desk-status">
        {status}
      </p>
      <ErrorText error={error} />
      {chosen && (
        <div class="desk-table-wrap" tabIndex={0} role="region" aria-label={l10n.t('desk-diff-title')}>
          <table class="desk-diff" data-testid="desk-diff">
            <caption>{l10n.t('desk-diff-title')}</caption>
            <thead>
              <tr>
                <th scope="col">{l10n.t('desk-diff-old')}</th>
                <th scope="col">{l10n.t('desk-diff-now')}</th>
              </tr>
            </thead>
            <tbody lang="en" dir="ltr">
              {rows.map((r, i) => (
                <tr key={i} class={`desk-diff-${r.kind}`} data-kind={r.kind}>
                  <td>
                    {r.kind !== 'same' && r.left !== null && <span class="desk-sr">{l10n.t('desk-diff-removed')} </span>}
                    {r.left ?? ''}
                  </td>
                  <td>
                    {r.kind !== 'same' && r.right !== null && <span class="desk-sr">{l10n.t('desk-diff-added')} </span>}
                    {r.right ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
