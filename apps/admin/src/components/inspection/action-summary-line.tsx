import './actions.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeafSummary } from '../../lib/corrective-actions';

/**
 * "Kiểm tra: 3/4 hành động khắc phục đã xác minh, 1 quá hạn" on a criterion that inspection
 * findings point at, for appraisers and the scorecard, with a link to the unit's actions.
 */
export function ActionSummaryLine({
  summary,
  unitId,
  year,
}: {
  summary: LeafSummary | undefined;
  unitId: string;
  year: number;
}) {
  const { t } = useTranslation();
  if (!summary || summary.total === 0) return null;
  const text =
    summary.overdue > 0
      ? t('correctiveActions.summaryOverdue', { ...summary })
      : t('correctiveActions.summary', { ...summary });
  return (
    <p className={summary.overdue > 0 ? 'action-summary action-summary-overdue' : 'action-summary'}>
      {text} ·{' '}
      <Link to={`/corrective-actions?year=${year}&unit=${encodeURIComponent(unitId)}`}>
        {t('correctiveActions.summaryLink')}
      </Link>
    </p>
  );
}
