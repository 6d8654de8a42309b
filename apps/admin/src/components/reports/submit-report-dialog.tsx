import type { SubmitReportInput } from '@cchc/domain';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import {
  SUBMIT_REPORT_FIELDS,
  type SubmitReportBase,
  type SubmitReportFormValues,
  submitReportResolver,
} from '../../lib/reports';
import { uploadEvidence } from '../../lib/score-upload';
import { Dialog } from '../form/dialog';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';
import { Field } from '../form/field';
import { ConfirmStep, FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';

export const SubmitReportMutation = graphql(
  `
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      __typename
      ... on SubmitReportSuccess {
        resubmitted
        submission {
          id
          version
        }
      }
      ...VersionConflictErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, VersionConflictErrorFields],
);

/**
 * "Gửi báo cáo" / "Gửi lại": the report's file(s) (uploaded first), its number and a summary, then a
 * confirmation saying the server's time decides (a resubmission keeps the first sending time).
 */
export function SubmitReportDialog({
  yearId,
  periodName,
  base,
  onClose,
  onDone,
}: {
  yearId: string;
  periodName: string;
  base: SubmitReportBase;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const baseRef = useRef(base);
  baseRef.current = base;
  const form = useForm<SubmitReportFormValues, unknown, SubmitReportInput>({
    resolver: submitReportResolver(() => baseRef.current),
    defaultValues: { documentNumber: '', summary: '', fileIds: [] },
  });
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SubmitReportInput | null>(null);
  const [{ fetching: sending }, submitReport] = useMutation(SubmitReportMutation);
  const server = useServerForm({ form, fields: SUBMIT_REPORT_FIELDS, failedKey: 'reports.submit.failed' });
  const { errors } = form.formState;
  const resubmit = base.version !== null;

  const addFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setUploading(true);
    setUploadError(null);
    const added: Array<{ id: string; name: string }> = [];
    for (const file of Array.from(list)) {
      const r = await uploadEvidence({ yearId, unitId: base.unitId, file });
      if (r.ok) added.push({ id: r.file.id, name: r.file.fileName });
      else setUploadError(`${file.name}: ${r.message}`);
    }
    const next = [...files, ...added];
    setFiles(next);
    form.setValue(
      'fileIds',
      next.map((f) => f.id),
      { shouldValidate: form.formState.isSubmitted },
    );
    setUploading(false);
  };

  const removeFile = (id: string) => {
    const next = files.filter((f) => f.id !== id);
    setFiles(next);
    form.setValue(
      'fileIds',
      next.map((f) => f.id),
    );
  };

  const send = async (input: SubmitReportInput) => {
    server.setTop([]);
    const result = await submitReport({
      input: { ...input, version: input.version ?? null, fileIds: [...input.fileIds] },
    });
    const payload = result.data?.submitReport;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'SubmitReportSuccess':
        onDone(t(payload.resubmitted ? 'reports.submit.resent' : 'reports.submit.sent', { period: periodName }));
        return;
      case 'ConflictError':
        server.fail([], [{ code: 'CONFLICT', message: t('reports.submit.conflict') }]);
        return;
      default:
        return server.failAnswer(payload);
    }
  };

  return (
    <Dialog
      title={t(resubmit ? 'reports.submit.titleAgain' : 'reports.submit.title', { period: periodName })}
      onRequestClose={() => {
        if (sending || uploading) return;
        if (confirming) setConfirming(null);
        else onClose();
      }}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || uploading || undefined}
        onSubmit={form.handleSubmit(
          (input) => setConfirming(input),
          (invalid) => server.showInvalid(invalid),
        )}
      >
        <FormError ref={server.alertRef} messages={server.messages} />
        {resubmit ? <p>{t('reports.submit.resubmitNote')}</p> : null}
        <Field
          label={t('reports.submit.documentNumber')}
          error={server.fieldError(errors.documentNumber, 'documentNumber')}
        >
          {(control) => <input {...control} readOnly={Boolean(confirming)} {...form.register('documentNumber')} />}
        </Field>
        <Field label={t('reports.submit.summary')} error={server.fieldError(errors.summary, 'summary')}>
          {(control) => <textarea {...control} rows={4} readOnly={Boolean(confirming)} {...form.register('summary')} />}
        </Field>
        <Field
          label={t('reports.submit.files')}
          hint={uploading ? t('reports.submit.uploading') : t('reports.submit.filesHint')}
          error={uploadError ?? (errors.fileIds ? t('reports.submit.filesRequired') : undefined)}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              disabled={uploading || Boolean(confirming)}
              onChange={(e) => void addFiles(e.currentTarget.files)}
            />
          )}
        </Field>
        {files.length ? (
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                {f.name}{' '}
                <button type="button" onClick={() => removeFile(f.id)} disabled={Boolean(confirming)}>
                  {t('reports.submit.removeFile')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {confirming ? (
          <ConfirmStep
            question={t('reports.submit.confirm', { period: periodName })}
            confirm={t('reports.submit.send')}
            sending={sending}
            onConfirm={() => void send(confirming)}
            onBack={() => setConfirming(null)}
          />
        ) : (
          <FormActions
            submit={t('reports.submit.next')}
            cancel={t('reports.cancel')}
            saving={t('reports.sending')}
            sending={sending}
            disabled={uploading}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}
