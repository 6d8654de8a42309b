import { ActionSummaryLine } from '../components/inspection/action-summary-line';
import { summariesByLeaf } from '../lib/corrective-actions';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ScorecardLeaf, ScorecardLeaf_ScorecardLeafFragment } from '../components/results/scorecard-leaf';
import { useWhatIf, WhatIfField, WhatIfPanel } from '../components/results/what-if-panel';
import { ErrorMessage, Loading } from '../components/status';
import { useAppContext, useSelectedYear } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { formatNumber, formatPoints, numberLocale } from '../lib/format';
import { formatDateTime, tierClass } from '../lib/results-format';
import '../components/results/results.css';
import { ForbiddenErrorFields, NotFoundErrorFields } from '../components/form/error-fragments';

export const ScorecardYearQuery = graphql(`
  query ScorecardYear($year: Int!) {
    year(year: $year) {
      id
      year
      viewerCanReadResults
      framework {
        id
        nodes {
          id
          code
          name
          depth
        }
      }
      results {
        __typename
        ... on YearResults {
          rows {
            unit {
              id
            }
            unitType {
              id
              code
            }
            rank
            rankOf
          }
        }
      }
    }
  }
`);

export const ScorecardPageQuery = graphql(
  `
    query ScorecardPage($yearId: ID!, $unitId: ID!) {
      evaluationYear(id: $yearId) {
        id
        inspectionSummaries(unitId: $unitId) {
          leafCode
          total
          verified
          overdue
        }
      }
      unitScorecard(yearId: $yearId, unitId: $unitId) {
        __typename
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
        ... on UnitScorecard {
          unit {
            id
            name
          }
          unitType {
            id
            code
            nameVi
            nameEn
          }
          points
          earned
          bonus
          penalty
          maxPoints
          index
          tier {
            code
            nameVi
            nameEn
          }
          areaIndices {
            areaCode
            index
          }
          missing
          warnings
          adjustments {
            id
            kind
            points
            reason
            createdAt
          }
          leaves {
            ...ScorecardLeaf_ScorecardLeaf
          }
        }
      }
    }
  `,
  [ScorecardLeaf_ScorecardLeafFragment, ForbiddenErrorFields, NotFoundErrorFields],
);

/**
 * One unit's scorecard: "why does this unit have 77,02?" in one screen: the index, tier and rank,
 * the area sub-indices, bonus and penalty with reasons, then every leaf by area with its points,
 * source, rule, inputs, superseded values and entries. What-if (for those who may read the whole
 * ranking) asks the server for the index, tier and rank with other points, without saving.
 */
export function ScorecardPage() {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const year = useSelectedYear();
  const { permissions } = useAppContext();
  const { unitId = '' } = useParams();
  const [yearResult, reexecuteYear] = useQuery({ query: ScorecardYearQuery, variables: { year } });
  const yearData = yearResult.data?.year;
  const [cardResult, reexecuteCard] = useQuery({
    query: ScorecardPageQuery,
    variables: { yearId: yearData?.id ?? '', unitId },
    pause: !yearData,
  });
  const card = cardResult.data?.unitScorecard;
  const inspection = summariesByLeaf(cardResult.data?.evaluationYear?.inspectionSummaries);
  const scorecard = card?.__typename === 'UnitScorecard' ? card : null;
  // each leaf's own fields (the page groups by area; what-if needs the points and maximum)
  const leaves = useMemo(
    () => (scorecard?.leaves ?? []).map((ref) => ({ ref, ...readFragment(ScorecardLeaf_ScorecardLeafFragment, ref) })),
    [scorecard],
  );
  const whatIfLeaves = useMemo(
    () =>
      leaves
        .filter((leaf) => leaf.applicable)
        .map((leaf) => ({ code: leaf.code, maxPoints: leaf.maxPoints, points: leaf.points })),
    [leaves],
  );
  const whatIf = useWhatIf(yearData?.id ?? null, unitId, whatIfLeaves);

  if ((yearResult.fetching && !yearResult.data) || (cardResult.fetching && !cardResult.data)) return <Loading />;
  if (yearResult.error && !yearResult.data)
    return <ErrorMessage error={yearResult.error} onRetry={() => reexecuteYear({ requestPolicy: 'network-only' })} />;
  if (!yearData) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;
  // a field's error leaves data with a null scorecard beside the error: still an error, not loading
  if (cardResult.error && !card)
    return <ErrorMessage error={cardResult.error} onRetry={() => reexecuteCard({ requestPolicy: 'network-only' })} />;
  if (!card) return <Loading />;

  const back = permissions.viewResults ? (
    <p>
      <Link to={`/results?year=${yearData.year}`}>{t('results.scorecard.back', { year: yearData.year })}</Link>
    </p>
  ) : null;
  if (card.__typename !== 'UnitScorecard') {
    return (
      <section>
        {back}
        <p className="status status-error" role="alert">
          {card.__typename === 'ForbiddenError'
            ? t(`results.denied.${card.reason}`, { defaultValue: card.message })
            : t('results.scorecard.notFound')}
        </p>
      </section>
    );
  }

  const s = card;
  const typeName = english ? s.unitType.nameEn : s.unitType.nameVi;
  // the unit's peers: units are ranked within their type
  const ranking =
    yearData.results.__typename === 'YearResults'
      ? yearData.results.rows.filter((row) => row.unitType.code === s.unitType.code)
      : [];
  const standing = ranking.find((row) => row.unit.id === s.unit.id);
  const tied = standing ? ranking.filter((row) => row.rank === standing.rank).length > 1 : false;
  // the domain's warnings repeat the missing leaves (shown above in the UI's language)
  const warnings = s.warnings.filter((w) => !(s.missing.length > 0 && w.endsWith(s.missing.join(', '))));
  const areas = (yearData.framework?.nodes ?? []).filter((node) => node.depth === 0);
  const areaName = (code: string) => areas.find((area) => area.code === code)?.name ?? '';
  // leaves by area, in the framework's order (the server's leaf order)
  const byArea = new Map<string, typeof leaves>();
  for (const leaf of leaves) byArea.set(leaf.areaCode, [...(byArea.get(leaf.areaCode) ?? []), leaf]);
  const canWhatIf = yearData.viewerCanReadResults;

  return (
    <article className="scorecard" aria-labelledby="scorecard-title">
      {back}
      <h1 id="scorecard-title">{t('results.scorecard.title', { unit: s.unit.name })}</h1>
      <p className="lead">{t('results.scorecard.subtitle', { type: typeName, year: yearData.year })}</p>

      <dl className="stats scorecard-summary">
        <div className="stat">
          <dt>{t('results.scorecard.index')}</dt>
          <dd>{formatNumber(s.index, locale)}</dd>
        </div>
        <div className="stat">
          <dt>{t('results.scorecard.tier')}</dt>
          <dd>
            <span className={tierClass(s.tier.code)}>{english ? s.tier.nameEn : s.tier.nameVi}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>{t('results.scorecard.rankIn', { type: typeName })}</dt>
          <dd>
            {standing ? t('results.scorecard.rankValue', { rank: standing.rank, of: standing.rankOf }) : '—'}
            {tied ? <span className="badge badge-info tie-badge">{t('results.tie')}</span> : null}
          </dd>
        </div>
      </dl>
      <p className="scorecard-formula">
        {t('results.scorecard.formula', {
          earned: formatPoints(s.earned, locale),
          bonus: formatPoints(s.bonus, locale),
          penalty: formatPoints(s.penalty, locale),
          points: formatPoints(s.points, locale),
          max: formatPoints(s.maxPoints, locale),
          index: formatNumber(s.index, locale),
        })}
      </p>
      {s.missing.length > 0 ? (
        <p className="status status-warn">
          {t('results.scorecard.missing', { count: s.missing.length, codes: s.missing.join(', ') })}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="scorecard-warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}

      <h2>{t('results.scorecard.areas')}</h2>
      <div className="table-wrap scorecard-areas">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('results.scorecard.area')}</th>
              <th scope="col" className="num">
                {t('results.scorecard.subIndex')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.areaIndices.map((area) => (
              <tr key={area.areaCode}>
                <th scope="row">
                  <a href={`#area-${area.areaCode}`}>
                    {area.areaCode}. {areaName(area.areaCode)}
                  </a>
                </th>
                <td className="num">
                  {area.index === null ? t('results.areaNotApplicable') : formatNumber(area.index, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('results.scorecard.adjustments')}</h2>
      {s.adjustments.length === 0 ? (
        <p className="muted">{t('results.scorecard.noAdjustments')}</p>
      ) : (
        <>
          <ul className="adjustments">
            {s.adjustments.map((adjustment) => (
              <li key={adjustment.id}>
                <span className={adjustment.kind === 'BONUS' ? 'badge badge-done' : 'badge badge-overdue'}>
                  {t(`results.scorecard.adjustmentKind.${adjustment.kind}`, { defaultValue: adjustment.kind })}{' '}
                  {adjustment.kind === 'PENALTY' ? '−' : '+'}
                  {formatPoints(adjustment.points, locale)}
                </span>{' '}
                {adjustment.reason} <span className="muted">({formatDateTime(adjustment.createdAt)})</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('results.scorecard.adjustmentsCounted', {
              bonus: formatPoints(s.bonus, locale),
              penalty: formatPoints(s.penalty, locale),
            })}
          </p>
        </>
      )}

      {canWhatIf ? <WhatIfPanel state={whatIf} typeName={typeName} /> : null}

      <h2>{t('results.scorecard.leaves')}</h2>
      {[...byArea].map(([areaCode, leaves]) => (
        <section key={areaCode} className="scorecard-area" aria-labelledby={`area-${areaCode}`}>
          <h3 id={`area-${areaCode}`} tabIndex={-1}>
            {areaCode}. {areaName(areaCode)}
          </h3>
          <ol className="scorecard-leaves">
            {leaves.map((leaf) => (
              <ScorecardLeaf
                key={leaf.code}
                leaf={leaf.ref}
                inspection={<ActionSummaryLine summary={inspection.get(leaf.code)} unitId={unitId} year={year} />}
                whatIf={
                  canWhatIf && whatIf.on && leaf.applicable ? (
                    <WhatIfField
                      state={whatIf}
                      leaf={{ code: leaf.code, maxPoints: leaf.maxPoints, points: leaf.points }}
                    />
                  ) : undefined
                }
              />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
