import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatNumber, numberLocale } from '../../lib/format';
import { ChartCard } from './chart-card';

const SatisfactionChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.SatisfactionChart })));

export const SatisfactionSection_EvaluationDashboardFragment = graphql(`
  fragment SatisfactionSection_EvaluationDashboard on EvaluationDashboard {
    satisfaction {
      surveyId
      title
      targetPercent
      overallRate
      aspects {
        aspect
        nameVi
        nameEn
        satisfied
        valid
        rate
        meetsTarget
      }
    }
  }
`);

export function SatisfactionSection({
  data,
}: {
  data: FragmentOf<typeof SatisfactionSection_EvaluationDashboardFragment>;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const en = i18n.language.startsWith('en');
  const { satisfaction: s } = readFragment(SatisfactionSection_EvaluationDashboardFragment, data);
  const target = s?.targetPercent ?? 85;
  return (
    <ChartCard
      title={t('evaluation.satisfactionTitle', { target: formatNumber(target, locale) })}
      caption={s ? t('evaluation.satisfactionCaption', { title: s.title, target: formatNumber(target, locale) }) : ''}
      empty={s ? null : t('evaluation.noSurvey')}
      chart={
        s ? (
          <SatisfactionChart
            data={s.aspects.map((a) => ({
              name: en ? a.nameEn : a.nameVi,
              rate: a.rate,
              label: a.rate === null ? '—' : formatNumber(a.rate, locale),
              meets: a.meetsTarget,
            }))}
            target={target}
            targetLabel={t('evaluation.target', { target: formatNumber(target, locale) })}
          />
        ) : null
      }
      table={
        s ? (
          <>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.aspect')}</th>
                <th scope="col" className="num">
                  {t('evaluation.rate')}
                </th>
                <th scope="col">{t('evaluation.meetsTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {s.aspects.map((a) => (
                <tr key={a.aspect}>
                  <th scope="row">{en ? a.nameEn : a.nameVi}</th>
                  <td className="num">{a.rate === null ? '—' : `${formatNumber(a.rate, locale)} %`}</td>
                  <td>{a.meetsTarget === null ? '—' : a.meetsTarget ? t('evaluation.yes') : t('evaluation.no')}</td>
                </tr>
              ))}
            </tbody>
          </>
        ) : null
      }
    />
  );
}
