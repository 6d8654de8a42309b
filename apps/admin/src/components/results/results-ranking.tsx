import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { graphql, readFragment, type ResultOf, type VariablesOf } from '../../graphql';
import { formatNumber, formatNumberShort, formatPoints, numberLocale } from '../../lib/format';
import { tierClass } from '../../lib/results-format';
import { EmptyState } from '../status';
import { type VirtualColumn, VirtualTable } from '../virtual-table';

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
    tied
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

export const ResultsRankingPageQuery = graphql(
  `
    query ResultsRankingPage(
      $year: Int!
      $offset: Int!
      $limit: Int!
      $sort: ResultPageSort
      $descending: Boolean
      $unitTypeId: ID
      $tierCode: String
      $search: String
    ) {
      year(year: $year) {
        id
        resultsPage(
          offset: $offset
          limit: $limit
          sort: $sort
          descending: $descending
          unitTypeId: $unitTypeId
          tierCode: $tierCode
          search: $search
        ) {
          __typename
          ... on ResultRowPage {
            total
            offset
            rows {
              ...ResultsRanking_ResultRow
            }
          }
        }
      }
    }
  `,
  [ResultsRanking_ResultRowFragment],
);

/** Rows asked of the server at a time (the API serves at most 200). */
export const RANKING_PAGE_SIZE = 100;

export type RankingSortKey = 'RANK' | 'INDEX' | 'NAME';

/** What the ranking shows: filters and order (kept in the address by the page). */
export interface RankingView {
  sort: RankingSortKey;
  descending: boolean;
  unitTypeId: string | null;
  tierCode: string | null;
  search: string;
}

export interface AreaName {
  code: string;
  name: string;
}

type PageRows = Extract<
  NonNullable<ResultOf<typeof ResultsRankingPageQuery>['year']>['resultsPage'],
  { __typename: 'ResultRowPage' }
>['rows'];
type PageRow = PageRows[number];

interface Loaded {
  /** the view (and data version) the pages belong to */
  key: string;
  total: number | null;
  pages: Map<number, PageRows>;
  error: boolean;
}

/**
 * The ranking as one virtualized table of every unit the filters keep, a page of rows fetched from the
 * server (YearResults.page) as it scrolls into view: rank (ties marked), unit (a link to its scorecard),
 * unit type, points, index, tier and the area sub-indices. Sorting and filtering happen on the server,
 * so 10,000 units cost what 20 do. Every figure is the server's.
 */
export function ResultsRanking({
  year,
  areas,
  view,
  dataVersion,
  onSort,
}: {
  year: number;
  areas: readonly AreaName[];
  view: RankingView;
  /** changes when the ranking may have (after a reload, a lock or a publication): pages load again */
  dataVersion: string;
  onSort: (key: RankingSortKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const key = JSON.stringify([year, dataVersion, view]);
  const [loaded, setLoaded] = useState<Loaded>({ key, total: null, pages: new Map(), error: false });
  const requested = useRef(new Set<string>());
  const current = loaded.key === key ? loaded : { key, total: null, pages: new Map<number, PageRows>(), error: false };

  const loadPage = useCallback(
    (page: number) => {
      const id = `${key}#${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const variables: VariablesOf<typeof ResultsRankingPageQuery> = {
        year,
        offset: page * RANKING_PAGE_SIZE,
        limit: RANKING_PAGE_SIZE,
        sort: view.sort,
        descending: view.descending,
        unitTypeId: view.unitTypeId,
        tierCode: view.tierCode,
        search: view.search || null,
      };
      void client
        .query(ResultsRankingPageQuery, variables)
        .toPromise()
        .then((result) => {
          const asked = result.data?.year?.resultsPage;
          const answer = asked?.__typename === 'ResultRowPage' ? asked : null;
          setLoaded((before) => {
            const base =
              before.key === key ? before : { key, total: null, pages: new Map<number, PageRows>(), error: false };
            if (!answer) {
              requested.current.delete(id); // may be asked again
              return { ...base, error: true };
            }
            const pages = new Map(base.pages);
            pages.set(page, answer.rows);
            return { key, total: answer.total, pages, error: false };
          });
        });
    },
    [client, key, year, view],
  );

  // a new view: its first page
  useEffect(() => {
    loadPage(0);
  }, [loadPage]);

  const onRangeChange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / RANKING_PAGE_SIZE); page <= Math.floor(last / RANKING_PAGE_SIZE); page++)
        loadPage(page);
    },
    [loadPage],
  );

  const getRow = useCallback(
    (index: number): PageRow | undefined =>
      current.pages.get(Math.floor(index / RANKING_PAGE_SIZE))?.[index % RANKING_PAGE_SIZE],
    [current],
  );

  const columns = useMemo<VirtualColumn<PageRow>[]>(() => {
    const row = (r: PageRow) => readFragment(ResultsRanking_ResultRowFragment, r);
    return [
      {
        key: 'rank',
        label: t('results.columns.rank'),
        sortKey: 'RANK',
        numeric: true,
        width: '8rem',
        cell: (r) => {
          const data = row(r);
          return (
            <>
              <strong>{data.rank}</strong>
              <span className="muted">/{data.rankOf}</span>
              {data.tied ? <span className="badge badge-info tie-badge">{t('results.tie')}</span> : null}
            </>
          );
        },
      },
      {
        key: 'unit',
        label: t('results.columns.unit'),
        sortKey: 'NAME',
        rowHeader: true,
        width: 'minmax(10rem, 3fr)',
        cell: (r) => {
          const data = row(r);
          return (
            <Link
              to={`/results/${encodeURIComponent(data.unit.id)}?year=${year}`}
              aria-label={t('results.scorecardLink', { unit: data.unitName })}
              title={data.unitName}
            >
              {data.unitName}
            </Link>
          );
        },
      },
      {
        key: 'type',
        label: t('results.unitType'),
        width: 'minmax(5rem, 1.5fr)',
        cell: (r) => {
          const type = row(r).unitType;
          return english ? type.nameEn : type.nameVi;
        },
      },
      {
        key: 'points',
        label: t('results.columns.points'),
        numeric: true,
        width: '6.5rem',
        cell: (r) => {
          const data = row(r);
          return (
            <>
              {formatPoints(data.points, locale)}
              <span className="muted"> / {formatPoints(data.maxPoints, locale)}</span>
            </>
          );
        },
      },
      {
        key: 'index',
        label: t('results.columns.index'),
        sortKey: 'INDEX',
        numeric: true,
        width: '5rem',
        cell: (r) => <strong>{formatNumber(row(r).index, locale)}</strong>,
      },
      {
        key: 'tier',
        label: t('results.columns.tier'),
        width: '6.5rem',
        cell: (r) => {
          const tier = row(r).tier;
          return <span className={tierClass(tier.code)}>{english ? tier.nameEn : tier.nameVi}</span>;
        },
      },
      ...areas.map<VirtualColumn<PageRow>>((area) => ({
        key: `area-${area.code}`,
        label: t('results.areaIndex', { code: area.code, name: area.name }),
        header: <abbr title={t('results.areaIndex', { code: area.code, name: area.name })}>{area.code}</abbr>,
        numeric: true,
        // one decimal ("83,3", the full value in its title): two decimals were cut to "8…"
        width: '3.75rem',
        cell: (r) => {
          const value = row(r).areaIndices.find((a) => a.areaCode === area.code)?.index;
          return value === null || value === undefined ? (
            <span className="muted" title={t('results.areaNotApplicable')}>
              —
            </span>
          ) : (
            <span title={formatNumber(value, locale)}>{formatNumberShort(value, locale)}</span>
          );
        },
      })),
    ];
  }, [areas, english, locale, t, year]);

  // while a new view's first page loads, the table stays (its rows loading) with the last count
  const total = current.total ?? loaded.total;
  if (total === null && current.error)
    return (
      <p className="status status-error" role="alert">
        {t('results.pageError')}
      </p>
    );
  if (total === null) return <p className="status">{t('results.loadingRows')}</p>;
  if (current.total === 0) return <EmptyState>{t('results.noUnits')}</EmptyState>;

  return (
    <>
      <p className="muted" aria-live="polite">
        {t('results.matching', { count: total })}
      </p>
      <VirtualTable
        label={t('results.tableLabel', { year })}
        columns={columns}
        total={total}
        resetKey={key}
        getRow={getRow}
        getRowKey={(r) => readFragment(ResultsRanking_ResultRowFragment, r).unit.id}
        rowClassName={(r) => (readFragment(ResultsRanking_ResultRowFragment, r).tied ? 'row-tied' : undefined)}
        onRangeChange={onRangeChange}
        sort={{ key: view.sort, direction: view.descending ? 'descending' : 'ascending' }}
        onSort={(sortKey) => onSort(sortKey as RankingSortKey)}
        loadingText={t('results.loadingRows')}
        cardHeight={28 * (7 + areas.length) + 16}
      />
    </>
  );
}
