import { useTranslation } from 'react-i18next';
import { type ReportStatus, STATUS_SYMBOL } from '../../lib/reports';
import './reports.css';

/** A report's status: a symbol and words on a colour (never the colour alone). */
export function ReportStatusBadge({ status, extended = false }: { status: ReportStatus; extended?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`report-status report-status--${status}`}>
      <span className="report-status-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      <span>{t(`reports.status.${status}`)}</span>
      {extended ? <span>({t('reports.extended')})</span> : null}
    </span>
  );
}

/** The legend of the statuses, with the rule "late = not reported". */
export function ReportLegend() {
  const { t } = useTranslation();
  return (
    <ul className="report-legend" aria-label={t('reports.legend')}>
      {(['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const).map((s) => (
        <li key={s}>
          <ReportStatusBadge status={s} />
        </li>
      ))}
    </ul>
  );
}
