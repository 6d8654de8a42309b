import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatNumber, numberLocale } from '../../lib/format';
import { ChartCard } from './chart-card';

const ProfileChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.ProfileChart })));
const TrendChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.TrendChart })));

export const UnitProfile_DashboardUnitProfileFragment = graphql(`
  fragment UnitProfile_DashboardUnitProfile on DashboardUnitProfile {
    unitId
    unitName
    unitTypeNameVi
    index
    rank
    rankOf
    areas {
      areaCode
      areaName
      unitIndex
      typeAverage
    }
    trend {
      year
      index
      unitNames
      viaLineage
    }
  }
`);

/** A unit's area profile against its type's mean (radar) and its trend over the years (line). */
export function UnitProfileSection({
  data,
  units,
  selected,
  onSelect,
  year,
}: {
  data: FragmentOf<typeof UnitProfile_DashboardUnitProfileFragment> | null;
  units: ReadonlyArray<{ unitId: string; unitName: string }>;
  selected: string | null;
  onSelect: (unitId: string) => void;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const selectId = useId();
  const p = data ? readFragment(UnitProfile_DashboardUnitProfileFragment, data) : null;
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  return (
    <>
      <div className="field dash-unit-pick no-print">
        <label htmlFor={selectId}>{t('evaluation.profileUnit')}</label>
        <select id={selectId} value={selected ?? ''} onChange={(e) => onSelect(e.target.value)}>
          {units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.unitName}
            </option>
          ))}
        </select>
      </div>
      <ChartCard
        title={p ? t('evaluation.profileTitle', { unit: p.unitName }) : t('evaluation.profileTitleEmpty')}
        caption={p ? t('evaluation.profileCaption', { unit: p.unitName, type: p.unitTypeNameVi }) : ''}
        empty={p ? null : t('evaluation.noResults')}
        chart={
          p ? (
            <ProfileChart
              data={p.areas.map((a) => ({ area: a.areaCode, unit: a.unitIndex, average: a.typeAverage }))}
              unitLabel={p.unitName}
              averageLabel={t('evaluation.typeAverage')}
            />
          ) : null
        }
        table={
          p ? (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.area')}</th>
                  <th scope="col" className="num">
                    {t('evaluation.unitIndex')}
                  </th>
                  <th scope="col" className="num">
                    {t('evaluation.typeAverage')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.areas.map((a) => (
                  <tr key={a.areaCode}>
                    <th scope="row">
                      {a.areaCode}. {a.areaName}
                    </th>
                    <td className="num">{num(a.unitIndex)}</td>
                    <td className="num">{num(a.typeAverage)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          ) : null
        }
      />
      <ChartCard
        title={t('evaluation.trendTitle')}
        caption={p ? t('evaluation.trendCaption', { unit: p.unitName }) : ''}
        empty={p && p.trend.length > 0 ? null : t('evaluation.noTrend')}
        chart={
          p ? (
            <TrendChart
              data={p.trend.map((x) => ({ year: x.year, index: x.index, label: formatNumber(x.index, locale) }))}
              label={t('evaluation.index')}
            />
          ) : null
        }
        table={
          p ? (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.year')}</th>
                  <th scope="col" className="num">
                    {t('evaluation.index')}
                  </th>
                  <th scope="col">{t('evaluation.unitsThatYear')}</th>
                </tr>
              </thead>
              <tbody>
                {p.trend.map((x) => (
                  <tr key={x.year}>
                    <th scope="row">{x.year}</th>
                    <td className="num">{num(x.index)}</td>
                    <td>
                      {x.unitNames.join(', ')}
                      {x.viaLineage ? ` (${t('evaluation.viaLineage')})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </>
          ) : null
        }
      />
      {p ? (
        <p className="dash-profile-link no-print">
          <Link to={`/results/${encodeURIComponent(p.unitId)}?year=${year}`}>
            {t('evaluation.openScorecard', { unit: p.unitName })}
          </Link>
        </p>
      ) : null}
    </>
  );
}
