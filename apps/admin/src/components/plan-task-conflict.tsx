import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../graphql';
import { formatDate } from '../lib/format';
import type { PlanTaskEditDialog_PlanTaskFragment } from './plan-task-edit-dialog';

/**
 * Someone else saved the task after this form was opened: nothing was written. Shows the task's
 * values now and lets the person load them into the form to decide again.
 */
export function PlanTaskConflict({
  current,
  onReload,
}: {
  current: ResultOf<typeof PlanTaskEditDialog_PlanTaskFragment>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { timing } = current;
  const dates = [formatDate(timing.start), formatDate(timing.end)].filter(Boolean).join(' – ');
  return (
    <div className="conflict">
      <p>{t('plan.edit.conflict')}</p>
      <dl className="conflict-values">
        <div>
          <dt>{t('plan.edit.status')}</dt>
          <dd>{t(`taskStatus.${current.status}`)}</dd>
        </div>
        {dates ? (
          <div>
            <dt>{t('plan.edit.timing')}</dt>
            <dd>{dates}</dd>
          </div>
        ) : null}
        {timing.due ? (
          <div>
            <dt>{t('plan.columns.due')}</dt>
            <dd>{formatDate(timing.due)}</dd>
          </div>
        ) : null}
        {timing.overridden && timing.note ? (
          <div>
            <dt>{t('plan.edit.reason')}</dt>
            <dd>{timing.note}</dd>
          </div>
        ) : null}
      </dl>
      <button type="button" onClick={onReload}>
        {t('plan.edit.reload')}
      </button>
    </div>
  );
}
