import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ResultsRanking, ResultsRanking_ResultRowFragment } from '../components/results/results-ranking';
import { SnapshotPanel } from '../components/results/snapshot-panel';
import { SnapshotPanel_EvaluationYearFragment } from '../components/results/snapshot-panel-fragment';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import { nextRankingSort, type RankingSort, rankingUnitTypes } from '../lib/results-format';
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
            rows {
              earned
              bonus
              penalty
              unitType {
                id
                code
                nameVi
                nameEn
              }
              ...ResultsRanking_ResultRow
            }
          }
        }
      }
    }
  `,
  [SnapshotPanel_EvaluationYearFragment, ResultsRanking_ResultRowFragment, ForbiddenErrorFields],
);

/**
 * The year's results (Home Affairs, leadership, the administrator): the state of the results
 * (draft, locked, approved, published) with its actions, and the ranking per unit type with area
 * sub-indices, each unit linking to its scorecard. Filter by unit type (`?type=`), sort by column.
 */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const typeFilterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const [sort, setSort] = useState<RankingSort>({ key: 'rank', direction: 'ascending' });
  const [result, reexecute] = useQuery({ query: ResultsPageQuery, variables: { year } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} onRetry={reload} />;
  const data = result.data;
  if (!data?.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  const { results } = data.year;
  const ranking = results.__typename === 'YearResults' ? results : null;
  const rows = ranking?.rows ?? [];
  // every scored unit has a row; none has a point yet: nothing has been entered
  const nothingEntered = rows.every((row) => row.earned === 0 && row.bonus === 0 && row.penalty === 0);
  const unitTypes = rankingUnitTypes(rows);
  const typeParam = searchParams.get('type');
  const unitTypeCode = unitTypes.some((type) => type.code === typeParam) ? typeParam : null;
  const english = i18n.language.startsWith('en');
  const areas = (data.year.framework?.nodes ?? [])
    .filter((node) => node.depth === 0)
    .map((node) => ({ code: node.code, name: node.name }));

  const setType = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set('type', value);
    else next.delete('type');
    setSearchParams(next, { replace: true });
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
      {results.__typename === 'ForbiddenError' ? (
        <p className="status status-error" role="alert">
          {t(`results.denied.${results.reason}`, { defaultValue: results.message })}
        </p>
      ) : rows.length === 0 || nothingEntered ? (
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
              <select id={typeFilterId} value={unitTypeCode ?? ''} onChange={(e) => setType(e.target.value)}>
                <option value="">{t('results.allUnitTypes')}</option>
                {unitTypes.map((type) => (
                  <option key={type.code} value={type.code}>
                    {english ? type.nameEn : type.nameVi}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <ResultsRanking
            rows={rows}
            areas={areas}
            year={data.year.year}
            sort={sort}
            onSort={(key) => setSort((current) => nextRankingSort(current, key))}
            unitTypeCode={unitTypeCode}
          />
        </>
      )}
    </section>
  );
}
