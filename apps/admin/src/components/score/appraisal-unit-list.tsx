import './appraisal-unit-list.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql';
import { formatDate } from '../../lib/format';
import { formatInstant } from './entry-value';

export const AppraisalUnitList_UnitCycleSummaryFragment = graphql(`
  fragment AppraisalUnitList_UnitCycleSummary on UnitCycleSummary {
    unitId
    unitName
    claimed
    selfScored
    round
    roundOpen
    appraised
    total
    awaitingAppraisal
    stages {
      stage
      state
      reopenedUntil
      submittedAt
    }
  }
`);

type Summary = ResultOf<typeof AppraisalUnitList_UnitCycleSummaryFragment>;
type SortKey = 'waiting' | 'name';

/** Waiting for appraisal first, then units still at work, then those appraised in full; by name within each. */
function waitingRank(u: Summary): number {
  if (u.awaitingAppraisal) return 0;
  if (u.round && u.total > 0 && u.appraised >= u.total) return 2;
  return 1;
}

export function sortUnits(units: readonly Summary[], key: SortKey): Summary[] {
  const byName = (a: Summary, b: Summary) => a.unitName.localeCompare(b.unitName, 'vi');
  return [...units].sort(key === 'name' ? byName : (a, b) => waitingRank(a) - waitingRank(b) || byName(a, b));
}

/** One submitted stage for the unit: submitted (dd/mm/yyyy), reopened until …, or not submitted. */
function SubmissionLine({ stage }: { stage: Summary['stages'][number] }) {
  const { t } = useTranslation();
  const name = t(`cycleStage.${stage.stage}`);
  if (stage.state === 'UPCOMING') return null;
  let text: string;
  if (stage.reopenedUntil && stage.state === 'OPEN' && !stage.submittedAt)
    text = t('appraisalUnits.reopened', { stage: name, date: formatDate(stage.reopenedUntil) });
  else if (stage.submittedAt)
    text = t('appraisalUnits.submitted', { stage: name, date: formatInstant(stage.submittedAt) });
  else text = t('appraisalUnits.notSubmitted', { stage: name });
  return <p>{text}</p>;
}

/**
 * Home Affairs' list of the year's units: per unit its self-assessment and explanation (submitted on
 * dd/mm/yyyy, reopened until …, not submitted), its claims and "x/y đã thẩm định" in the round, those
 * waiting for appraisal first (or by name). A unit's card chooses it. Cards at any width.
 */
export function AppraisalUnitList({
  units,
  selectedId,
  onChoose,
}: {
  units: readonly FragmentOf<typeof AppraisalUnitList_UnitCycleSummaryFragment>[];
  selectedId: string;
  onChoose: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const sortId = useId();
  const headingId = useId();
  const [sort, setSort] = useState<SortKey>('waiting');
  const rows = useMemo(
    () =>
      sortUnits(
        units.map((u) => readFragment(AppraisalUnitList_UnitCycleSummaryFragment, u)),
        sort,
      ),
    [units, sort],
  );
  if (rows.length === 0) return null;
  const waiting = rows.filter((u) => u.awaitingAppraisal).length;
  return (
    <section className="appraisal-units" aria-labelledby={headingId}>
      <div className="appraisal-units-head">
        <h2 id={headingId}>{t('appraisalUnits.title')}</h2>
        <p>{t('appraisalUnits.waitingCount', { count: waiting })}</p>
        <div className="field">
          <label htmlFor={sortId}>{t('appraisalUnits.sort')}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            <option value="waiting">{t('appraisalUnits.sortWaiting')}</option>
            <option value="name">{t('appraisalUnits.sortName')}</option>
          </select>
        </div>
      </div>
      <ul className="appraisal-unit-cards">
        {rows.map((u) => (
          <li key={u.unitId} className={u.unitId === selectedId ? 'selected' : undefined}>
            <button type="button" aria-pressed={u.unitId === selectedId} onClick={() => onChoose(u.unitId)}>
              {u.unitName}
            </button>
            {u.awaitingAppraisal ? <span className="badge">{t('appraisalUnits.awaiting')}</span> : null}
            {u.stages
              .filter((s) => s.stage === 'SELF_ASSESSMENT' || s.stage === 'EXPLANATION')
              .map((s) => (
                <SubmissionLine key={s.stage} stage={s} />
              ))}
            <p>{t('appraisalUnits.claimed', { done: u.claimed, total: u.selfScored })}</p>
            {u.round ? (
              <p>
                {t('appraisalUnits.appraised', {
                  round: t(`cycleStage.${u.round}`),
                  done: u.appraised,
                  total: u.total,
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
