import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { type RankingSortKey, type RankingView, ResultsRanking } from '../components/results/results-ranking';
import { AnnualReportPanel } from '../components/annual-report/annual-report-panel';
import { SnapshotPanel } from '../components/results/snapshot-panel';
import { SnapshotPanel_EvaluationYearFragment } from '../components/results/snapshot-panel-fragment';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import '../components/results/results.css';
import { ForbiddenErrorFields } from '../components/form/error-fragments';

export const ResultsPageQuery = graphql(
  `
    query ResultsPage($year: Int!) {
      year(year: $year) {
        id
        year
        title
        authority {
          id
          name
        }
        framework {
          id
          nodes {
            id
            code
            name
            depth
          }
        }
        ...SnapshotPanel_EvaluationYear
        results {
          __typename
          ...ForbiddenErrorFields
          ... on YearResults {
            source
            computedAt
            total
            anyPoints
            unitTypes {
              id
              code
              nameVi
              nameEn
            }
            tiers {
              code
              nameVi
              nameEn
            }
          }
        }
      }
    }
  `,
  [SnapshotPanel_EvaluationYearFragment, ForbiddenErrorFields],
);

const SORT_PARAMS: Record<string, RankingSortKey> = { rank: 'RANK', index: 'INDEX', name: 'NAME' };

/** Clicking a column: the same column flips its direction; another starts in its natural order. */
export function nextRankingView(view: RankingView, key: RankingSortKey): Pick<RankingView, 'sort' | 'descending'> {
  if (view.sort === key) return { sort: key, descending: !view.descending };
  // rank and name read from the top (1, A…); the index from the highest
  return { sort: key, descending: key === 'INDEX' };
}

/**
 * The year's results (Home Affairs, leadership, the administrator): the state of the results
 * (draft, locked, approved, published) with its actions, and the ranking with area sub-indices, each
 * unit linking to its scorecard: one virtualized table paged, sorted and filtered by the server (unit
 * type `?type=`, tier `?tier=`, search `?q=`, order `?sort=rank|index|name&dir=asc|desc`, all kept in
 * the address), so a year of 10,000 units reads as fast as one of 20.
 */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const typeFilterId = useId();
  const tierFilterId = useId();
  const searchId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const [result, reexecute] = useQuery({ query: ResultsPageQuery, variables: { year } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} onRetry={reload} />;
  const data = result.data;
  if (!data?.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  const { results } = data.year;
  const ranking = results.__typename === 'YearResults' ? results : null;
  const english = i18n.language.startsWith('en');
  const areas = (data.year.framework?.nodes ?? [])
    .filter((node) => node.depth === 0)
    .map((node) => ({ code: node.code, name: node.name }));

  // the view, from the address: ?type=<unit type code>&tier=<tier code>&q=<search>&sort=rank|index|name&dir=asc|desc
  const unitTypes = ranking?.unitTypes ?? [];
  const tiers = ranking?.tiers ?? [];
  const unitType = unitTypes.find((type) => type.code === searchParams.get('type')) ?? null;
  const tier = tiers.find((x) => x.code === searchParams.get('tier')) ?? null;
  const search = searchParams.get('q') ?? '';
  const sort = SORT_PARAMS[searchParams.get('sort') ?? ''] ?? 'RANK';
  const dir = searchParams.get('dir');
  const view: RankingView = {
    sort,
    descending: dir === 'desc' || (dir !== 'asc' && sort === 'INDEX'),
    unitTypeId: unitType?.id ?? null,
    tierCode: tier?.code ?? null,
    search: search.trim(),
  };

  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setSearchParams(next, { replace: true });
  };
  const onSort = (key: RankingSortKey) => {
    const next = nextRankingView(view, key);
    setParams({ sort: next.sort.toLowerCase(), dir: next.descending ? 'desc' : 'asc' });
  };

  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title">{t('results.title', { year: data.year.year })}</h1>
      <p className="lead">
        {data.year.authority.name} · {data.year.title}
      </p>
      <SnapshotPanel
        year={data.year}
        source={ranking?.source ?? null}
        computedAt={ranking?.computedAt ?? null}
        onReload={reload}
      />
      <AnnualReportPanel yearId={data.year.id} />
      {results.__typename === 'ForbiddenError' ? (
        <p className="status status-error" role="alert">
          {t(`results.denied.${results.reason}`, { defaultValue: results.message })}
        </p>
      ) : !ranking || ranking.total === 0 || !ranking.anyPoints ? (
        // every scored unit has a row; none has a point yet: nothing has been entered
        <EmptyState>{t('results.empty')}</EmptyState>
      ) : (
        <>
          {/* biome-ignore lint/a11y/useSemanticElements: the filter is a small form; role="search" names it a landmark, as on the plan page */}
          <form
            className="filters"
            role="search"
            aria-label={t('results.filters')}
            onSubmit={(e) => e.preventDefault()}
          >
            <div className="field">
              <label htmlFor={typeFilterId}>{t('results.unitType')}</label>
              <select
                id={typeFilterId}
                value={unitType?.code ?? ''}
                onChange={(e) => setParams({ type: e.target.value || null })}
              >
                <option value="">{t('results.allUnitTypes')}</option>
                {unitTypes.map((type) => (
                  <option key={type.code} value={type.code}>
                    {english ? type.nameEn : type.nameVi}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={tierFilterId}>{t('results.tierFilter')}</label>
              <select
                id={tierFilterId}
                value={tier?.code ?? ''}
                onChange={(e) => setParams({ tier: e.target.value || null })}
              >
                <option value="">{t('results.allTiers')}</option>
                {tiers.map((x) => (
                  <option key={x.code} value={x.code}>
                    {english ? x.nameEn : x.nameVi}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={searchId}>{t('results.search')}</label>
              <input
                id={searchId}
                type="search"
                value={search}
                placeholder={t('results.searchPlaceholder')}
                onChange={(e) => setParams({ q: e.target.value || null })}
              />
            </div>
          </form>
          <ResultsRanking
            year={data.year.year}
            areas={areas}
            view={view}
            dataVersion={`${ranking.source}@${ranking.computedAt}`}
            onSort={onSort}
          />
        </>
      )}
    </section>
  );
}
