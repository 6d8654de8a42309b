import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../../lib/format';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormError } from '../form/form-error';
import { requestErrorMessage } from '../form/server-problems';
import { AnnualReportPanelQuery, IssueAnnualReportMutation } from './annual-report-documents';
import { type IssueFormValues, issueFormSchema, issueInput, recipientLines } from './annual-report-form';
import './annual-report.css';

const FIELDS = ['number', 'issuedOn', 'signerName', 'signerTitle', 'recipients'] as const;

/**
 * "Báo cáo năm": the year's annual evaluation report — the DOCX, PDF and XLSX to download (a draft,
 * marked "DỰ THẢO", until the year is published; the issued files once issued), the issued record
 * (number, date, signer, recipients), and for those who may issue it (Home Affairs, leadership) the
 * issue form with a confirmation step. Renders nothing for a viewer who may not read the report.
 */
export function AnnualReportPanel({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [{ data, error }] = useQuery({ query: AnnualReportPanelQuery, variables: { id: yearId } });
  const [issuing, setIssuing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const year = data?.evaluationYear ?? null;
  if (error && !year) {
    return (
      <p className="status status-error" role="alert">
        {t('annualReport.loadFailed', { message: requestErrorMessage(error) })}
      </p>
    );
  }
  if (!year?.annualReportDownloads) return null;
  const d = year.annualReportDownloads;
  const issued = year.annualReport;
  return (
    <section className="annual-report-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('annualReport.title', { year: year.year })}</h2>
      {issued ? (
        <p>
          {t('annualReport.issued', {
            number: issued.number,
            date: formatDate(issued.issuedOn),
            signer: issued.signerName,
          })}
        </p>
      ) : d.draft ? (
        <p className="status status-empty">{t('annualReport.draftNote')}</p>
      ) : (
        <p className="status status-empty">{t('annualReport.notIssued')}</p>
      )}
      {notice ? (
        <p className="status" role="status">
          {notice}
        </p>
      ) : null}
      <ul className="annual-report-downloads">
        <li>
          <a className="link-button" href={issued?.docxUrl ?? d.docxUrl} download>
            {t(issued ? 'annualReport.docxIssued' : 'annualReport.docx')}
          </a>
        </li>
        <li>
          <a className="link-button" href={issued?.pdfUrl ?? d.pdfUrl} download>
            {t(issued ? 'annualReport.pdfIssued' : 'annualReport.pdf')}
          </a>
        </li>
        <li>
          <a className="link-button" href={d.xlsxUrl} download>
            {t('annualReport.xlsx')}
          </a>
        </li>
      </ul>
      {issued ? (
        <details>
          <summary>{t('annualReport.recipients')}</summary>
          <ul>
            {issued.recipients.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {year.viewerCanIssueAnnualReport ? (
        <button type="button" className="primary" onClick={() => setIssuing(true)}>
          {t('annualReport.issue')}
        </button>
      ) : null}
      {issuing ? (
        <IssueDialog
          yearId={yearId}
          year={year.year}
          onClose={() => setIssuing(false)}
          onDone={(number) => {
            setIssuing(false);
            setNotice(t('annualReport.issuedNotice', { number }));
          }}
        />
      ) : null}
    </section>
  );
}

function IssueDialog({
  yearId,
  year,
  onClose,
  onDone,
}: {
  yearId: string;
  year: number;
  onClose: () => void;
  onDone: (number: string) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching: sending }, issue] = useMutation(IssueAnnualReportMutation);
  const [messages, setMessages] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<IssueFormValues | null>(null);
  const form = useForm<IssueFormValues>({
    resolver: zodResolver(issueFormSchema),
    defaultValues: {
      number: '',
      issuedOn: '',
      signerName: '',
      signerTitle: t('annualReport.defaultTitle'),
      recipients: '',
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: (typeof FIELDS)[number]) => {
    const m = errors[name]?.message;
    return m ? t(`annualReport.problems.${m}`, { defaultValue: m }) : undefined;
  };

  const send = async (values: IssueFormValues) => {
    setMessages([]);
    const result = await issue({ input: issueInput(yearId, values) });
    const answer = result.data?.issueAnnualReport;
    if (result.error || !answer) {
      setConfirm(null);
      setMessages([t('annualReport.failed', { message: result.error ? requestErrorMessage(result.error) : '' })]);
      return;
    }
    if (answer.__typename === 'IssueAnnualReportSuccess') {
      onDone(answer.year.annualReport?.number ?? values.number);
      return;
    }
    setConfirm(null);
    if (answer.__typename === 'ValidationError') {
      for (const p of answer.problems) {
        const field = FIELDS.find((f) => p.field === f || p.field.startsWith(`${f}.`));
        if (field) form.setError(field, { type: p.code, message: p.message });
        else setMessages((m) => [...m, p.message]);
      }
      return;
    }
    setMessages([answer.message]);
  };

  if (confirm) {
    return (
      <Dialog title={t('annualReport.confirmTitle')} onRequestClose={() => (sending ? undefined : setConfirm(null))}>
        <div className="confirm" role="alert">
          <p>
            {t('annualReport.confirmQuestion', {
              year,
              number: confirm.number.trim(),
              date: confirm.issuedOn.trim(),
              count: recipientLines(confirm.recipients).length,
            })}
          </p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={sending} onClick={() => void send(confirm)}>
            {sending ? t('annualReport.issuing') : t('annualReport.confirm')}
          </button>
          <button type="button" disabled={sending} onClick={() => setConfirm(null)}>
            {t('annualReport.back')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('annualReport.issueTitle', { year })} onRequestClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={form.handleSubmit((v) => setConfirm(v))}>
        <FormError messages={messages} />
        <Field label={t('annualReport.number')} hint={t('annualReport.numberHint')} error={fieldError('number')}>
          {(control) => <input {...control} autoComplete="off" {...form.register('number')} />}
        </Field>
        <Field label={t('annualReport.issuedOn')} hint={t('annualReport.dateHint')} error={fieldError('issuedOn')}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              autoComplete="off"
              {...form.register('issuedOn')}
            />
          )}
        </Field>
        <Field label={t('annualReport.signerName')} error={fieldError('signerName')}>
          {(control) => <input {...control} autoComplete="name" {...form.register('signerName')} />}
        </Field>
        <Field
          label={t('annualReport.signerTitle')}
          hint={t('annualReport.signerTitleHint')}
          error={fieldError('signerTitle')}
        >
          {(control) => <input {...control} autoComplete="off" {...form.register('signerTitle')} />}
        </Field>
        <Field
          label={t('annualReport.recipientsLabel')}
          hint={t('annualReport.recipientsHint')}
          error={fieldError('recipients')}
        >
          {(control) => <textarea {...control} rows={5} {...form.register('recipients')} />}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('annualReport.next')}
          </button>
          <button type="button" onClick={onClose}>
            {t('annualReport.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
