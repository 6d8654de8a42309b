import { useTranslation } from 'react-i18next';
import type { CriterionOption } from '../../lib/finding-form';
import type { FindingFields, OutboxItem } from '../../lib/offline-outbox';

/** One side of a conflict: what the finding says. */
function FieldsText({ fields, criteria }: { fields: FindingFields; criteria: readonly CriterionOption[] }) {
  const { t } = useTranslation();
  const criterion = criteria.find((c) => c.id === fields.frameworkNodeId);
  return (
    <>
      <p>
        {t(`visitFindings.kinds.${fields.kind}`)}
        {fields.severity ? ` · ${t(`visitFindings.severities.${fields.severity}`)}` : ''}
        {criterion ? ` · ${criterion.code}` : ''}
      </p>
      <p className="finding-text">{fields.description}</p>
    </>
  );
}

/**
 * What still waits on this device for the visit: each finding with its state (waiting to be sent,
 * refused with the server's reason, or in conflict with both values and the choice to keep one's own
 * edit or the server's finding). Nothing here is dropped without the person deciding.
 */
export function FindingOutbox({
  items,
  criteria,
  syncing,
  onDecide,
}: {
  items: readonly OutboxItem[];
  criteria: readonly CriterionOption[];
  syncing: boolean;
  onDecide: (key: string, choice: 'keepMine' | 'discard' | 'retry') => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="finding-outbox" aria-label={t('visitFindings.outboxTitle', { count: items.length })}>
      <h3>{t('visitFindings.outboxTitle', { count: items.length })}</h3>
      {syncing ? (
        <p className="muted" role="status">
          {t('visitFindings.syncing')}
        </p>
      ) : null}
      <ul className="finding-list">
        {items.map((item) => (
          <li key={item.key} className={`finding-card outbox-${item.state}`}>
            <p className="finding-badges">
              <span className={item.state === 'pending' ? 'badge badge-in-progress' : 'badge badge-overdue'}>
                {t(`visitFindings.outboxStates.${item.state}`)}
              </span>
              <span className="muted">
                {item.op === 'record' ? t('visitFindings.outboxNew') : t('visitFindings.outboxEdit')}
                {item.photos.length > 0 ? ` · ${t('visitFindings.outboxPhotos', { count: item.photos.length })}` : ''}
              </span>
            </p>
            {item.state === 'conflict' && item.current ? (
              <div className="conflict" role="alert">
                <p>{t('visitFindings.conflict')}</p>
                <div className="conflict-values">
                  <div>
                    <h4>{t('visitFindings.mine')}</h4>
                    <FieldsText fields={item.fields} criteria={criteria} />
                  </div>
                  <div>
                    <h4>{t('visitFindings.theirs')}</h4>
                    <FieldsText fields={item.current} criteria={criteria} />
                  </div>
                </div>
                <div className="dialog-actions">
                  <button type="button" className="primary" onClick={() => onDecide(item.key, 'keepMine')}>
                    {t('visitFindings.keepMine')}
                  </button>
                  <button type="button" onClick={() => onDecide(item.key, 'discard')}>
                    {t('visitFindings.keepTheirs')}
                  </button>
                </div>
              </div>
            ) : (
              <FieldsText fields={item.fields} criteria={criteria} />
            )}
            {item.state === 'failed' ? (
              <div role="alert">
                <p className="field-error">{item.message}</p>
                <div className="dialog-actions">
                  <button type="button" onClick={() => onDecide(item.key, 'retry')}>
                    {t('visitFindings.retry')}
                  </button>
                  <button type="button" onClick={() => onDecide(item.key, 'discard')}>
                    {t('visitFindings.discard')}
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
