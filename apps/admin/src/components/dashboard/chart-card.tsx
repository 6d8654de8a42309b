import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dashboard chart with the table behind it: the table is always in the page (screen readers read
 * it; visually hidden until "Xem bảng"), the chart is drawn beside it (aria-hidden) once its lazy
 * chunk has arrived.
 */
export function ChartCard({
  title,
  caption,
  chart,
  table,
  empty,
  className,
}: {
  title: string;
  /** the table's caption (what it holds), read by screen readers */
  caption: string;
  chart: React.ReactNode;
  /** a <table> body: rendered inside the card's table with its caption */
  table: React.ReactNode;
  /** shown instead of the chart and table when there is nothing to draw */
  empty?: string | null;
  className?: string;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  return (
    <section className={`card dash-card ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="dash-card-head">
        <h2 id={headingId}>{title}</h2>
        {empty ? null : (
          <button
            type="button"
            className="link-button no-print"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('evaluation.hideTable') : t('evaluation.showTable')}
          </button>
        )}
      </div>
      {empty ? (
        <p className="status status-empty">{empty}</p>
      ) : (
        <>
          {showTable ? null : (
            <div className="dash-chart" aria-hidden="true">
              <Suspense fallback={<p className="status">{t('evaluation.chartLoading')}</p>}>{chart}</Suspense>
            </div>
          )}
          <div className={showTable ? 'table-scroll dash-table' : 'visually-hidden'}>
            <table>
              <caption>{caption}</caption>
              {table}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
