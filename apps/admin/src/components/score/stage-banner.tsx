import './score.css';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { ReadOnlyWhy, StageRow } from '../../lib/score-stage';
import { formatInstant } from './entry-value';

/**
 * The top of a score page: the day the server computed the states for, the stage's window (open
 * until dd/mm/yyyy), or why the page is read-only (not open yet, closed, submitted, published).
 */
export function StageBanner({
  asOf,
  stage,
  why,
  confirmation,
}: {
  asOf: string;
  stage: StageRow | null;
  why: ReadOnlyWhy | null;
  /** What the viewer just did (e.g. submitted), kept here while the page changes under it; focusable. */
  confirmation?: { text: string; ref: React.Ref<HTMLParagraphElement> } | null;
}) {
  const { t } = useTranslation();
  const name = stage ? t(`cycleStage.${stage.stage}`) : '';
  let text: string;
  if (!why && stage) {
    text = stage.reopenedUntil
      ? t('scoreEntry.stage.reopenedOpen', {
          stage: name,
          date: formatDate(stage.reopenedUntil),
          closes: formatDate(stage.closesOn),
        })
      : t('scoreEntry.stage.open', { stage: name, date: formatDate(stage.closesOn) });
  } else {
    switch (why) {
      case 'upcoming':
        text = t('scoreEntry.stage.upcoming', { stage: name, date: formatDate(stage?.opensOn) });
        break;
      case 'closed':
        text = t('scoreEntry.stage.closed', { stage: name, date: formatDate(stage?.reopenedUntil ?? stage?.closesOn) });
        break;
      case 'submitted':
        text = t('scoreEntry.stage.submitted', {
          stage: name,
          date: formatInstant(stage?.submittedAt),
          name: stage?.submittedByName ?? '—',
        });
        break;
      case 'published':
        text = t('scoreEntry.stage.published');
        break;
      case 'locked':
        text = t('scoreEntry.stage.locked');
        break;
      default:
        text = t('scoreEntry.stage.none');
    }
  }
  return (
    <div className={why ? 'score-banner score-banner-readonly' : 'score-banner'}>
      <p className="muted">{t('calendar.asOf', { date: formatDate(asOf) })}</p>
      <p className="score-banner-text">{text}</p>
      {confirmation ? (
        <p className="status" role="status" tabIndex={-1} ref={confirmation.ref}>
          {confirmation.text}
        </p>
      ) : null}
    </div>
  );
}
