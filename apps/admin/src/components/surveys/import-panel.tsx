import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { bytesToBase64, SURVEY_FILE_MAX_BYTES } from '../../lib/survey-format';
import { FormError } from '../form/form-error';
import { ImportSurveyRespondentsMutation } from './survey-documents';

type Problem = { row: number; column: string | null; code: string; message: string };

/**
 * "Nhập phiếu khảo sát từ tệp": the templates to download, a file (XLSX or CSV, ≤ 2 MB) sent as
 * base64; a refused file lists its problems row by row in a table (nothing was saved).
 */
export function ImportPanel({
  surveyId,
  yearId,
  onImported,
}: {
  surveyId: string;
  yearId: string;
  onImported: (message: string) => void;
}) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ count: number; rows: Problem[] } | null>(null);
  const [{ fetching: sending }, importFile] = useMutation(ImportSurveyRespondentsMutation);

  const send = async () => {
    setProblems(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessages([t('surveys.import.noFile')]);
    if (file.size > SURVEY_FILE_MAX_BYTES) return setMessages([t('surveys.import.tooBig')]);
    setMessages([]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importFile({
      input: { surveyId, fileName: file.name, contentBase64: bytesToBase64(bytes) },
    });
    const answer = result.data?.importSurveyRespondents;
    if (result.error || !answer) {
      return setMessages([t('surveys.import.failed', { message: result.error?.message ?? '' })]);
    }
    switch (answer.__typename) {
      case 'ImportSurveyRespondentsSuccess':
        if (fileRef.current) fileRef.current.value = '';
        onImported(t('surveys.import.done', { rows: answer.rowCount, units: answer.unitCount, file: file.name }));
        return;
      case 'SurveyFileError':
        setMessages([t('surveys.import.rejected', { count: answer.problemCount })]);
        setProblems({ count: answer.problemCount, rows: [...answer.problems] });
        return;
      case 'ValidationError':
        return setMessages(answer.problems.length ? answer.problems.map((p) => p.message) : [answer.message]);
      default:
        return setMessages(['message' in answer ? answer.message : t('surveys.import.failed', { message: '' })]);
    }
  };

  return (
    <section className="survey-import" aria-labelledby={`${fileId}-h`}>
      <h3 id={`${fileId}-h`}>{t('surveys.import.heading')}</h3>
      <p className="field-hint">{t('surveys.import.hint')}</p>
      <p className="survey-templates">
        <a href={`/templates/survey.xlsx?yearId=${encodeURIComponent(yearId)}`} download>
          {t('surveys.import.templateXlsx')}
        </a>{' '}
        <a href="/templates/survey.csv" download>
          {t('surveys.import.templateCsv')}
        </a>
      </p>
      <form
        noValidate
        aria-busy={sending || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FormError messages={messages} />
        <div className="field">
          <label htmlFor={fileId}>{t('surveys.import.file')}</label>
          <input id={fileId} ref={fileRef} type="file" accept=".xlsx,.csv,text/csv" />
        </div>
        <button type="submit" className="primary" disabled={sending}>
          {sending ? t('surveys.import.sending') : t('surveys.import.submit')}
        </button>
      </form>
      {problems ? (
        <div className="table-scroll">
          <table>
            <caption>{t('surveys.import.problemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.import.row')}</th>
                <th scope="col">{t('surveys.import.column')}</th>
                <th scope="col">{t('surveys.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.rows.map((p) => (
                <tr key={`${p.row}-${p.column ?? ''}-${p.code}`}>
                  <td>{p.row > 0 ? p.row : t('surveys.import.wholeFile')}</td>
                  <td>{p.column ?? ''}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
