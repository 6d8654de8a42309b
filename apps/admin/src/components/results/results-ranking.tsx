import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentOf } from '../../graphql';
import { formatNumber, formatPoints, numberLocale } from '../../lib/format';
import { groupRanking, type RankingSort, type RankingSortKey, tierClass } from '../../lib/results-format';
import { EmptyState } from '../status';

export const ResultsRanking_ResultRowFragment = graphql(`
  fragment ResultsRanking_ResultRow on ResultRow {
    unit {
      id
    }
    unitName
    unitType {
      id
      code
      nameVi
      nameEn
    }
    points
    maxPoints
    index
    rank
    rankOf
    tier {
      code
      nameVi
      nameEn
    }
    areaIndices {
      areaCode
      index
    }
  }
`);

export interface AreaName {
  code: string;
  name: string;
}

const SORTABLE: { column: string; key: RankingSortKey }[] = [
  { column: 'rank', key: 'rank' },
  { column: 'unit', key: 'name' },
  { column: 'points', key: 'points' },
  { column: 'index', key: 'index' },
];

/**
 * The ranking, one table per unit type: rank (ties marked), unit (a link to its scorecard), points,
 * index, tier and the area sub-indices. Every figure is the server's; the admin only orders rows.
 * On a phone each row is a card (results.css).
 */
export function ResultsRanking({
  rows: rowRefs,
  areas,
  year,
  sort,
  onSort,
  unitTypeCode,
}: {
  rows: readonly FragmentOf<typeof ResultsRanking_ResultRowFragment>[];
  areas: readonly AreaName[];
  year: number;
  sort: RankingSort;
  onSort: (key: RankingSortKey) => void;
  /** only this unit type (null: every type) */
  unitTypeCode: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const rows = rowRefs.map((ref) => readFragment(ResultsRanking_ResultRowFragment, ref));
  const groups = groupRanking(rows, sort, unitTypeCode);
  const idPrefix = useId();

  if (groups.length === 0) return <EmptyState>{t('results.noUnits')}</EmptyState>;

  return (
    <>
      {groups.map((group) => {
        const typeName = english ? group.unitType.nameEn : group.unitType.nameVi;
        const headingId = `${idPrefix}-${group.unitType.code}`;
        return (
          <section key={group.unitType.code} className="results-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {typeName} <span className="muted">({t('results.count', { count: group.rows.length })})</span>
            </h2>
            <div className="table-wrap">
              <table className="data-table results-table">
                <caption className="visually-hidden">{t('results.caption', { type: typeName, year })}</caption>
                <thead>
                  <tr>
                    {(['rank', 'unit', 'points', 'index', 'tier'] as const).map((column) => {
                      const label = t(`results.columns.${column}`);
                      const key = SORTABLE.find((s) => s.column === column)?.key;
                      if (!key) {
                        return (
                          <th key={column} scope="col">
                            {label}
                          </th>
                        );
                      }
                      const active = sort.key === key;
                      return (
                        <th
                          key={column}
                          scope="col"
                          className={column === 'unit' ? undefined : 'num'}
                          aria-sort={active ? sort.direction : 'none'}
                        >
                          <button type="button" className="sort-button" onClick={() => onSort(key)}>
                            {label}
                            <span aria-hidden="true" className="sort-icon">
                              {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                    {areas.map((area) => (
                      <th key={area.code} scope="col" className="num cell-area-index">
                        <abbr title={t('results.areaIndex', { code: area.code, name: area.name })}>{area.code}</abbr>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => {
                    const tied = group.tiedRanks.has(row.rank);
                    return (
                      <tr key={row.unit.id} className={tied ? 'row-tied' : undefined}>
                        <td className="num cell-rank" data-label={t('results.columns.rank')}>
                          <strong>{row.rank}</strong>
                          <span className="muted">/{row.rankOf}</span>
                          {tied ? <span className="badge badge-info tie-badge">{t('results.tie')}</span> : null}
                        </td>
                        <th scope="row" className="cell-unit">
                          <Link
                            to={`/results/${encodeURIComponent(row.unit.id)}?year=${year}`}
                            aria-label={t('results.scorecardLink', { unit: row.unitName })}
                          >
                            {row.unitName}
                          </Link>
                        </th>
                        <td className="num cell-points" data-label={t('results.columns.points')}>
                          {formatPoints(row.points, locale)}
                          <span className="muted"> / {formatPoints(row.maxPoints, locale)}</span>
                        </td>
                        <td className="num cell-index" data-label={t('results.columns.index')}>
                          <strong>{formatNumber(row.index, locale)}</strong>
                        </td>
                        <td className="cell-tier">
                          <span className={tierClass(row.tier.code)}>
                            {english ? row.tier.nameEn : row.tier.nameVi}
                          </span>
                        </td>
                        {areas.map((area) => {
                          const value = row.areaIndices.find((a) => a.areaCode === area.code)?.index;
                          return (
                            <td key={area.code} className="num cell-area-index" data-label={area.code}>
                              {value === null || value === undefined ? (
                                <span className="muted" title={t('results.areaNotApplicable')}>
                                  —
                                </span>
                              ) : (
                                formatNumber(value, locale)
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
