import type { IssueAnnualReportInput } from '@cchc/domain';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../../lib/format';
import { ConfirmedFormDialog } from '../form/confirmed-form-dialog';
import { DateField } from '../form/date-field';
import { Field } from '../form/field';
import { requestErrorMessage } from '../form/server-problems';
import { useServerForm } from '../form/use-server-form';
import { AnnualReportPanelQuery, IssueAnnualReportMutation } from './annual-report-documents';
import { ISSUE_FIELDS, type IssueFormValues, issueResolver } from './annual-report-form';
import './annual-report.css';

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
  const [confirming, setConfirming] = useState<IssueAnnualReportInput | null>(null);
  const form = useForm<IssueFormValues, unknown, IssueAnnualReportInput>({
    resolver: issueResolver(yearId),
    defaultValues: {
      number: '',
      issuedOn: '',
      signerName: '',
      signerTitle: t('annualReport.defaultTitle'),
      recipients: '',
    },
  });
  const server = useServerForm({ form, fields: ISSUE_FIELDS, failedKey: 'annualReport.failed' });
  const { errors } = form.formState;
  const readOnly = Boolean(confirming);

  const send = async (input: IssueAnnualReportInput) => {
    server.setTop([]);
    const result = await issue({ input });
    const answer = result.data?.issueAnnualReport;
    setConfirming(null);
    if (result.error || !answer) return server.failRequest(result.error);
    if (answer.__typename === 'IssueAnnualReportSuccess')
      return onDone(answer.year.annualReport?.number ?? input.number);
    if (answer.__typename === 'YearNotPublishedError' || answer.__typename === 'AnnualReportAlreadyIssuedError')
      return server.fail([], [answer]);
    return server.failAnswer(answer);
  };

  return (
    <ConfirmedFormDialog
      title={t('annualReport.issueTitle', { year })}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={(input) =>
        t('annualReport.confirmQuestion', {
          year,
          number: input.number,
          date: formatDate(input.issuedOn),
          count: input.recipients.length,
        })
      }
      labels={{
        next: t('annualReport.next'),
        cancel: t('annualReport.cancel'),
        saving: t('annualReport.issuing'),
        confirm: t('annualReport.confirm'),
      }}
      onClose={onClose}
      onSend={(input) => void send(input)}
    >
      <Field
        label={t('annualReport.number')}
        hint={t('annualReport.numberHint')}
        error={server.fieldError(errors.number, 'number')}
      >
        {(control) => <input {...control} autoComplete="off" readOnly={readOnly} {...form.register('number')} />}
      </Field>
      <DateField
        label={t('annualReport.issuedOn')}
        hint={t('annualReport.dateHint')}
        error={server.fieldError(errors.issuedOn, 'issuedOn')}
        readOnly={readOnly}
        registration={form.register('issuedOn')}
      />
      <Field label={t('annualReport.signerName')} error={server.fieldError(errors.signerName, 'signerName')}>
        {(control) => <input {...control} autoComplete="name" readOnly={readOnly} {...form.register('signerName')} />}
      </Field>
      <Field
        label={t('annualReport.signerTitle')}
        hint={t('annualReport.signerTitleHint')}
        error={server.fieldError(errors.signerTitle, 'signerTitle')}
      >
        {(control) => <input {...control} autoComplete="off" readOnly={readOnly} {...form.register('signerTitle')} />}
      </Field>
      <Field
        label={t('annualReport.recipientsLabel')}
        hint={t('annualReport.recipientsHint')}
        error={server.fieldError(errors.recipients, 'recipients')}
      >
        {(control) => <textarea {...control} rows={5} readOnly={readOnly} {...form.register('recipients')} />}
      </Field>
    </ConfirmedFormDialog>
  );
}
