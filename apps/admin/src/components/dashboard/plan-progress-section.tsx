import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatNumber, numberLocale } from '../../lib/format';
import { ChartCard } from './chart-card';

const ProgressChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.ProgressChart })));

export const PlanProgress_EvaluationDashboardFragment = graphql(`
  fragment PlanProgress_EvaluationDashboard on EvaluationDashboard {
    plan {
      areas {
        code
        name
        total
        done
        inProgress
        notStarted
        cancelled
        overdue
        percentDone
      }
      leadUnits {
        unitId
        unitName
        total
        done
        inProgress
        notStarted
        cancelled
        overdue
        percentDone
      }
    }
  }
`);

type Counts = {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  percentDone: number | null;
};

/** Plan progress: per area and per lead unit (two charts, each with its table). */
export function PlanProgressSection({ data }: { data: FragmentOf<typeof PlanProgress_EvaluationDashboardFragment> }) {
  const { t } = useTranslation();
  const { plan } = readFragment(PlanProgress_EvaluationDashboardFragment, data);
  return (
    <>
      <ProgressCard
        title={t('evaluation.planAreasTitle')}
        caption={t('evaluation.planAreasCaption')}
        rows={plan.areas.map((a) => ({ ...a, key: a.code, name: `${a.code}. ${a.name}`, short: a.code }))}
        nameWidth={48}
      />
      <ProgressCard
        title={t('evaluation.planUnitsTitle')}
        caption={t('evaluation.planUnitsCaption')}
        rows={plan.leadUnits.map((u) => ({ ...u, key: u.unitId, name: u.unitName, short: u.unitName }))}
      />
    </>
  );
}

function ProgressCard({
  title,
  caption,
  rows,
  nameWidth,
}: {
  title: string;
  caption: string;
  rows: Array<Counts & { key: string; name: string; short: string }>;
  nameWidth?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  return (
    <ChartCard
      title={title}
      caption={caption}
      empty={rows.length === 0 ? t('evaluation.noTasks') : null}
      chart={
        <ProgressChart
          data={rows.map((r) => ({ name: r.short, done: r.done, inProgress: r.inProgress, notStarted: r.notStarted }))}
          nameWidth={nameWidth}
          labels={{
            done: t('evaluation.progress.done'),
            inProgress: t('evaluation.progress.inProgress'),
            notStarted: t('evaluation.progress.notStarted'),
          }}
        />
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.progress.name')}</th>
              <th scope="col" className="num">
                {t('evaluation.progress.total')}
              </th>
              <th scope="col" className="num">
                {t('evaluation.progress.done')}
              </th>
              <th scope="col" className="num">
                {t('evaluation.progress.overdue')}
              </th>
              <th scope="col" className="num">
                {t('evaluation.progress.percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.total}</td>
                <td className="num">{r.done}</td>
                <td className="num">{r.overdue}</td>
                <td className="num">{r.percentDone === null ? '—' : `${formatNumber(r.percentDone, locale)} %`}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
