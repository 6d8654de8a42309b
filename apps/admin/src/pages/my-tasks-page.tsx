import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import {
  TaskProgressDialog,
  TaskProgressDialog_TaskAssignmentFragment,
} from '../components/task-progress/task-progress-dialog';
import { useSelectedYear } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { formatDate } from '../lib/format';

export const MyTasksPageQuery = graphql(
  `
    query MyTasksPage($year: Int!) {
      year(year: $year) {
        id
        year
        viewerTasks {
          id
          role
          task {
            id
            code
            text
            status
            overdue
            viewerCanReportProgress
            timing {
              due
            }
            rollup {
              percent
              doneCount
              leadCount
            }
          }
          part {
            id
            status
            percent
            updatedAt
          }
          ...TaskProgressDialog_TaskAssignment
        }
      }
    }
  `,
  [TaskProgressDialog_TaskAssignmentFragment],
);

type Filter = 'open' | 'all';

/**
 * "Nhiệm vụ của tôi": the tasks of the year that the officer's unit leads or coordinates (never the
 * whole plan), each with the unit's own part; "Báo cáo tiến độ" reports it.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTasksPageQuery, variables: { year } });
  const [filter, setFilter] = useState<Filter>('open');
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const tasks = data?.year?.viewerTasks ?? [];
  const shown = useMemo(
    () => tasks.filter((a) => filter === 'all' || (a.part?.status ?? 'NOT_STARTED') !== 'DONE'),
    [tasks, filter],
  );
  const editingTask = tasks.find((a) => a.id === editing) ?? null;

  if (fetching && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.year) return <EmptyState>{t('myTasks.noYear', { year })}</EmptyState>;

  return (
    <section className="my-tasks">
      <h1>{t('myTasks.title', { year })}</h1>
      <p className="muted">{t('myTasks.intro')}</p>
      {saved ? (
        <p role="status" className="notice">
          {t('myTasks.saved', { code: saved })}
        </p>
      ) : null}
      {tasks.length === 0 ? (
        <EmptyState>{t('myTasks.empty', { year })}</EmptyState>
      ) : (
        <>
          <fieldset className="filters">
            <legend>{t('myTasks.show')}</legend>
            <label>
              <input type="radio" name="filter" checked={filter === 'open'} onChange={() => setFilter('open')} />{' '}
              {t('myTasks.showOpen')}
            </label>{' '}
            <label>
              <input type="radio" name="filter" checked={filter === 'all'} onChange={() => setFilter('all')} />{' '}
              {t('myTasks.showAll', { count: tasks.length })}
            </label>
          </fieldset>
          {shown.length === 0 ? (
            <EmptyState>{t('myTasks.allDone')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data-table my-tasks-table">
                <caption>{t('myTasks.caption', { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('myTasks.code')}</th>
                    <th scope="col">{t('myTasks.task')}</th>
                    <th scope="col">{t('myTasks.role')}</th>
                    <th scope="col">{t('myTasks.due')}</th>
                    <th scope="col">{t('myTasks.myPart')}</th>
                    <th scope="col">{t('myTasks.taskStatus')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('myTasks.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => {
                    const part = readFragment(TaskProgressDialog_TaskAssignmentFragment, a).part;
                    return (
                      <tr key={a.id} className={a.task.overdue ? 'row-overdue' : undefined}>
                        <th scope="row" className="cell-code">
                          {a.task.code}
                        </th>
                        <td className="cell-text">{a.task.text}</td>
                        <td className="cell-role" data-label={t('myTasks.role')}>
                          {a.role === 'LEAD' ? t('myTasks.roleLead') : t('myTasks.roleCoordinating')}
                        </td>
                        <td className="cell-due" data-label={t('myTasks.due')}>
                          {a.task.timing.due ? formatDate(a.task.timing.due) : t('myTasks.noDue')}
                          {a.task.overdue ? <span className="badge danger"> {t('taskStatus.OVERDUE')}</span> : null}
                        </td>
                        <td className="cell-part" data-label={t('myTasks.myPart')}>
                          {part ? (
                            <>
                              {t(`taskStatus.${part.status}`)} · {part.percent}%
                              <progress max={100} value={part.percent} aria-label={t('myTasks.myPart')} />
                            </>
                          ) : (
                            <span className="muted">{t('myTasks.notReported')}</span>
                          )}
                        </td>
                        <td className="cell-status" data-label={t('myTasks.taskStatus')}>
                          {t(`taskStatus.${a.task.status}`)}
                          {a.task.rollup && a.task.rollup.leadCount > 1 ? (
                            <span className="muted">
                              {' '}
                              {t('myTasks.rollup', {
                                done: a.task.rollup.doneCount,
                                count: a.task.rollup.leadCount,
                                percent: a.task.rollup.percent,
                              })}
                            </span>
                          ) : null}
                        </td>
                        <td className="cell-actions">
                          {a.task.viewerCanReportProgress ? (
                            <button
                              type="button"
                              onClick={() => {
                                setSaved(null);
                                setEditing(a.id);
                              }}
                            >
                              {t('myTasks.report')}
                              <span className="visually-hidden"> {a.task.code}</span>
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {editingTask && data.year ? (
        <TaskProgressDialog
          assignment={editingTask}
          yearId={data.year.id}
          onClose={() => setEditing(null)}
          onSaved={(code) => {
            setEditing(null);
            setSaved(code);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </section>
  );
}
