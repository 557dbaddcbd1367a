// A coordinator's review of volunteer profiles: what waits for approval (with what changed),
// what is suspended, what is approved. The list is the device's own (it works offline); a
// decision goes to the hub, which refuses it if the profile changed since it was shown here.

import { api } from '../api';
import { ErrorNotice, Failed, Loading, PageTitle } from '../components';
import { useState } from 'preact/hooks';
import { useAction, useApp, useLoad, useSync } from '../state';
import type { ReviewDecision, Volunteer } from '../types';
import { VolunteerCard } from './Volunteers';

const GROUPS = ['pending', 'suspended', 'approved'] as const;

export function ReviewProfiles() {
  const { l10n } = useApp();
  const sync = useSync();
  const list = useLoad(() => api.reviewList(), [sync.state.running]);
  const languages = useLoad(() => api.languages(), []);
  const state = (v: Volunteer) => v.review?.state ?? 'approved';
  return (
    <>
      <PageTitle icon="settings">{l10n.t('review-title')}</PageTitle>
      <p class="lead">{l10n.t('review-intro')}</p>
      {list.error ? <Failed error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data &&
        GROUPS.map((group) => {
          const members = list.data!.filter((v) => state(v) === group);
          return (
            <section key={group} aria-labelledby={`review-${group}`} data-testid={`review-${group}`}>
              <h2 id={`review-${group}`}>{l10n.t(`review-group-${group}`, { count: members.length })}</h2>
              <ul class="cards">
                {members.map((v) => (
                  <ReviewItem key={v.id} volunteer={v} languages={languages.data} onDone={list.reload} />
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}

function ReviewItem({ volunteer: v, languages, onDone }: { volunteer: Volunteer; languages?: Parameters<typeof VolunteerCard>[0]['languages']; onDone: () => void }) {
  const { l10n } = useApp();
  const t = l10n.t;
  const review = v.review;
  // The list is loaded again either way: after a refusal it shows what changed meanwhile.
  const decide = useAction((decision: ReviewDecision) =>
    api.reviewProfile({ id: v.id, decision, seen: review?.digest, lang: l10n.lang }).finally(onDone),
  );
  const [asked, setAsked] = useState(false);
  const revoke = useAction(() => api.revokeDevices({ id: v.id, lang: l10n.lang }).finally(onDone));
  const [revoked, setRevoked] = useState(false);
  const decisions: ReviewDecision[] = review?.state === 'suspended' ? ['reinstate'] : review?.state === 'pending' ? ['approve', 'suspend'] : ['suspend'];
  return (
    <li class="review-item" data-testid={`review-item-${v.slug}`}>
      {review?.state === 'pending' && review.changed?.length ? (
        <p class="notice notice-warn">
          {t(review.approved_at ? 'review-changed' : 'review-new')} {review.changed.map((f) => t(`field-${f}`)).join(l10n.listSeparator())}
        </p>
      ) : null}
      <ul class="cards">
        <VolunteerCard volunteer={v} languages={languages} />
      </ul>
      <ErrorNotice error={decide.error} testid="review-error" />
      {review && (
        <div class="actions">
          {decisions.map((d) => (
            <button key={d} type="button" class="button" disabled={decide.busy} data-testid={`review-${d}-${v.slug}`} onClick={() => void decide.run(d)}>
              {t(`review-${d}`)}
            </button>
          ))}
        </div>
      )}
      <ErrorNotice error={revoke.error} testid="revoke-error" />
      {revoked ? (
        <p class="notice notice-info" role="status" data-testid={`revoked-${v.slug}`}>
          {t('review-revoked')}
        </p>
      ) : (
        <div class="actions">
          {asked ? (
            <button type="button" class="button button-danger" disabled={revoke.busy} data-testid={`revoke-confirm-${v.slug}`} onClick={() => void revoke.run().then((ok) => setRevoked(ok))}>
              {t('review-revoke-confirm')}
            </button>
          ) : (
            <button type="button" class="button" data-testid={`revoke-${v.slug}`} onClick={() => setAsked(true)}>
              {t('review-revoke')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
