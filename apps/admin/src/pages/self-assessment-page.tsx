import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  ScoreCard_ScorecardLeafFragment,
  ScoreEntry_ScorecardEntryFragment,
  ScoreLeaf_FrameworkNodeFragment,
  type ScorecardLeafData,
} from '../components/score/score-fragments';
import { leafAnchor, SelfLeafCard } from '../components/score/self-leaf-card';
import { StageSubmit } from '../components/score/stage-submit';
import { StageBanner } from '../components/score/stage-banner';
import { formatInstant } from '../components/score/entry-value';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { areasWithLeaves, selfProgress } from '../lib/score-leaves';
import { unitCycleMode, unitPageMode } from '../lib/score-stage';
import { ForbiddenErrorFields, NotFoundErrorFields } from '../components/form/error-fragments';
import { UnitCycleStageFields } from '../components/score/unit-cycle-stage-fragment';

export const SelfAssessmentPageQuery = graphql(
  `
    query SelfAssessmentPage($year: Int!) {
      me {
        id
        unit {
          id
          name
          type {
            id
            code
          }
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
        framework {
          id
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

export const SelfAssessmentScorecardQuery = graphql(
  `
    query SelfAssessmentScorecard($yearId: ID!, $unitId: ID!) {
      evaluationYear(id: $yearId) {
        id
        unitCycle(unitId: $unitId) {
          asOf
          resultsLocked
          stages {
            ...UnitCycleStageFields
            viewerCanSubmit
          }
          viewerCanSaveClaim
          viewerCanSaveExplanation
        }
      }
      unitScorecard(yearId: $yearId, unitId: $unitId) {
        __typename
        ... on UnitScorecard {
          leaves {
            ...ScoreCard_ScorecardLeaf
          }
        }
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ScoreCard_ScorecardLeafFragment, ForbiddenErrorFields, NotFoundErrorFields, UnitCycleStageFields],
);

/**
 * "Tự đánh giá" (the unit's officer): the year's framework as a checklist of the leaves that apply
 * to the unit's type, grouped by area, with the unit's progress; each leaf opens the input its
 * method takes, the evidence and the explanation, saved as a draft. The stage's window and the day
 * the server computed it for are at the top; outside the window (or once submitted) it is read-only
 * and says why. During the explanation stage round 1's appraisal shows next to the claim and the
 * unit writes its explanation.
 */
export function SelfAssessmentPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const [result, reexecute] = useQuery({ query: SelfAssessmentPageQuery, variables: { year } });
  const data = result.data;
  const unit = data?.me?.unit ?? null;
  const yearData = data?.year ?? null;
  const [card, reexecuteCard] = useQuery({
    query: SelfAssessmentScorecardQuery,
    variables: { yearId: yearData?.id ?? '', unitId: unit?.id ?? '' },
    pause: !yearData || !unit,
  });
  const [openCodes, setOpenCodes] = useState<ReadonlySet<string>>(() => new Set());
  /** the confirmation of a submission: shown in the banner (the submit part disappears), with focus */
  const [submittedText, setSubmittedText] = useState<string | null>(null);
  const focusPending = useRef(false);
  /** focuses the confirmation when it appears, and again when the page re-renders it after the focus fell to the body */
  const submittedRef = useCallback((element: HTMLParagraphElement | null) => {
    if (!element) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focusPending.current || lost) {
      focusPending.current = false;
      element.focus();
    }
  }, []);
  const toggle = (code: string) =>
    setOpenCodes((codes) => {
      const next = new Set(codes);
      if (!next.delete(code)) next.add(code);
      return next;
    });

  const nodes = useMemo(
    () => (yearData?.framework?.nodes ?? []).map((node) => readFragment(ScoreLeaf_FrameworkNodeFragment, node)),
    [yearData?.framework?.nodes],
  );
  const areas = useMemo(() => areasWithLeaves(nodes, unit?.type.code ?? ''), [nodes, unit?.type.code]);
  const scorecard = card.data?.unitScorecard;
  const cards = useMemo(() => {
    const byCode = new Map<string, ScorecardLeafData>();
    if (scorecard?.__typename !== 'UnitScorecard') return byCode;
    for (const ref of scorecard.leaves) {
      const leaf = readFragment(ScoreCard_ScorecardLeafFragment, ref);
      byCode.set(leaf.code, {
        ...leaf,
        entries: leaf.entries.map((e) => readFragment(ScoreEntry_ScorecardEntryFragment, e)),
      });
    }
    return byCode;
  }, [scorecard]);

  if (result.fetching && !data) return <Loading />;
  if (result.error && !data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!yearData) return <EmptyState>{t('app.yearNotFound', { year })}</EmptyState>;

  const title = (
    <h1 id="self-assessment-title">
      {t('selfAssessment.title', { year: yearData.year })}
      {unit ? <span className="score-unit-name"> — {unit.name}</span> : null}
    </h1>
  );
  if (!unit)
    return (
      <section aria-labelledby="self-assessment-title">
        {title}
        <EmptyState>{t('selfAssessment.noUnit')}</EmptyState>
      </section>
    );
  if (!yearData.framework || areas.length === 0)
    return (
      <section aria-labelledby="self-assessment-title">
        {title}
        <EmptyState>{yearData.framework ? t('selfAssessment.noLeaves') : t('selfAssessment.noFramework')}</EmptyState>
      </section>
    );

  const published = yearData.status === 'PUBLISHED';
  const cycle = card.data?.evaluationYear?.unitCycle ?? null;
  const mode = cycle ? unitCycleMode(cycle, { published }) : unitPageMode(yearData.stages, { published });
  const progress = selfProgress(areas, (code) => cards.get(code)?.entries);
  const submittable = mode.stage && mode.source !== null && mode.stage.viewerCanSubmit ? mode.stage : null;
  /** A leaf named by a submission problem: open it and move there. */
  const showLeaf = (code: string) => {
    setOpenCodes((codes) => new Set(codes).add(code));
    window.setTimeout(() => document.getElementById(leafAnchor(code))?.focus(), 0);
  };

  return (
    <section aria-labelledby="self-assessment-title" className="score-page">
      {title}
      <StageBanner
        asOf={cycle?.asOf ?? yearData.asOf}
        stage={mode.stage}
        why={mode.why}
        confirmation={submittedText ? { text: submittedText, ref: submittedRef } : null}
      />
      <div className="score-progress">
        <label htmlFor="self-assessment-progress">
          {t('selfAssessment.progress', { done: progress.done, total: progress.total })}
        </label>
        <progress id="self-assessment-progress" max={progress.total || 1} value={progress.done} />
      </div>
      {submittable && (submittable.stage === 'SELF_ASSESSMENT' || submittable.stage === 'EXPLANATION') ? (
        <StageSubmit
          yearId={yearData.id}
          unitId={unit.id}
          unitName={unit.name}
          stage={submittable.stage}
          progress={t('selfAssessment.progress', { done: progress.done, total: progress.total })}
          leafName={(code) => nodes.find((n) => n.code === code)?.name ?? ''}
          onShowLeaf={showLeaf}
          onSubmitted={(submission) => {
            focusPending.current = true;
            setSubmittedText(
              t(`selfAssessment.submit.done.${submission.stage}`, {
                date: formatInstant(submission.submittedAt),
                name: submission.submittedByName ?? '—',
              }),
            );
          }}
        />
      ) : null}
      {card.error && !card.data ? (
        <ErrorMessage error={card.error} onRetry={() => reexecuteCard({ requestPolicy: 'network-only' })} />
      ) : null}
      {scorecard && scorecard.__typename !== 'UnitScorecard' ? (
        <p className="warning" role="alert">
          {scorecard.message}
        </p>
      ) : null}
      {areas.map(({ area, leaves }) => (
        <section key={area.id} className="score-area" aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`}>
            {area.code}. {area.name}
          </h2>
          <ul className="score-cards">
            {leaves.map((leaf) => (
              <SelfLeafCard
                key={leaf.id}
                yearId={yearData.id}
                unitId={unit.id}
                leaf={leaf}
                card={cards.get(leaf.code)}
                source={mode.source}
                open={openCodes.has(leaf.code)}
                onToggle={() => toggle(leaf.code)}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
