// The evaluation dashboard ("Đánh giá"): the year's evaluation in charts for leadership, Home
// Affairs and the administrator. Every aggregate comes from the server (EvaluationYear.dashboard);
// the charts (recharts) load lazily, each with its table in the page for screen readers. Filters
// live in the URL: ?year=&type=&area=&asOf=YYYY-MM-DD&unit=. Without ?year= the page opens on the
// most recent PUBLISHED year (its results are final; a live year's ranking changes every day), else
// on the year the header chose.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AppLayoutYearsQuery } from '../components/app-layout';
import { ActionsFunnel, ActionsFunnel_EvaluationDashboardFragment } from '../components/dashboard/actions-funnel';
import { DashboardFilters, type DashboardFilterValues } from '../components/dashboard/dashboard-filters';
import { DashboardTiles, DashboardTiles_EvaluationDashboardFragment } from '../components/dashboard/dashboard-tiles';
import { HeatMap, HeatMap_EvaluationDashboardFragment } from '../components/dashboard/heat-map';
import {
  PlanProgress_EvaluationDashboardFragment,
  PlanProgressSection,
} from '../components/dashboard/plan-progress-section';
import { RankingSection, RankingSection_EvaluationDashboardFragment } from '../components/dashboard/ranking-section';
import {
  SatisfactionSection,
  SatisfactionSection_EvaluationDashboardFragment,
} from '../components/dashboard/satisfaction-section';
import {
  UnitProfile_DashboardUnitProfileFragment,
  UnitProfileSection,
} from '../components/dashboard/unit-profile-section';
import { ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import { formatDate } from '../lib/format';
import '../components/dashboard/dashboard.css';

export const EvaluationDashboardPageQuery = graphql(
  `
    query EvaluationDashboardPage($year: Int!, $unitTypeId: ID, $areaCode: String, $asOf: Date) {
      unitTypes {
        id
        code
        nameVi
        nameEn
        scored
      }
      year(year: $year) {
        id
        year
        title
        status
        dashboard(unitTypeId: $unitTypeId, areaCode: $areaCode, asOf: $asOf) {
          __typename
          ... on Error {
            message
            code
          }
          ... on EvaluationDashboard {
            asOf
            published
            areas {
              code
              name
              nameEn
            }
            ranking {
              unitTypeId
              bars {
                unitId
                unitName
              }
            }
            ...DashboardTiles_EvaluationDashboard
            ...RankingSection_EvaluationDashboard
            ...HeatMap_EvaluationDashboard
            ...SatisfactionSection_EvaluationDashboard
            ...ActionsFunnel_EvaluationDashboard
            ...PlanProgress_EvaluationDashboard
          }
        }
      }
    }
  `,
  [
    DashboardTiles_EvaluationDashboardFragment,
    RankingSection_EvaluationDashboardFragment,
    HeatMap_EvaluationDashboardFragment,
    SatisfactionSection_EvaluationDashboardFragment,
    ActionsFunnel_EvaluationDashboardFragment,
    PlanProgress_EvaluationDashboardFragment,
  ],
);

export const EvaluationDashboardUnitQuery = graphql(
  `
    query EvaluationDashboardUnit($year: Int!, $asOf: Date, $unitId: ID!) {
      year(year: $year) {
        id
        dashboard(asOf: $asOf) {
          __typename
          ... on EvaluationDashboard {
            unitProfile(unitId: $unitId) {
              ...UnitProfile_DashboardUnitProfile
            }
          }
        }
      }
    }
  `,
  [UnitProfile_DashboardUnitProfileFragment],
);

// The annual report panel (downloads, the issued record, the issue form) loads with its form code
// only when the dashboard is drawn: it stays out of the first screen's JavaScript.
const AnnualReportPanel = lazy(() =>
  import('../components/annual-report/annual-report-panel').then((m) => ({ default: m.AnnualReportPanel })),
);

export function EvaluationDashboardPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const selectedYear = useSelectedYear();
  const [params, setParams] = useSearchParams();
  const [yearsResult] = useQuery({ query: AppLayoutYearsQuery, pause: params.has('year') });

  // no ?year=: open the most recent published year (the layout shows the newest year otherwise)
  useEffect(() => {
    if (params.has('year') || !yearsResult.data) return;
    const published = yearsResult.data.years.filter((y) => y.status === 'PUBLISHED').map((y) => y.year);
    if (published.length === 0) return;
    const next = new URLSearchParams(params);
    next.set('year', String(Math.max(...published)));
    setParams(next, { replace: true });
  }, [params, yearsResult.data, setParams]);

  const filters: DashboardFilterValues = {
    unitTypeId: params.get('type'),
    areaCode: params.get('area'),
    asOf: params.get('asOf'),
  };
  const waitingForYear = !params.has('year') && !yearsResult.data && !yearsResult.error;
  const [result, reexecute] = useQuery({
    query: EvaluationDashboardPageQuery,
    variables: { year: selectedYear, ...filters },
    pause: waitingForYear,
  });
  const dashboard = result.data?.year?.dashboard;
  const ready = dashboard?.__typename === 'EvaluationDashboard' ? dashboard : null;
  const units = useMemo(
    () => (ready ? ready.ranking.flatMap((g) => g.bars.map((b) => ({ unitId: b.unitId, unitName: b.unitName }))) : []),
    [ready],
  );
  const unitId = params.get('unit') ?? units[0]?.unitId ?? null;
  const [unitResult] = useQuery({
    query: EvaluationDashboardUnitQuery,
    variables: { year: selectedYear, asOf: filters.asOf, unitId: unitId ?? '' },
    pause: !ready || unitId === null,
  });

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  if (waitingForYear || (result.fetching && !result.data)) return <Loading />;
  if (result.error && !result.data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const year = result.data?.year;
  if (!year) return <p className="status status-empty">{t('app.yearNotFound', { year: selectedYear })}</p>;
  if (!ready) {
    return (
      <p className="status status-error" role="alert">
        {dashboard && 'message' in dashboard ? dashboard.message : t('evaluation.forbidden')}
      </p>
    );
  }
  const unitDashboard = unitResult.data?.year?.dashboard;
  const profile = unitDashboard?.__typename === 'EvaluationDashboard' ? (unitDashboard.unitProfile ?? null) : null;

  return (
    <section aria-labelledby="evaluation-title" className="dash">
      <div className="page-head dash-head">
        <h1 id="evaluation-title">{t('evaluation.title', { year: year.year })}</h1>
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('evaluation.print')}
        </button>
      </div>
      <p className="lead">{year.title}</p>
      <p className="muted">
        {t('evaluation.asOfLine', { date: formatDate(ready.asOf) })} ·{' '}
        {ready.published ? t('evaluation.published') : t('evaluation.live')}
      </p>
      <DashboardFilters
        key={`${selectedYear}|${filters.asOf ?? ''}`}
        values={filters}
        effectiveAsOf={ready.asOf}
        unitTypes={result
          .data!.unitTypes.filter((u) => u.scored)
          .map((u) => ({ id: u.id, name: en ? u.nameEn : u.nameVi }))}
        areas={ready.areas.map((a) => ({ code: a.code, name: en ? (a.nameEn ?? a.name) : a.name }))}
        onChange={(next) => setParam({ type: next.unitTypeId, area: next.areaCode, asOf: next.asOf })}
      />
      <h2 className="visually-hidden">{t('evaluation.tilesHeading')}</h2>
      <DashboardTiles data={ready} year={year.year} />
      <div className="dash-grid">
        <RankingSection data={ready} year={year.year} />
        <UnitProfileSection
          data={profile}
          units={units}
          selected={unitId}
          onSelect={(id) => setParam({ unit: id })}
          year={year.year}
        />
        <HeatMap data={ready} />
        <SatisfactionSection data={ready} />
        <ActionsFunnel data={ready} />
        <PlanProgressSection data={ready} />
      </div>
      <div className="no-print">
        <Suspense fallback={<Loading />}>
          <AnnualReportPanel yearId={year.id} />
        </Suspense>
      </div>
    </section>
  );
}
