import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LanguageSwitch } from '../components/language-switch';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { graphql } from '../graphql';
import { formatNumber, formatPoints, numberLocale } from '../lib/format';
import { formatDateTime, tierClass } from '../lib/results-format';
import '../components/results/results.css';

export const PublicResultsQuery = graphql(`
  query PublicResults($authorityCode: String!, $year: Int!) {
    publicResults(authorityCode: $authorityCode, year: $year) {
      authorityName
      year
      publishedAt
      groups {
        unitTypeCode
        unitTypeNameVi
        unitTypeNameEn
        rows {
          rank
          rankOf
          unitName
          points
          maxPoints
          index
          tier {
            code
            nameVi
            nameEn
          }
        }
      }
    }
  }
`);

/** "2021" → 2021; anything else (not a plain year) → null. */
function yearFromPath(value: string | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/**
 * Công khai kết quả: a published year's ranking per unit type with tiers, for anyone, without
 * signing in (the national rules require it). A year that is not published says so.
 */
export function PublicResultsPage() {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const idPrefix = useId();
  const params = useParams();
  const authorityCode = params.authorityCode ?? '';
  const year = yearFromPath(params.year);
  const [result, reexecute] = useQuery({
    query: PublicResultsQuery,
    variables: { authorityCode, year: year ?? 0 },
    pause: year === null,
  });

  const title = t('publicResults.title', { year: year ?? params.year ?? '' });
  let body: React.ReactNode;
  if (year === null) {
    body = <p className="status status-empty">{t('publicResults.invalid')}</p>;
  } else if (result.fetching && !result.data) {
    body = <Loading />;
  } else if (result.error && !result.data) {
    body = <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!result.data?.publicResults) {
    body = (
      <p className="status status-empty" role="status">
        {t('publicResults.notPublished', { year })}
      </p>
    );
  } else {
    const published = result.data.publicResults;
    body = (
      <>
        <p className="lead">{published.authorityName}</p>
        <p className="muted">{t('publicResults.publishedAt', { at: formatDateTime(published.publishedAt) })}</p>
        {published.groups.length === 0 ? <EmptyState>{t('publicResults.empty')}</EmptyState> : null}
        {published.groups.map((group) => {
          const typeName = english ? group.unitTypeNameEn : group.unitTypeNameVi;
          const headingId = `${idPrefix}-${group.unitTypeCode}`;
          const counts = new Map<number, number>();
          for (const row of group.rows) counts.set(row.rank, (counts.get(row.rank) ?? 0) + 1);
          return (
            <section key={group.unitTypeCode} className="results-group" aria-labelledby={headingId}>
              <h2 id={headingId}>{typeName}</h2>
              <div className="table-wrap">
                <table className="data-table results-table public-results-table">
                  <caption className="visually-hidden">
                    {t('publicResults.caption', { type: typeName, year: published.year })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('publicResults.columns.rank')}
                      </th>
                      <th scope="col">{t('publicResults.columns.unit')}</th>
                      <th scope="col" className="num">
                        {t('publicResults.columns.points')}
                      </th>
                      <th scope="col" className="num">
                        {t('publicResults.columns.index')}
                      </th>
                      <th scope="col">{t('publicResults.columns.tier')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.rows.map((row) => {
                      const tied = (counts.get(row.rank) ?? 0) > 1;
                      return (
                        <tr key={`${row.rank}-${row.unitName}`}>
                          <td className="num cell-rank" data-label={t('publicResults.columns.rank')}>
                            <strong>{row.rank}</strong>
                            <span className="muted">/{row.rankOf}</span>
                            {tied ? <span className="badge badge-info tie-badge">{t('results.tie')}</span> : null}
                          </td>
                          <th scope="row" className="cell-unit">
                            {row.unitName}
                          </th>
                          <td className="num cell-points" data-label={t('publicResults.columns.points')}>
                            {formatPoints(row.points, locale)}
                            <span className="muted"> / {formatPoints(row.maxPoints, locale)}</span>
                          </td>
                          <td className="num cell-index" data-label={t('publicResults.columns.index')}>
                            <strong>{formatNumber(row.index, locale)}</strong>
                          </td>
                          <td className="cell-tier">
                            <span className={tierClass(row.tier.code)}>
                              {english ? row.tier.nameEn : row.tier.nameVi}
                            </span>
                          </td>
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

  return (
    <div className="public-page">
      <header className="public-header">
        <p className="public-brand">{t('app.name')}</p>
        <div className="public-header-actions">
          <LanguageSwitch />
          <Link to="/login">{t('publicResults.login')}</Link>
        </div>
      </header>
      <main className="page public-main">
        <h1>{title}</h1>
        {body}
      </main>
    </div>
  );
}
