import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatNumber, numberLocale } from '../../lib/format';
import { ChartCard } from './chart-card';
import { tierColor } from './dashboard-colors';

const RankingChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.RankingChart })));

export const RankingSection_EvaluationDashboardFragment = graphql(`
  fragment RankingSection_EvaluationDashboard on EvaluationDashboard {
    areaCode
    tiers {
      code
      nameVi
      nameEn
      order
    }
    ranking {
      unitTypeId
      unitTypeNameVi
      unitTypeNameEn
      average
      bars {
        unitId
        unitName
        value
        tierCode
        tierNameVi
        tierNameEn
        tierOrder
        rank
        tied
      }
    }
  }
`);

/** The ranking per unit type: bars coloured by tier, the index on each bar, ties marked "=". */
export function RankingSection({
  data,
  year,
}: {
  data: FragmentOf<typeof RankingSection_EvaluationDashboardFragment>;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = numberLocale(i18n.language);
  const en = i18n.language.startsWith('en');
  const d = readFragment(RankingSection_EvaluationDashboardFragment, data);
  const scorecard = (unitId: string) => `/results/${encodeURIComponent(unitId)}?year=${year}`;
  if (d.ranking.length === 0 || d.ranking.every((g) => g.bars.length === 0)) {
    return (
      <section className="card dash-card dash-wide">
        <h2>{t('evaluation.rankingTitle')}</h2>
        <p className="status status-empty">{t('evaluation.noResults')}</p>
      </section>
    );
  }
  return (
    <>
      <ul className="dash-legend" aria-label={t('evaluation.tierLegend')}>
        {d.tiers.map((tier) => (
          <li key={tier.code}>
            <span className="dash-swatch" style={{ background: tierColor(tier.order) }} aria-hidden="true" />
            {en ? tier.nameEn : tier.nameVi}
          </li>
        ))}
        <li>{t('evaluation.tieLegend')}</li>
      </ul>
      {d.ranking.map((group) => {
        const name = en ? group.unitTypeNameEn : group.unitTypeNameVi;
        return (
          <ChartCard
            key={group.unitTypeId}
            className="dash-wide"
            title={
              d.areaCode
                ? t('evaluation.rankingAreaTitle', { type: name, area: d.areaCode })
                : t('evaluation.rankingTypeTitle', { type: name })
            }
            caption={t('evaluation.rankingCaption', {
              type: name,
              average: group.average === null ? '—' : formatNumber(group.average, locale),
            })}
            empty={group.bars.length === 0 ? t('evaluation.noResults') : null}
            chart={
              <RankingChart
                data={group.bars.map((b) => ({
                  unitId: b.unitId,
                  name: b.unitName,
                  value: b.value,
                  label: `${b.tied ? '= ' : ''}${formatNumber(b.value, locale)}`,
                  tierOrder: b.tierOrder,
                  tied: b.tied,
                }))}
                onSelect={(unitId) => navigate(scorecard(unitId))}
              />
            }
            table={
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.rank')}</th>
                    <th scope="col">{t('evaluation.unit')}</th>
                    <th scope="col" className="num">
                      {d.areaCode ? t('evaluation.areaIndex') : t('evaluation.index')}
                    </th>
                    <th scope="col">{t('evaluation.tier')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.bars.map((b) => (
                    <tr key={b.unitId}>
                      <td className="num">
                        {b.rank}
                        {b.tied ? <span className="badge badge-info">{t('evaluation.tie')}</span> : null}
                      </td>
                      <th scope="row">
                        <Link to={scorecard(b.unitId)}>{b.unitName}</Link>
                      </th>
                      <td className="num">{formatNumber(b.value, locale)}</td>
                      <td>{en ? b.tierNameEn : b.tierNameVi}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            }
          />
        );
      })}
    </>
  );
}
