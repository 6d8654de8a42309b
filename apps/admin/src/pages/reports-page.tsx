import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ExtensionDialog } from '../components/reports/extension-dialog';
import { ReportRuleForm } from '../components/reports/report-rule-form';
import { ReportLegend, ReportStatusBadge } from '../components/reports/report-status';
import { SubmitReportDialog } from '../components/reports/submit-report-dialog';
import { useSelectedYear } from '../components/year-context';
import { graphql, type ResultOf } from '../graphql';
import { formatDate } from '../lib/format';
import {
  complianceXlsxUrl,
  filterMatrix,
  formatDateTimeVi,
  matrixUnitTypes,
  REPORT_STATUSES,
  type ReportStatus,
} from '../lib/reports';

export const ReportsPageQuery = graphql(`
  query ReportsPage($year: Int!) {
    year(year: $year) {
      id
      year
      version
      reportRule
      viewerCanSetReportRule
      viewerCanExtendReports
      viewerCanReadCompliance
      unitReports {
        unitId
        period {
          id
          code
          nameVi
          dueDate
          ruleText
        }
        timing {
          status
          dueDate
          extended
          extensionReason
          submittedAt
          daysLate
        }
        submission {
          id
          version
          submittedAt
          lastSentAt
          documentNumber
          summary
          files {
            id
            fileName
            url
          }
          revisions {
            id
            sentAt
            replacedAt
            documentNumber
            summary
            fileIds
          }
        }
        viewerCanSubmit
      }
      reportCompliance {
        asOf
        periods {
          id
          code
          nameVi
          dueDate
        }
        rows {
          unitId
          unitName
          unitTypeId
          unitTypeName
          cells {
            periodId
            status
            extended
            extensionReason
            dueDate
            submittedAt
          }
          counts {
            onTime
            late
            missing
            notReported
          }
        }
      }
    }
  }
`);

/**
 * Báo cáo định kỳ. A unit officer: the unit's periods with their due dates, send or resend a report,
 * its history, on time / late with the rule "late = not reported". Home Affairs (and leadership):
 * the compliance matrix with a symbol and words in every cell, filters, XLSX; Home Affairs also
 * grants extensions with a reason and chooses the year's rule.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReportsPageQuery, variables: { year } });
  const [notice, setNotice] = useState<string | null>(null);
  const [sending, setSending] = useState<{ periodId: string; name: string; version: number | null } | null>(null);
  const [extending, setExtending] = useState(false);
  const [unitTypeId, setUnitTypeId] = useState('');
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const done = (message: string) => {
    setNotice(message);
    setSending(null);
    setExtending(false);
    reload();
  };

  if (fetching && !data) return <p>{t('reports.loading')}</p>;
  if (error) return <p role="alert">{t('reports.loadFailed')}</p>;
  const y = data?.year;
  if (!y) return <p>{t('reports.noYear')}</p>;
  const mine = y.unitReports;
  const matrix = y.reportCompliance;
  const ruleText = mine[0]?.period.ruleText ?? t(`reports.rule.${y.reportRule}`);

  return (
    <section className="page">
      <h1>{t('reports.title', { year: y.year })}</h1>
      <p>
        {t('reports.ruleLine', { rule: ruleText })} <strong>{t('reports.lateRule')}</strong>
      </p>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}

      {mine.length ? (
        <section aria-labelledby="my-reports">
          <h2 id="my-reports">{t('reports.mine')}</h2>
          <ul className="report-list">
            {mine.map((r) => (
              <li key={r.period.id} className="report-card">
                <h3>{r.period.nameVi}</h3>
                <p>
                  {t('reports.due', { date: formatDate(r.timing.dueDate) })}
                  {r.timing.extended
                    ? ` — ${t('reports.extendedBecause', { reason: r.timing.extensionReason ?? '' })}`
                    : ''}
                </p>
                <p>
                  <ReportStatusBadge status={r.timing.status} />
                  {r.timing.status === 'LATE' ? ` ${t('reports.daysLate', { count: r.timing.daysLate })}` : ''}
                </p>
                {r.submission ? (
                  <>
                    <p>
                      {t('reports.sentAt', {
                        first: formatDateTimeVi(r.submission.submittedAt),
                        number: r.submission.documentNumber ?? '',
                      })}
                      {r.submission.revisions.length
                        ? ` ${t('reports.lastSentAt', { at: formatDateTimeVi(r.submission.lastSentAt) })}`
                        : ''}
                    </p>
                    <p>{r.submission.summary}</p>
                    <ul>
                      {r.submission.files.map((f) => (
                        <li key={f.id}>
                          <a href={f.url}>{f.fileName}</a>
                        </li>
                      ))}
                    </ul>
                    {r.submission.revisions.length ? (
                      <details className="report-history">
                        <summary>{t('reports.history', { count: r.submission.revisions.length })}</summary>
                        <ol>
                          {r.submission.revisions.map((v) => (
                            <li key={v.id}>
                              {t('reports.revision', {
                                sent: formatDateTimeVi(v.sentAt),
                                replaced: formatDateTimeVi(v.replacedAt),
                                number: v.documentNumber ?? '',
                              })}
                              {v.summary ? ` — ${v.summary}` : ''}
                              {v.fileIds.map((id, n) => (
                                <span key={id}>
                                  {' '}
                                  <a href={`/files/${id}`}>{t('reports.revisionFile', { n: n + 1 })}</a>
                                </span>
                              ))}
                            </li>
                          ))}
                        </ol>
                      </details>
                    ) : null}
                  </>
                ) : null}
                {r.viewerCanSubmit ? (
                  <p>
                    <button
                      type="button"
                      className={r.submission ? undefined : 'primary'}
                      onClick={() =>
                        setSending({
                          periodId: r.period.id,
                          name: r.period.nameVi,
                          version: r.submission?.version ?? null,
                        })
                      }
                    >
                      {r.submission ? t('reports.resend') : t('reports.send')}
                    </button>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {matrix ? (
        <section aria-labelledby="compliance">
          <h2 id="compliance">{t('reports.matrix')}</h2>
          {y.viewerCanSetReportRule ? (
            <ReportRuleForm yearId={y.id} version={y.version} current={y.reportRule} onDone={done} />
          ) : null}
          <ReportLegend />
          <div className="report-filters">
            <div className="field">
              <label htmlFor="report-unit-type">{t('reports.filterType')}</label>
              <select id="report-unit-type" value={unitTypeId} onChange={(e) => setUnitTypeId(e.currentTarget.value)}>
                <option value="">{t('reports.all')}</option>
                {matrixUnitTypes(matrix.rows).map((ut) => (
                  <option key={ut.id} value={ut.id}>
                    {ut.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="report-status">{t('reports.filterStatus')}</label>
              <select
                id="report-status"
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as ReportStatus | '')}
              >
                <option value="">{t('reports.all')}</option>
                {REPORT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`reports.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <a className="button" href={complianceXlsxUrl(y.id, unitTypeId, status)} download>
              {t('reports.export')}
            </a>
            {y.viewerCanExtendReports ? (
              <button type="button" onClick={() => setExtending(true)}>
                {t('reports.extension.open')}
              </button>
            ) : null}
          </div>
          <MatrixTable matrix={matrix} rows={filterMatrix(matrix.rows, unitTypeId, status)} />
        </section>
      ) : null}

      {!mine.length && !matrix ? <p>{t('reports.nothing')}</p> : null}

      {sending && mine.length ? (
        <SubmitReportDialog
          yearId={y.id}
          periodName={sending.name}
          base={{ periodId: sending.periodId, unitId: mine[0]!.unitId, version: sending.version }}
          onClose={() => setSending(null)}
          onDone={done}
        />
      ) : null}
      {extending && matrix ? (
        <ExtensionDialog
          periods={matrix.periods}
          units={matrix.rows.map((r) => ({ id: r.unitId, name: r.unitName }))}
          onClose={() => setExtending(false)}
          onDone={done}
        />
      ) : null}
    </section>
  );
}

type PageData = ResultOf<typeof ReportsPageQuery>;

type Matrix = NonNullable<NonNullable<PageData['year']>['reportCompliance']>;

function MatrixTable({ matrix, rows }: { matrix: Matrix; rows: Matrix['rows'] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t('reports.noRows')}</p>;
  return (
    <div className="report-matrix-wrap">
      <table className="report-matrix">
        <caption>{t('reports.asOf', { at: formatDateTimeVi(matrix.asOf) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.unit')}</th>
            {matrix.periods.map((p) => (
              <th key={p.id} scope="col">
                {p.nameVi}
                <br />
                <small>{t('reports.due', { date: formatDate(p.dueDate) })}</small>
              </th>
            ))}
            <th scope="col">{t('reports.notReported')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId}>
              <th scope="row">
                {r.unitName}
                <br />
                <small>{r.unitTypeName}</small>
              </th>
              {r.cells.map((c) => (
                <td
                  key={c.periodId}
                  title={c.extensionReason ?? undefined}
                  data-label={matrix.periods.find((p) => p.id === c.periodId)?.nameVi}
                >
                  <ReportStatusBadge status={c.status} extended={c.extended} />
                  {c.submittedAt ? (
                    <>
                      <br />
                      <small>{formatDateTimeVi(c.submittedAt)}</small>
                    </>
                  ) : null}
                </td>
              ))}
              <td data-label={t('reports.notReported')}>{r.counts.notReported}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
