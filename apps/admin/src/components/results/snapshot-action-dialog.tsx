import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { formatDateTime } from '../../lib/results-format';
import { Dialog } from '../form/dialog';
import { FormError } from '../form/form-error';
import { requestErrorMessage } from '../form/server-problems';
import { SnapshotPanel_EvaluationYearFragment } from './snapshot-panel-fragment';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';

// The three steps answer the same way: the year as it is now (status, snapshot, what the viewer may
// do next), merged into the cache by graphcache; client.ts drops the year's cached ranking.
export const LockResultsMutation = graphql(
  `
    mutation LockResults($input: ResultSnapshotInput!) {
      lockResults(input: $input) {
          __typename
          ... on ResultSnapshotSuccess {
            year {
              id
              ...SnapshotPanel_EvaluationYear
            }
          }
          ...VersionConflictErrorFields
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
      }
    }
  `,
  [
    SnapshotPanel_EvaluationYearFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const ApproveResultsMutation = graphql(
  `
    mutation ApproveResults($input: ResultSnapshotInput!) {
      approveResults(input: $input) {
          __typename
          ... on ResultSnapshotSuccess {
            year {
              id
              ...SnapshotPanel_EvaluationYear
            }
          }
          ...VersionConflictErrorFields
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
      }
    }
  `,
  [
    SnapshotPanel_EvaluationYearFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const PublishResultsMutation = graphql(
  `
    mutation PublishResults($input: ResultSnapshotInput!) {
      publishResults(input: $input) {
          __typename
          ... on ResultSnapshotSuccess {
            year {
              id
              ...SnapshotPanel_EvaluationYear
            }
          }
          ...VersionConflictErrorFields
          ...ValidationErrorFields
          ...ForbiddenErrorFields
          ...NotFoundErrorFields
      }
    }
  `,
  [
    SnapshotPanel_EvaluationYearFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export type SnapshotAction = 'lock' | 'approve' | 'publish';

type Answer =
  | { __typename: 'ResultSnapshotSuccess' }
  | { __typename: 'ConflictError'; message: string }
  | { __typename: 'ValidationError'; message: string; problems: readonly { code: string; message: string }[] }
  | { __typename: 'ForbiddenError'; message: string; reason: string }
  | { __typename: 'NotFoundError'; message: string };

/**
 * Asks once more before locking, approving or publishing the year's results, saying what the step
 * does (publishing makes the year read-only). Conflicts, validation and refusals are shown in the
 * dialog in the UI's language; a conflict offers to reload the page's data.
 */
export function SnapshotActionDialog({
  action,
  yearId,
  year,
  version,
  lockedAt,
  relock,
  onClose,
  onDone,
  onReload,
}: {
  action: SnapshotAction;
  yearId: string;
  year: number;
  /** the snapshot's version as shown (0 before the first lock) */
  version: number;
  lockedAt: string | null;
  /** locking again replaces a locked snapshot (and its approval) */
  relock: boolean;
  onClose: () => void;
  onDone: (action: SnapshotAction) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [lock, sendLock] = useMutation(LockResultsMutation);
  const [approve, sendApprove] = useMutation(ApproveResultsMutation);
  const [publish, sendPublish] = useMutation(PublishResultsMutation);
  const sending = lock.fetching || approve.fetching || publish.fetching;
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  /** the lock was refused because the year is not in appraisal: say where to move it there */
  const [notAppraisal, setNotAppraisal] = useState(false);

  const send = async () => {
    setMessages([]);
    setConflict(false);
    setNotAppraisal(false);
    const variables = { input: { yearId, version } };
    const result =
      action === 'lock'
        ? await sendLock(variables)
        : action === 'approve'
          ? await sendApprove(variables)
          : await sendPublish(variables);
    const data = result.data as Record<string, Answer | undefined> | undefined;
    const answer = data?.[`${action}Results`];
    if (!answer) {
      setMessages([t('results.actions.failed', { message: result.error ? requestErrorMessage(result.error) : '' })]);
      return;
    }
    switch (answer.__typename) {
      case 'ResultSnapshotSuccess':
        onDone(action);
        return;
      case 'ConflictError':
        setConflict(true);
        return;
      case 'ValidationError':
        setNotAppraisal(answer.problems.some((p) => p.code === 'NOT_APPRAISAL'));
        setMessages(
          answer.problems.length > 0
            ? answer.problems.map((p) => t(`results.problems.${p.code}`, { defaultValue: p.message }))
            : [answer.message],
        );
        return;
      case 'ForbiddenError':
        setMessages([t(`results.denied.${answer.reason}`, { defaultValue: answer.message })]);
        return;
      case 'NotFoundError':
        setMessages([answer.message]);
        return;
    }
  };

  const text =
    action === 'lock'
      ? [t('results.actions.lockText'), ...(relock ? [t('results.actions.relockText')] : [])]
      : action === 'approve'
        ? [t('results.actions.approveText', { at: formatDateTime(lockedAt) })]
        : [t('results.actions.publishText', { year })];

  return (
    <Dialog
      title={t(`results.actions.${action}Title`, { year })}
      onRequestClose={() => (sending ? undefined : onClose())}
    >
      <div className="dialog-form">
        <FormError messages={messages}>
          {conflict ? (
            <div className="conflict">
              <p>{t('results.actions.conflict')}</p>
              <button
                type="button"
                onClick={() => {
                  onReload();
                  onClose();
                }}
              >
                {t('results.actions.reload')}
              </button>
            </div>
          ) : null}
          {notAppraisal ? (
            <p>
              <Link to={`/?year=${year}`}>{t('yearStatus.change.lockHint')}</Link>
            </p>
          ) : null}
        </FormError>
        {text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={sending || conflict} onClick={() => void send()}>
            {sending ? t('results.actions.sending') : t(`results.actions.${action}Confirm`)}
          </button>
          <button type="button" disabled={sending} onClick={onClose}>
            {t('results.actions.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
