import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, readFragment } from '../../graphql';
import { formatDate } from '../../lib/format';
import { formatDateTime, snapshotStage } from '../../lib/results-format';
import { type SnapshotAction, SnapshotActionDialog } from './snapshot-action-dialog';
import { SnapshotPanel_EvaluationYearFragment } from './snapshot-panel-fragment';

const STAGE_BADGE = {
  DRAFT: 'badge badge-needs-person',
  LOCKED: 'badge badge-in-progress',
  APPROVED: 'badge badge-in-progress',
  PUBLISHED: 'badge badge-done',
} as const;

/**
 * The results' state: draft computed live, or locked / approved / published with when and by whom,
 * the day the figures are as of, and the next step the server says the viewer may take (each
 * behind a confirmation). Once published: a link to the public page.
 */
export function SnapshotPanel({
  year: yearRef,
  source,
  computedAt,
  onReload,
}: {
  year: FragmentOf<typeof SnapshotPanel_EvaluationYearFragment>;
  /** where the ranking shown comes from (null when it could not be read) */
  source: 'LIVE' | 'SNAPSHOT' | null;
  computedAt: string | null;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const year = readFragment(SnapshotPanel_EvaluationYearFragment, yearRef);
  const snapshot = year.resultSnapshot;
  const stage = snapshotStage(year.status, snapshot);
  const [action, setAction] = useState<SnapshotAction | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const trigger = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // focus returns to the button that opened the dialog, or to the heading when it is gone
  useEffect(() => {
    if (action !== null) return;
    const opener = trigger.current;
    trigger.current = null;
    if (!opener) return;
    if (opener.isConnected) opener.focus();
    else headingRef.current?.focus();
  }, [action]);

  const open = (next: SnapshotAction, event: React.MouseEvent<HTMLButtonElement>) => {
    trigger.current = event.currentTarget;
    setAction(next);
  };

  // The server decides who may do what (viewerCan…); the step's order comes from the snapshot's state.
  const canLock = year.viewerCanLockResults && stage !== 'PUBLISHED';
  const canApprove = Boolean(snapshot?.viewerCanApprove) && stage === 'LOCKED';
  const canPublish = Boolean(snapshot?.viewerCanPublish) && stage === 'APPROVED';

  const steps = snapshot
    ? [
        { key: 'locked', at: snapshot.lockedAt, by: snapshot.lockedByName },
        { key: 'approved', at: snapshot.approvedAt, by: snapshot.approvedByName },
        { key: 'published', at: stage === 'PUBLISHED' ? snapshot.publishedAt : null, by: snapshot.publishedByName },
      ]
    : [];

  return (
    <section className="results-state" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {t('results.state.title')} <span className={STAGE_BADGE[stage]}>{t(`results.state.${stage}`)}</span>
      </h2>
      <p className="muted">
        {t('results.asOf', { date: formatDate(year.asOf) })}
        {source && computedAt ? ` · ${t(`results.source.${source}`, { at: formatDateTime(computedAt) })}` : null}
      </p>
      {stage === 'DRAFT' ? <p>{t('results.state.draftText')}</p> : null}
      {steps.some((step) => step.at) ? (
        <dl className="results-steps">
          {steps.map((step) =>
            step.at ? (
              <div key={step.key}>
                <dt>{t(`results.state.${step.key}`)}</dt>
                <dd>
                  {step.by
                    ? t('results.state.atBy', { at: formatDateTime(step.at), by: step.by })
                    : formatDateTime(step.at)}
                </dd>
              </div>
            ) : null,
          )}
        </dl>
      ) : null}
      {stage === 'PUBLISHED' ? (
        <p>
          {t('results.state.publishedText')}{' '}
          <Link to={`/cong-khai/${encodeURIComponent(year.authority.code)}/${year.year}`}>
            {t('results.publicLink')}
          </Link>
        </p>
      ) : null}
      {canLock || canApprove || canPublish ? (
        <div className="results-actions">
          {canLock ? (
            <button
              type="button"
              className={canApprove || canPublish ? undefined : 'primary'}
              onClick={(e) => open('lock', e)}
            >
              {stage === 'DRAFT' ? t('results.actions.lock') : t('results.actions.relock')}
            </button>
          ) : null}
          {canApprove ? (
            <button type="button" className="primary" onClick={(e) => open('approve', e)}>
              {t('results.actions.approve')}
            </button>
          ) : null}
          {canPublish ? (
            <button type="button" className="primary" onClick={(e) => open('publish', e)}>
              {t('results.actions.publish')}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {action ? (
        <SnapshotActionDialog
          action={action}
          yearId={year.id}
          year={year.year}
          version={snapshot?.version ?? 0}
          lockedAt={snapshot?.lockedAt ?? null}
          relock={stage !== 'DRAFT'}
          onClose={() => setAction(null)}
          onReload={onReload}
          onDone={(done) => {
            setAction(null);
            setAnnouncement('');
            window.setTimeout(() => setAnnouncement(t(`results.actions.done.${done}`)), 50);
          }}
        />
      ) : null}
    </section>
  );
}
