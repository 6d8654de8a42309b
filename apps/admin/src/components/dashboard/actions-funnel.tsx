import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { ChartCard } from './chart-card';

const FunnelChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.FunnelChart })));

export const ActionsFunnel_EvaluationDashboardFragment = graphql(`
  fragment ActionsFunnel_EvaluationDashboard on EvaluationDashboard {
    actions {
      found
      findingsWithAction
      actions
      fixSubmitted
      verified
      overdue
    }
  }
`);

export function ActionsFunnel({ data }: { data: FragmentOf<typeof ActionsFunnel_EvaluationDashboardFragment> }) {
  const { t } = useTranslation();
  const { actions: a } = readFragment(ActionsFunnel_EvaluationDashboardFragment, data);
  const steps = [
    { key: 'found', value: a.found },
    { key: 'actions', value: a.actions },
    { key: 'fixSubmitted', value: a.fixSubmitted },
    { key: 'verified', value: a.verified },
    { key: 'overdue', value: a.overdue, overdue: true },
  ];
  return (
    <ChartCard
      title={t('evaluation.funnelTitle')}
      caption={t('evaluation.funnelCaption')}
      empty={a.found === 0 && a.actions === 0 ? t('evaluation.noFindings') : null}
      chart={
        <FunnelChart
          data={steps.map((s) => ({ name: t(`evaluation.funnel.${s.key}`), value: s.value, overdue: s.overdue }))}
        />
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.step')}</th>
              <th scope="col" className="num">
                {t('evaluation.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.key}>
                <th scope="row">{t(`evaluation.funnel.${s.key}`)}</th>
                <td className="num">{s.value}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
