import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { formatInstant } from '../score/entry-value';
import type { ActionCardData } from './action-fragments';

export type ActionStep = 'submit' | 'verify' | 'reopen';

/**
 * One corrective action: its status (and an overdue flag), what to fix and by when, the weakness
 * and the visit it comes from, the unit's last report with its evidence, the history, and the
 * buttons the server says the viewer may use.
 */
export function ActionCard({ action, onStep }: { action: ActionCardData; onStep: (step: ActionStep) => void }) {
  const { t } = useTranslation();
  const headingId = `action-${action.id}`;
  return (
    <li className={`action-card action-${action.status.toLowerCase()}`} aria-labelledby={headingId}>
      <p className="action-badges">
        <span className={`badge badge-${action.status.toLowerCase()}`}>
          {t(`correctiveActions.statuses.${action.status}`)}
        </span>
        {action.overdue ? <span className="badge badge-overdue">{t('correctiveActions.overdue')}</span> : null}
        <span className="muted">{t('correctiveActions.due', { date: formatDate(action.dueDate) })}</span>
      </p>
      <h3 id={headingId}>{action.description}</h3>
      <p>{t('correctiveActions.owner', { unit: action.owner.name })}</p>
      <p className="muted">
        {t('correctiveActions.finding', { text: action.finding.description })}
        {action.finding.criterion
          ? ` · ${t('correctiveActions.criterion', { code: action.finding.criterion.code })}`
          : ''}
        {' · '}
        {t('correctiveActions.visit', {
          unit: action.finding.visit.unitName,
          date: formatDate(action.finding.visit.date),
        })}
      </p>
      {action.fixNote ? <p>{t('correctiveActions.fixNote', { note: action.fixNote })}</p> : null}
      {action.evidence.length > 0 ? (
        <div>
          <p className="muted">{t('correctiveActions.evidence')}</p>
          <ul className="score-evidence">
            {action.evidence.map((file) => (
              <li key={file.id}>
                <a href={file.url} target="_blank" rel="noopener">
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details>
        <summary>{t('correctiveActions.history', { count: action.events.length })}</summary>
        <ol className="action-history">
          {action.events.map((event) => (
            <li key={event.id}>
              {t('correctiveActions.event', {
                date: formatInstant(event.at),
                who: event.actorName ?? t('correctiveActions.someone'),
                step: t(`correctiveActions.steps.${event.toStatus}`),
              })}
              {event.note ? <q>{event.note}</q> : null}
            </li>
          ))}
        </ol>
      </details>
      {action.viewerCanSubmitFix || action.viewerCanVerify || action.viewerCanReopen ? (
        <div className="action-buttons">
          {action.viewerCanSubmitFix ? (
            <button type="button" className="primary" onClick={() => onStep('submit')}>
              {t('correctiveActions.submitFix')}
            </button>
          ) : null}
          {action.viewerCanVerify ? (
            <button type="button" className="primary" onClick={() => onStep('verify')}>
              {t('correctiveActions.verify')}
            </button>
          ) : null}
          {action.viewerCanReopen ? (
            <button type="button" onClick={() => onStep('reopen')}>
              {t('correctiveActions.reopen')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
