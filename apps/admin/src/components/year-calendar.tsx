import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { formatDate } from '../lib/format';
import { YearStatusAction, YearStatusAction_EvaluationYearFragment } from './year/year-status-action';

export const YearCalendar_EvaluationYearFragment = graphql(
  `
  fragment YearCalendar_EvaluationYear on EvaluationYear {
    id
    asOf
    ...YearStatusAction_EvaluationYear
    stages {
      stage
      opensOn
      closesOn
      state
    }
    currentStage {
      stage
      closesOn
    }
    nextDeadline {
      stage
      closesOn
    }
  }
`,
  [YearStatusAction_EvaluationYearFragment],
);

const STATE_BADGE = { UPCOMING: 'badge', OPEN: 'badge badge-in-progress', CLOSED: 'badge badge-done' } as const;

/**
 * The year's evaluation calendar: the server's day, the year's stage (with "Chuyển trạng thái năm"
 * for those who manage it), the stage open on it, the next deadline and every stage.
 */
export function YearCalendar({
  year,
  onReload,
}: {
  year: FragmentOf<typeof YearCalendar_EvaluationYearFragment>;
  /** reads the page's data again (after a conflict) */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const data = readFragment(YearCalendar_EvaluationYearFragment, year);
  const allClosed = data.stages.length > 0 && data.stages.every((stage) => stage.state === 'CLOSED');

  return (
    <section className="calendar" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('calendar.title')}</h2>
      <p className="muted">{t('calendar.asOf', { date: formatDate(data.asOf) })}</p>
      <YearStatusAction year={data} onReload={onReload} />
      <p className="calendar-current">
        {data.currentStage
          ? t('calendar.current', {
              stage: t(`cycleStage.${data.currentStage.stage}`),
              date: formatDate(data.currentStage.closesOn),
            })
          : allClosed
            ? t('calendar.finished')
            : t('calendar.between')}
      </p>
      {data.nextDeadline && (
        <p className="calendar-next">
          {t('calendar.nextDeadline', {
            stage: t(`cycleStage.${data.nextDeadline.stage}`),
            date: formatDate(data.nextDeadline.closesOn),
          })}
        </p>
      )}
      <ol className="calendar-stages" aria-label={t('calendar.stages')}>
        {data.stages.map((stage) => (
          <li
            key={stage.stage}
            className={stage.state === 'OPEN' ? 'calendar-stage calendar-stage-open' : 'calendar-stage'}
          >
            <span className="calendar-stage-name">{t(`cycleStage.${stage.stage}`)}</span>
            <span className="calendar-stage-dates">
              <time dateTime={stage.opensOn}>{formatDate(stage.opensOn)}</time> –{' '}
              <time dateTime={stage.closesOn}>{formatDate(stage.closesOn)}</time>
            </span>
            <span className={STATE_BADGE[stage.state]}>{t(`stageState.${stage.state}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
