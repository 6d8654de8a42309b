import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { TaskStatusValue } from '@cchc/domain';
import { graphql } from '../graphql';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const ClearTaskOverrideMutation = graphql(
  `
    mutation ClearTaskOverride($input: OverrideTaskStatusInput!) {
      overrideTaskStatus(input: $input) {
        __typename
        ... on OverrideTaskStatusSuccess {
          task {
            id
            version
            status
            statusOverride
            statusOverrideReason
          }
        }
        ... on ConflictError {
          message
          code
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

/**
 * Home Affairs' hand-set status of a task (kept apart from the units' roll-up): what it is and why,
 * the roll-up it hides, and "Trả về trạng thái tổng hợp" with a reason (audited), which clears it.
 */
export function PlanTaskOverrideClear({
  task,
  onCleared,
}: {
  task: {
    id: string;
    version: number;
    statusOverride: string;
    statusOverrideReason: string | null;
    rollup: { status: string } | null;
  };
  onCleared: (status: TaskStatusValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, clear] = useMutation(ClearTaskOverrideMutation);

  const send = async () => {
    setProblem(null);
    if (reason.trim() === '') return setProblem(t('myTasks.clearReasonRequired'));
    const result = await clear({ input: { taskId: task.id, version: task.version, status: null, reason } });
    const payload = result.data?.overrideTaskStatus;
    if (result.error || !payload) return setProblem(t('myTasks.failed', { message: result.error?.message ?? '' }));
    if (payload.__typename === 'OverrideTaskStatusSuccess') return onCleared(payload.task.status);
    return setProblem(
      payload.__typename === 'ValidationError' ? (payload.problems[0]?.message ?? payload.message) : payload.message,
    );
  };

  return (
    <section className="plan-task-override" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('myTasks.overrideTitle')}</h3>
      <p>
        {t('myTasks.overrideNow', {
          status: t(`taskStatus.${task.statusOverride}`),
          reason: task.statusOverrideReason ?? '—',
        })}
        {task.rollup ? ` ${t('myTasks.overrideRollup', { status: t(`taskStatus.${task.rollup.status}`) })}` : null}
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('myTasks.clearReason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <button type="button" disabled={fetching} onClick={() => void send()}>
        {t('myTasks.clearOverride')}
      </button>
    </section>
  );
}
