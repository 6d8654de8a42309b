import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql';

export const HeatMap_EvaluationDashboardFragment = graphql(`
  fragment HeatMap_EvaluationDashboard on EvaluationDashboard {
    compliance {
      periods {
        id
        code
        nameVi
        nameEn
      }
      rows {
        unitId
        unitName
      }
      cells {
        unitId
        periodId
        status
        symbol
      }
      totals {
        onTime
        late
        missing
        pending
      }
    }
  }
`);

const STATUSES = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const;

/**
 * Report compliance as a heat map (a CSS grid: units × periods, the cell's colour and symbol). The
 * grid is drawn for the eyes; the same table is in the page for screen readers.
 */
export function HeatMap({ data }: { data: FragmentOf<typeof HeatMap_EvaluationDashboardFragment> }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const { compliance } = readFragment(HeatMap_EvaluationDashboardFragment, data);
  // the cells come as one list (the query stays within the depth limit): each row gets its own
  const rows = useMemo(() => {
    const byUnit = new Map<string, (typeof compliance.cells)[number][]>();
    for (const c of compliance.cells) {
      const list = byUnit.get(c.unitId);
      if (list) list.push(c);
      else byUnit.set(c.unitId, [c]);
    }
    return compliance.rows.map((r) => ({ ...r, cells: byUnit.get(r.unitId) ?? [] }));
  }, [compliance]);
  const label = (status: string) => t(`evaluation.reportStatus.${status}`);
  const empty = rows.length === 0 || compliance.periods.length === 0;
  return (
    <section className="card dash-card dash-wide" aria-labelledby={headingId}>
      <div className="dash-card-head">
        <h2 id={headingId}>{t('evaluation.complianceTitle')}</h2>
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
        <p className="status status-empty">{t('evaluation.noReports')}</p>
      ) : (
        <>
          <ul className="dash-legend">
            {STATUSES.map((s) => (
              <li key={s}>
                <span className={`dash-swatch heat-${s}`} aria-hidden="true" />
                {label(s)}:{' '}
                {compliance.totals[s === 'ON_TIME' ? 'onTime' : (s.toLowerCase() as 'late' | 'missing' | 'pending')]}
              </li>
            ))}
          </ul>
          {showTable ? null : (
            <div
              className="heat-grid"
              aria-hidden="true"
              style={{ gridTemplateColumns: `minmax(0, 1fr) repeat(${compliance.periods.length}, 2.6rem)` }}
            >
              <span />
              {compliance.periods.map((p) => (
                <span key={p.id} className="heat-head">
                  {p.code}
                </span>
              ))}
              {rows.map((r) => (
                <HeatRow key={r.unitId} row={r} label={label} />
              ))}
            </div>
          )}
          <div className={showTable ? 'table-wrap' : 'visually-hidden'}>
            <table className="data-table">
              <caption>{t('evaluation.complianceCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.unit')}</th>
                  {compliance.periods.map((p) => (
                    <th key={p.id} scope="col">
                      {en ? p.nameEn : p.nameVi}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.unitId}>
                    <th scope="row">{r.unitName}</th>
                    {r.cells.map((c) => (
                      <td key={c.periodId}>{label(c.status)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function HeatRow({
  row,
  label,
}: {
  row: { unitName: string; cells: ReadonlyArray<{ periodId: string; status: string; symbol: string }> };
  label: (status: string) => string;
}) {
  return (
    <>
      <span className="heat-unit">{row.unitName}</span>
      {row.cells.map((c) => (
        <span key={c.periodId} className={`heat-cell heat-${c.status}`} title={label(c.status)}>
          {c.symbol}
        </span>
      ))}
    </>
  );
}
