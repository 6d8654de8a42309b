import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { DueDateCell, DueDateCell_TaskTimingFragment } from './due-date-cell';

export const PlanTaskRow_PlanTaskFragment = graphql(
  `
    fragment PlanTaskRow_PlanTask on PlanTask {
      id
      code
      text
      leadLabel
      coordinatingLabel
      timePhrase
      status
      overdue
      statusOverride
      rollup {
        percent
        doneCount
        leadCount
      }
      area {
        id
        code
        name
      }
      timing {
        ...DueDateCell_TaskTiming
      }
    }
  `,
  [DueDateCell_TaskTimingFragment],
);

export function PlanTaskRow({
  task: taskRef,
  onEdit,
  actionColumn = onEdit !== undefined,
  onMove,
}: {
  task: FragmentOf<typeof PlanTaskRow_PlanTaskFragment>;
  /** Given when the viewer may change this task (its `viewerCan…`): adds the "Sửa" button. */
  onEdit?: ((trigger: HTMLButtonElement) => void) | undefined;
  /** The table has an action column (an empty cell when this task offers none). */
  actionColumn?: boolean;
  /** Given when the viewer may reorder the plan (Home Affairs): "Lên"/"Xuống" within the area. */
  onMove?: ((direction: 'UP' | 'DOWN') => void) | undefined;
}) {
  const { t } = useTranslation();
  const task = readFragment(PlanTaskRow_PlanTaskFragment, taskRef);
  // The server decides overdue (packages/domain isTaskOverdue): never re-derived here.
  const overdue = task.overdue;
  return (
    <tr className={overdue ? 'row-overdue' : undefined}>
      <th scope="row" className="cell-code">
        {task.code}
      </th>
      <td className="cell-text">{task.text}</td>
      <td className="cell-area">
        <abbr title={task.area.name} className="area-code">
          {task.area.code}
        </abbr>{' '}
        <span className="area-name">{task.area.name}</span>
      </td>
      <td className="cell-lead" data-label={t('plan.columns.lead')}>
        {task.leadLabel}
      </td>
      <td className="cell-coordinating">{task.coordinatingLabel}</td>
      <td className="cell-time-phrase">{task.timePhrase}</td>
      <td className="cell-due" data-label={t('plan.columns.due')}>
        <DueDateCell timing={task.timing} />
      </td>
      <td className="cell-status">
        <span className={`badge badge-status badge-${task.status.toLowerCase().replace('_', '-')}`}>
          {t(`taskStatus.${task.status}`)}
        </span>
        {overdue ? <span className="badge badge-overdue">{t('taskStatus.OVERDUE')}</span> : null}
        {task.statusOverride ? <span className="badge">{t('myTasks.overridden')}</span> : null}
        {task.rollup ? (
          <span className="task-rollup">
            <progress
              max={100}
              value={task.rollup.percent}
              aria-label={t('myTasks.rollupLabel', { code: task.code })}
            />{' '}
            {t('myTasks.rowRollup', {
              percent: task.rollup.percent,
              done: task.rollup.doneCount,
              count: task.rollup.leadCount,
            })}
          </span>
        ) : null}
      </td>
      {onEdit ? (
        <td className="cell-actions">
          <button
            type="button"
            aria-label={t('plan.edit.buttonLabel', { code: task.code })}
            onClick={(event) => onEdit(event.currentTarget)}
          >
            {t('plan.edit.button')}
          </button>
          {onMove ? (
            <>
              {' '}
              <button type="button" aria-label={t('myTasks.moveUp', { code: task.code })} onClick={() => onMove('UP')}>
                ↑
              </button>{' '}
              <button
                type="button"
                aria-label={t('myTasks.moveDown', { code: task.code })}
                onClick={() => onMove('DOWN')}
              >
                ↓
              </button>
            </>
          ) : null}
        </td>
      ) : actionColumn ? (
        <td className="cell-actions" />
      ) : null}
    </tr>
  );
}
