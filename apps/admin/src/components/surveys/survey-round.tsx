import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatNumber, numberLocale } from '../../lib/format';
import { barWidth, formatRate, sortUnits, type UnitSort } from '../../lib/survey-format';
import { EmptyState, ErrorMessage, Loading } from '../status';
import { CountsDialog } from './counts-dialog';
import { ImportPanel } from './import-panel';
import { DeleteSurveyImportMutation, SurveyRoundQuery } from './survey-documents';
import './surveys.css';

const dmyTime = (iso: string) => {
  const d = new Date(iso);
  const local = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
};

/** One round: rates per aspect against the target (bars with the numbers as text), per unit, imports, counts. */
export function SurveyRound({ surveyId, yearId }: { surveyId: string; yearId: string }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const [{ data, fetching, error }, reload] = useQuery({ query: SurveyRoundQuery, variables: { id: surveyId } });
  const [sort, setSort] = useState<UnitSort>('name');
  const [countsOpen, setCountsOpen] = useState(false);
  const [confirmUndo, setConfirmUndo] = useState<{ id: string; fileName: string; rowCount: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [undoError, setUndoError] = useState<string[]>([]);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [{ fetching: undoing }, undo] = useMutation(DeleteSurveyImportMutation);

  const changed = (message: string) => {
    setDone(message);
    reload({ requestPolicy: 'network-only' });
    window.setTimeout(() => doneRef.current?.focus(), 0);
  };

  if (fetching && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const survey = data?.survey;
  if (!survey) return <EmptyState>{t('surveys.forbidden')}</EmptyState>;
  const citizen = survey.kind === 'CITIZEN';
  const aspectName = new Map(survey.aspects.map((a) => [a.code, a.name]));
  const rows = sortUnits(
    survey.units.map((u) => ({
      ...u,
      rate: citizen ? (u.overall?.rate ?? null) : (u.leaderOverall?.score ?? null),
    })),
    sort,
  );

  return (
    <article className="survey-round" aria-labelledby={`round-${survey.id}`}>
      <h2 id={`round-${survey.id}`}>{survey.title}</h2>
      <p>
        {t(`surveys.kind.${survey.kind}`)} ·{' '}
        {t(`surveys.period.${survey.periodCode}`, { defaultValue: survey.periodCode })} ·{' '}
        {survey.startsOn || survey.endsOn
          ? t('surveys.window', { from: formatDate(survey.startsOn), to: formatDate(survey.endsOn) })
          : t('surveys.noWindow')}
        {citizen ? ` · ${t('surveys.target', { target: survey.targetPercent })}` : null}
      </p>
      {done ? (
        <p className="status" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}

      {citizen ? (
        <>
          <p className="survey-overall">
            {survey.overall && survey.overall.rate !== null
              ? `${t('surveys.overall', {
                  rate: formatRate(survey.overall.rate, locale),
                  satisfied: formatNumber(survey.overall.satisfied, locale),
                  valid: formatNumber(survey.overall.valid, locale),
                })} · ${survey.overall.meetsTarget ? t('surveys.met') : t('surveys.notMet')}`
              : t('surveys.overallNone')}
          </p>
          <h3 id={`aspects-${survey.id}`}>{t('surveys.aspects')}</h3>
          <ul className="survey-bars" aria-labelledby={`aspects-${survey.id}`}>
            {survey.aspectRates.map((a) => (
              <li key={a.aspect ?? ''}>
                <span className="survey-bar-label">{aspectName.get(a.aspect ?? '') ?? a.aspect}</span>
                <span className="survey-bar" aria-hidden="true">
                  <span
                    className={a.meetsTarget ? 'survey-bar-fill met' : 'survey-bar-fill'}
                    style={{ width: `${barWidth(a.rate)}%` }}
                  />
                  <span
                    className="survey-bar-target"
                    style={{ left: `${barWidth(survey.targetPercent)}%` }}
                    title={t('surveys.targetLine', { target: survey.targetPercent })}
                  />
                </span>
                <span className="survey-bar-text">
                  {a.rate === null
                    ? t('surveys.noAnswers')
                    : `${t('surveys.aspectRate', {
                        rate: formatRate(a.rate, locale),
                        satisfied: formatNumber(a.satisfied, locale),
                        valid: formatNumber(a.valid, locale),
                      })} · ${a.meetsTarget ? t('surveys.met') : t('surveys.notMet')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="survey-overall">
            {survey.leaderOverall?.score != null
              ? t('surveys.leader.overall', {
                  score: formatRate(survey.leaderOverall.score, locale),
                  answers: formatNumber(survey.leaderOverall.answers, locale),
                })
              : t('surveys.overallNone')}{' '}
            {t('surveys.leader.weights')}
          </p>
          <div className="table-scroll">
            <table>
              <caption>{t('surveys.leader.questions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.leader.question')}</th>
                  <th scope="col">{t('surveys.leader.counts')}</th>
                  <th scope="col">{t('surveys.leader.score')}</th>
                </tr>
              </thead>
              <tbody>
                {survey.leaderQuestions.map((q) => (
                  <tr key={q.aspect ?? ''}>
                    <th scope="row">{aspectName.get(q.aspect ?? '') ?? q.aspect}</th>
                    <td>{`${q.a} / ${q.b} / ${q.c} / ${q.d}`}</td>
                    <td>{formatRate(q.score, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <div className="table-scroll">
        <table className="survey-units">
          <caption>{t('surveys.units')}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort === 'name' ? 'ascending' : 'none'}>
                <button type="button" className="link" onClick={() => setSort('name')} title={t('surveys.sortByName')}>
                  {t('surveys.unit')}
                </button>
              </th>
              <th scope="col" aria-sort={sort === 'rate' ? 'descending' : 'none'}>
                <button type="button" className="link" onClick={() => setSort('rate')} title={t('surveys.sortByRate')}>
                  {citizen ? t('surveys.rate') : t('surveys.leader.score')}
                </button>
              </th>
              <th scope="col">{t('surveys.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td>
                  {formatRate(u.rate, locale)}
                  {citizen && u.overall?.rate != null
                    ? ` (${formatNumber(u.overall.satisfied, locale)}/${formatNumber(u.overall.valid, locale)})`
                    : ''}
                </td>
                <td>
                  {u.respondents > 0
                    ? t('surveys.sourceFile', { count: u.respondents })
                    : u.counts.length > 0
                      ? t('surveys.sourceCounts')
                      : t('surveys.sourceNone')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {survey.viewerCanManage ? (
        <>
          <p>
            <button type="button" onClick={() => setCountsOpen(true)}>
              {t('surveys.counts.open')}
            </button>
          </p>
          {citizen ? (
            <ImportPanel surveyId={survey.id} yearId={yearId} onImported={changed} />
          ) : (
            <p className="field-hint">{t('surveys.import.leaderOnlyCounts')}</p>
          )}
        </>
      ) : null}

      {citizen ? (
        <section aria-labelledby={`imports-${survey.id}`}>
          <h3 id={`imports-${survey.id}`}>{t('surveys.imports.heading')}</h3>
          {survey.imports.length === 0 ? (
            <EmptyState>{t('surveys.imports.none')}</EmptyState>
          ) : (
            <ul>
              {survey.imports.map((i) => (
                <li key={i.id}>
                  {t('surveys.imports.item', {
                    file: i.fileName,
                    rows: formatNumber(i.rowCount, locale),
                    at: dmyTime(String(i.importedAt)),
                    by: i.importedByName ? `, ${i.importedByName}` : '',
                  })}{' '}
                  {survey.viewerCanManage ? (
                    <button type="button" onClick={() => setConfirmUndo(i)} disabled={undoing}>
                      {t('surveys.imports.undo')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {undoError.length ? (
            <p className="form-error" role="alert">
              {undoError.join(' ')}
            </p>
          ) : null}
          {confirmUndo ? (
            <div className="confirm" role="alert">
              <p>{t('surveys.imports.confirm', { file: confirmUndo.fileName, rows: confirmUndo.rowCount })}</p>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={undoing}
                  ref={(el) => el?.focus()}
                  onClick={async () => {
                    const target = confirmUndo;
                    const result = await undo({ input: { importId: target.id } });
                    setConfirmUndo(null);
                    const answer = result.data?.deleteSurveyImport;
                    if (answer?.__typename === 'SurveySuccess') {
                      setUndoError([]);
                      changed(t('surveys.imports.done', { file: target.fileName }));
                    } else {
                      setUndoError([
                        t('surveys.imports.failed', {
                          message: answer && 'message' in answer ? answer.message : (result.error?.message ?? ''),
                        }),
                      ]);
                    }
                  }}
                >
                  {t('surveys.imports.confirmYes')}
                </button>
                <button type="button" disabled={undoing} onClick={() => setConfirmUndo(null)}>
                  {t('surveys.imports.confirmNo')}
                </button>
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      {countsOpen ? (
        <CountsDialog
          surveyId={survey.id}
          kind={survey.kind}
          aspects={survey.aspects}
          units={survey.units}
          onClose={() => setCountsOpen(false)}
          onDone={(message) => {
            setCountsOpen(false);
            changed(message);
          }}
        />
      ) : null}
    </article>
  );
}
