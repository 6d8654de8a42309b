import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { formatDate } from '../lib/format';

export const DueDateCell_TaskTimingFragment = graphql(`
  fragment DueDateCell_TaskTiming on TaskTiming {
    kind
    start
    end
    due
    needsPerson
    overridden
    occurrences {
      label
      start
      end
      due
    }
  }
`);

function DateText({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}

/** "Hạn": the computed due date, a badge for timings without one, each date of a recurring task. */
export function DueDateCell({ timing: timingRef }: { timing: FragmentOf<typeof DueDateCell_TaskTimingFragment> }) {
  const { t } = useTranslation();
  const timing = readFragment(DueDateCell_TaskTimingFragment, timingRef);
  const badgeKind =
    timing.kind === 'ONGOING' || timing.kind === 'TRIGGERED' || timing.kind === 'NEEDS_PERSON'
      ? timing.kind
      : timing.needsPerson
        ? 'NEEDS_PERSON'
        : null;
  return (
    <div className="due">
      {badgeKind ? (
        <span className={`badge badge-timing badge-${badgeKind.toLowerCase().replace('_', '-')}`}>
          {t(`plan.timing.${badgeKind}`)}
        </span>
      ) : null}
      {timing.kind !== 'RECURRING' && timing.due ? <DateText value={timing.due} /> : null}
      {timing.kind === 'RECURRING' && timing.occurrences.length > 0 ? (
        <ul className="occurrences" aria-label={t('plan.timing.occurrences')}>
          {timing.occurrences.map((occurrence) => (
            <li key={`${occurrence.label}-${occurrence.due}`}>
              <span className="occurrence-label">{occurrence.label}:</span> <DateText value={occurrence.due} />
            </li>
          ))}
        </ul>
      ) : null}
      {timing.overridden ? <span className="badge badge-info">{t('plan.timing.overridden')}</span> : null}
    </div>
  );
}
