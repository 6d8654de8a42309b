import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { tasksByAreaAndStatus, usedBuckets } from '../lib/chart-series';
import { formatNumber, numberLocale } from '../lib/format';
import { EmptyState } from './status';

export const TaskStatusChart_PlanTaskFragment = graphql(`
  fragment TaskStatusChart_PlanTask on PlanTask {
    id
    status
    overdue
    area {
      id
      code
      name
      position
    }
  }
`);

const TaskStatusChartCanvas = lazy(() => import('./task-status-chart-canvas'));

export function TaskStatusChart({ tasks }: { tasks: readonly FragmentOf<typeof TaskStatusChart_PlanTaskFragment>[] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const data = readFragment(TaskStatusChart_PlanTaskFragment, tasks);
  const rows = useMemo(() => tasksByAreaAndStatus(data), [data]);
  const buckets = usedBuckets(rows);
  const locale = numberLocale(i18n.language);

  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={descId}>
      <figcaption>
        <h2 id={titleId}>{t('dashboard.chartTitle')}</h2>
        <p id={descId} className="muted">
          {t('dashboard.chartDescription')}
        </p>
      </figcaption>
      {rows.length === 0 ? (
        <EmptyState>{t('dashboard.chartEmpty')}</EmptyState>
      ) : (
        <>
          <div className="chart-canvas" aria-hidden="true">
            {/* the chart library loads on demand; the box keeps its height meanwhile */}
            <Suspense fallback={<div style={{ height: 320 }} />}>
              <TaskStatusChartCanvas rows={rows} buckets={buckets} />
            </Suspense>
          </div>
          {/* a table does not shrink to the 1 px box of .visually-hidden: a block around it clips it */}
          <div className="visually-hidden">
            <table>
              <caption>{t('dashboard.chartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.area')}</th>
                  {buckets.map((bucket) => (
                    <th key={bucket} scope="col">
                      {t(`taskStatus.${bucket}`)}
                    </th>
                  ))}
                  <th scope="col">{t('dashboard.total')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.areaId}>
                    <th scope="row">
                      {row.areaCode}. {row.areaName}
                    </th>
                    {buckets.map((bucket) => (
                      <td key={bucket}>{formatNumber(row[bucket], locale)}</td>
                    ))}
                    <td>{formatNumber(row.total, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
