import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AdjustmentsSection } from '../components/score/adjustments-section';
import { AppraisalLeafCard } from '../components/score/appraisal-leaf-card';
import { AppraisalUnitList, AppraisalUnitList_UnitCycleSummaryFragment } from '../components/score/appraisal-unit-list';
import { formatInstant } from '../components/score/entry-value';
import { ReopenStageDialog } from '../components/score/reopen-stage-dialog';
import {
  ScoreAppraisal_ScorecardLeafFragment,
  ScoreEntry_ScorecardEntryFragment,
  ScoreLeaf_FrameworkNodeFragment,
  type ScorecardLeafData,
} from '../components/score/score-fragments';
import { StageBanner } from '../components/score/stage-banner';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { formatDate, formatPoints, numberLocale } from '../lib/format';
import { areasWithLeaves, entryFrom } from '../lib/score-leaves';
import { summariesByLeaf } from '../lib/corrective-actions';
import { isSelfScored } from '../lib/score-method';
import { type AppraisalMode, appraisalMode } from '../lib/score-stage';
import { ForbiddenErrorFields, NotFoundErrorFields } from '../components/form/error-fragments';
import { UnitCycleStageFields } from '../components/score/unit-cycle-stage-fragment';

export const AppraisalPageQuery = graphql(
  `
    query AppraisalPage($year: Int!) {
      unitTypes {
        id
        code
        nameVi
        nameEn
        scored
        units {
          id
          name
          active
        }
      }
      year(year: $year) {
        id
        year
        status
        asOf
        stages {
          stage
          opensOn
          closesOn
          state
        }
        results {
          __typename
          ... on YearResults {
            rows {
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
            }
          }
        }
        framework {
          id
          bonusCap
          penaltyCap
          nodes {
            id
            ...ScoreLeaf_FrameworkNode
          }
        }
      }
    }
  `,
  [ScoreLeaf_FrameworkNodeFragment],
);

export const AppraisalUnitQuery = graphql(
  `
    query AppraisalUnit($yearId: ID!, $unitId: ID!) {
      evaluationYear(id: $yearId) {
        id
        inspectionSummaries(unitId: $unitId) {
          leafCode
          total
          verified
          overdue
        }
        unitCycle(unitId: $unitId) {
          asOf
          resultsLocked
          stages {
            ...UnitCycleStageFields
          }
          viewerCanAppraise
          viewerCanAdjust
          viewerCanReopen
        }
      }
      unitScorecard(yearId: $yearId, unitId: $unitId) {
        __typename
        ... on UnitScorecard {
          unit {
            id
            name
          }
          unitType {
            id
            code
          }
          points
          maxPoints
          index
          bonus
          penalty
          leaves {
            ...ScoreAppraisal_ScorecardLeaf
          }
          adjustments {
            id
            kind
            points
            reason
            createdAt
            version
            evidence {
              id
              fileName
              url
            }
          }
        }
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ScoreAppraisal_ScorecardLeafFragment, ForbiddenErrorFields, NotFoundErrorFields, UnitCycleStageFields],
);

/** Every unit's state at a glance (its own query: read again alone after a save, a submission or a reopening). */
export const AppraisalUnitsQuery = graphql(
  `
    query AppraisalUnits($yearId: ID!) {
      evaluationYear(id: $yearId) {
        id
        unitCycles {
          ...AppraisalUnitList_UnitCycleSummary
        }
      }
    }
  `,
  [AppraisalUnitList_UnitCycleSummaryFragment],
);

interface UnitGroup {
  type: { id: string; nameVi: string; nameEn: string };
  units: { id: string; name: string }[];
}

/**
 * The units to appraise: the year's scored units with their names in that year, by unit type (from
 * the year's ranking rows); without them (no ranking readable), the scored types' active units now.
 */
function scoredUnitsOfYear(
  results: {
    __typename: string;
    rows?: readonly { unit: { id: string }; unitName: string; unitType: UnitGroup['type'] }[];
  },
  unitTypes: readonly {
    id: string;
    nameVi: string;
    nameEn: string;
    scored: boolean;
    units: readonly { id: string; name: string; active: boolean }[];
  }[],
): UnitGroup[] {
  if (results.__typename === 'YearResults' && results.rows && results.rows.length > 0) {
    const groups = new Map<string, UnitGroup>();
    for (const row of results.rows) {
      const group = groups.get(row.unitType.id) ?? { type: row.unitType, units: [] };
      group.units.push({ id: row.unit.id, name: row.unitName });
      groups.set(row.unitType.id, group);
    }
    for (const group of groups.values()) group.units.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return [...groups.values()];
  }
  return unitTypes
    .filter((type) => type.scored)
    .map((type) => ({ type, units: type.units.filter((u) => u.active) }))
    .filter((group) => group.units.length > 0);
}

/** The round open by the calendar, narrowed by what the server says the viewer may do for this unit now. */
function unitMode(mode: AppraisalMode, cycle: { viewerCanAppraise: boolean } | null): AppraisalMode {
  if (!cycle || cycle.viewerCanAppraise || !mode.round) return mode;
  return { ...mode, round: null, canMarkNotApplicable: false, why: mode.why ?? 'closed' };
}

/**
 * "Thẩm định" (Home Affairs): every unit's state at a glance (submitted on dd/mm/yyyy, reopened until …,
 * x/y appraised; those waiting for appraisal first), choose a unit of the year, then per leaf the unit's claim and evidence
 * side by side with the appraisal of the round open on the server's day (round 1 or 2), with a
 * comment and a reason code where it differs from the claim; mark a leaf not applicable or override
 * it with a reason; reopen one of the unit's stages with a reason and a day. The points shown are
 * the server's.
 */
export function AppraisalPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const unitSelectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = searchParams.get('unit') ?? '';
  const [result, reexecute] = useQuery({ query: AppraisalPageQuery, variables: { year } });
  const data = result.data;
  const yearData = data?.year ?? null;
  const [unitResult, reexecuteUnit] = useQuery({
    query: AppraisalUnitQuery,
    variables: { yearId: yearData?.id ?? '', unitId },
    pause: !yearData || !unitId,
  });
  const [unitsResult] = useQuery({
    query: AppraisalUnitsQuery,
    variables: { yearId: yearData?.id ?? '' },
    pause: !yearData,
  });
  const [openCodes, setOpenCodes] = useState<ReadonlySet<string>>(() => new Set());
  const [reopening, setReopening] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const nodes = useMemo(
    () => (yearData?.framework?.nodes ?? []).map((node) => readFragment(ScoreLeaf_FrameworkNodeFragment, node)),
    [yearData?.framework?.nodes],
  );
  const scorecard = unitResult.data?.unitScorecard;
  const card = scorecard?.__typename === 'UnitScorecard' ? scorecard : null;
  const cards = useMemo(() => {
    const byCode = new Map<string, ScorecardLeafData>();
    for (const ref of card?.leaves ?? []) {
      const leaf = readFragment(ScoreAppraisal_ScorecardLeafFragment, ref);
      byCode.set(leaf.code, {
        ...leaf,
        entries: leaf.entries.map((e) => readFragment(ScoreEntry_ScorecardEntryFragment, e)),
      });
    }
    return byCode;
  }, [card]);
  const areas = useMemo(() => (card ? areasWithLeaves(nodes, card.unitType.code) : []), [nodes, card]);

  if (result.fetching && !data) return <Loading />;
  if (result.error && !data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!yearData) return <EmptyState>{t('app.yearNotFound', { year })}</EmptyState>;

  const unitGroups = scoredUnitsOfYear(yearData.results, data?.unitTypes ?? []);
  const cycle = unitResult.data?.evaluationYear?.unitCycle ?? null;
  const inspection = summariesByLeaf(unitResult.data?.evaluationYear?.inspectionSummaries);
  const published = yearData.status === 'PUBLISHED';
  const mode = unitMode(
    appraisalMode(cycle?.stages ?? yearData.stages, { published, locked: cycle?.resultsLocked ?? false }),
    cycle,
  );
  const toggle = (code: string) =>
    setOpenCodes((codes) => {
      const next = new Set(codes);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const chooseUnit = (id: string) => {
    setNotice(null);
    setOpenCodes(new Set());
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (id) next.set('unit', id);
        else next.delete('unit');
        return next;
      },
      { replace: true },
    );
  };

  // progress of the chosen unit: self-scored leaves claimed, and leaves appraised in the open round
  let claimed = 0;
  let selfScored = 0;
  let appraised = 0;
  let total = 0;
  for (const { leaves } of areas) {
    for (const leaf of leaves) {
      const entries = cards.get(leaf.code)?.entries;
      total += 1;
      if (mode.round && entryFrom(entries, mode.round)) appraised += 1;
      if (!isSelfScored(leaf)) continue;
      selfScored += 1;
      if (entryFrom(entries, 'SELF')) claimed += 1;
    }
  }

  return (
    <section aria-labelledby="appraisal-title" className="score-page">
      <h1 id="appraisal-title">{t('appraisal.title', { year: yearData.year })}</h1>
      <StageBanner asOf={cycle?.asOf ?? yearData.asOf} stage={mode.stage} why={mode.why} />
      {!yearData.framework ? (
        <EmptyState>{t('selfAssessment.noFramework')}</EmptyState>
      ) : unitGroups.length === 0 ? (
        <EmptyState>{t('appraisal.noUnits')}</EmptyState>
      ) : (
        <>
          <AppraisalUnitList
            units={unitsResult.data?.evaluationYear?.unitCycles ?? []}
            selectedId={unitId}
            onChoose={chooseUnit}
          />
          <div className="field score-unit-picker">
            <label htmlFor={unitSelectId}>{t('appraisal.unit')}</label>
            <select id={unitSelectId} value={unitId} onChange={(event) => chooseUnit(event.target.value)}>
              <option value="">{t('appraisal.chooseUnit')}</option>
              {unitGroups.map(({ type, units }) => (
                <optgroup key={type.id} label={english ? type.nameEn : type.nameVi}>
                  {units.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          {notice ? (
            <p className="status" role="status">
              {notice}
            </p>
          ) : null}
          {!unitId ? <EmptyState>{t('appraisal.pickUnit')}</EmptyState> : null}
          {unitId && unitResult.fetching && !unitResult.data ? <Loading /> : null}
          {unitId && unitResult.error && !unitResult.data ? (
            <ErrorMessage error={unitResult.error} onRetry={() => reexecuteUnit({ requestPolicy: 'network-only' })} />
          ) : null}
          {scorecard && scorecard.__typename !== 'UnitScorecard' ? (
            <p className="warning" role="alert">
              {scorecard.message}
            </p>
          ) : null}
          {card ? (
            <>
              <div className="score-unit-summary">
                <h2>{card.unit.name}</h2>
                <p>
                  {t('appraisal.summary', {
                    points: formatPoints(card.points, locale),
                    max: formatPoints(card.maxPoints, locale),
                    index: formatPoints(card.index, locale),
                  })}
                </p>
                <p>{t('appraisal.claimProgress', { done: claimed, total: selfScored })}</p>
                {cycle?.stages
                  .filter((stage) => stage.submittable)
                  .map((stage) => (
                    <p key={stage.stage}>
                      {stage.submittedAt
                        ? t('appraisal.submitted', {
                            stage: t(`cycleStage.${stage.stage}`),
                            date: formatInstant(stage.submittedAt),
                            name: stage.submittedByName ?? '—',
                          })
                        : t('appraisal.notSubmitted', { stage: t(`cycleStage.${stage.stage}`) })}
                      {stage.reopenedUntil
                        ? ` ${t('scoreEntry.stage.reopened', { date: formatDate(stage.reopenedUntil) })}`
                        : ''}
                    </p>
                  ))}
                {mode.round ? (
                  <p>
                    {t('appraisal.roundProgress', {
                      round: t(`cycleStage.${mode.round}`),
                      done: appraised,
                      total,
                    })}
                  </p>
                ) : null}
                {(cycle ? cycle.viewerCanReopen : !published) ? (
                  <button type="button" onClick={() => setReopening(true)}>
                    {t('appraisal.reopen.open')}
                  </button>
                ) : null}
              </div>
              {areas.map(({ area, leaves }) => (
                <section key={area.id} className="score-area" aria-labelledby={`area-${area.id}`}>
                  <h2 id={`area-${area.id}`}>
                    {area.code}. {area.name}
                  </h2>
                  <ul className="score-cards">
                    {leaves.map((leaf) => (
                      <AppraisalLeafCard
                        key={leaf.id}
                        yearId={yearData.id}
                        unitId={card.unit.id}
                        leaf={leaf}
                        card={cards.get(leaf.code)}
                        mode={mode}
                        open={openCodes.has(leaf.code)}
                        onToggle={() => toggle(leaf.code)}
                        inspection={inspection.get(leaf.code)}
                        year={year}
                      />
                    ))}
                  </ul>
                </section>
              ))}
              {yearData.framework ? (
                <AdjustmentsSection
                  yearId={yearData.id}
                  unitId={card.unit.id}
                  adjustments={card.adjustments}
                  bonusCap={yearData.framework.bonusCap}
                  penaltyCap={yearData.framework.penaltyCap}
                  canAdjust={cycle?.viewerCanAdjust ?? false}
                />
              ) : null}
              {reopening ? (
                <ReopenStageDialog
                  yearId={yearData.id}
                  unitId={card.unit.id}
                  unitName={card.unit.name}
                  asOf={yearData.asOf}
                  onClose={() => setReopening(false)}
                  onDone={(message) => {
                    setReopening(false);
                    setNotice(message);
                  }}
                />
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
