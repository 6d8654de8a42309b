import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ReportTaskProgressInput } from '@cchc/domain';
import { Dialog } from '../form/dialog';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';
import { Field } from '../form/field';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatFileSize, UPLOAD_ACCEPT, uploadEvidence } from '../../lib/score-upload';
import {
  PART_STATUSES,
  suggestedPercent,
  TASK_PROGRESS_FIELDS,
  type TaskProgressFormValues,
  taskProgressResolver,
} from '../../lib/task-progress-form';

export const TaskProgressDialog_TaskAssignmentFragment = graphql(`
  fragment TaskProgressDialog_TaskAssignment on TaskAssignment {
    id
    role
    unit {
      id
      name
    }
    task {
      id
      code
      text
    }
    part {
      id
      version
      status
      percent
      comment
      evidence {
        id
        fileName
        sizeBytes
        url
      }
    }
  }
`);

export const ReportTaskProgressMutation = graphql(
  `
    mutation ReportTaskProgress($input: ReportTaskProgressInput!) {
      reportTaskProgress(input: $input) {
        __typename
        ... on ReportTaskProgressSuccess {
          progress {
            id
            version
            status
            percent
            comment
          }
          task {
            id
            status
          }
        }
        ... on ConflictError {
          message
          code
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

interface FileItem {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * "Báo cáo tiến độ": the unit's own part of a task (status, percent, comment, output documents).
 * A lead unit's part moves the task's roll-up; a coordinating unit's is its contribution. The
 * report carries the part's version: if someone else reported meanwhile, nothing is written and
 * the dialog says so (reload, then try again).
 */
export function TaskProgressDialog({
  assignment: ref,
  yearId,
  onClose,
  onSaved,
}: {
  assignment: FragmentOf<typeof TaskProgressDialog_TaskAssignmentFragment>;
  yearId: string;
  onClose: () => void;
  onSaved: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const a = readFragment(TaskProgressDialog_TaskAssignmentFragment, ref);
  const [files, setFiles] = useState<FileItem[]>(() => a.part?.evidence.map((f) => ({ ...f })) ?? []);
  const filesRef = useRef(files);
  filesRef.current = files;
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const base = { taskId: a.task.id, version: a.part?.version ?? null };
  const form = useForm<TaskProgressFormValues, unknown, ReportTaskProgressInput>({
    resolver: taskProgressResolver(
      () => base,
      () => filesRef.current.map((f) => f.id),
    ),
    defaultValues: {
      status: a.part?.status === 'CANCELLED' ? 'IN_PROGRESS' : (a.part?.status ?? 'IN_PROGRESS'),
      percent: String(a.part?.percent ?? (a.part ? 0 : 50)),
      comment: a.part?.comment ?? '',
    },
  });
  const [{ fetching: sending }, report] = useMutation(ReportTaskProgressMutation);
  const server = useServerForm({ form, fields: TASK_PROGRESS_FIELDS, failedKey: 'myTasks.failed' });
  const { alertRef, setTop } = server;
  const { errors } = form.formState;
  const fieldError = (name: 'status' | 'percent' | 'comment') => {
    const e = errors[name];
    return server.fieldError(e, name);
  };

  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setUploading(true);
    setUploadError(null);
    for (const file of Array.from(list)) {
      const result = await uploadEvidence({ yearId, unitId: a.unit.id, file });
      if (result.ok) setFiles((prev) => [...prev, result.file]);
      else setUploadError(t('myTasks.uploadFailed', { name: file.name, message: result.message }));
    }
    setUploading(false);
  };

  const onSubmit = form.handleSubmit(
    async (input) => {
      if (sending) return;
      setTop([]);
      setConflict(null);
      const result = await report({ input });
      const payload = result.data?.reportTaskProgress;
      if (result.error || !payload) return server.failRequest(result.error);
      switch (payload.__typename) {
        case 'ReportTaskProgressSuccess':
          return onSaved(a.task.code);
        case 'ConflictError':
          setConflict(t('myTasks.conflict'));
          server.focusTop();
          return;
        default:
          return server.failAnswer(payload);
      }
    },
    (errs) => server.showInvalid(errs),
  );

  const statusValue = form.watch('status');
  return (
    <Dialog title={t('myTasks.dialogTitle', { code: a.task.code })} onRequestClose={() => (sending ? null : onClose())}>
      <FormProvider {...form}>
        <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
          <p className="muted">
            {a.task.text} — {a.role === 'LEAD' ? t('myTasks.roleLead') : t('myTasks.roleCoordinating')}: {a.unit.name}
          </p>
          <FormError ref={alertRef} messages={[...server.messages, ...(conflict ? [conflict] : [])]} />
          <Field label={t('myTasks.status')} error={fieldError('status')}>
            {(control) => (
              <select
                {...control}
                name="status"
                value={statusValue}
                onChange={(e) => {
                  const status = e.target.value as TaskProgressFormValues['status'];
                  form.setValue('status', status);
                  form.setValue('percent', suggestedPercent(status, form.getValues('percent')));
                }}
              >
                {PART_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`taskStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('myTasks.percent')}
            hint={statusValue === 'IN_PROGRESS' ? t('myTasks.percentHint') : undefined}
            error={fieldError('percent')}
          >
            {(control) => <input {...control} inputMode="numeric" autoComplete="off" {...form.register('percent')} />}
          </Field>
          <Field label={t('myTasks.comment')} error={fieldError('comment')}>
            {(control) => <textarea {...control} rows={3} {...form.register('comment')} />}
          </Field>
          <fieldset className="field">
            <legend>{t('myTasks.files')}</legend>
            {files.length === 0 ? <p className="muted">{t('myTasks.noFiles')}</p> : null}
            <ul>
              {files.map((f) => (
                <li key={f.id}>
                  {f.fileName} ({formatFileSize(f.sizeBytes, i18n.language === 'en' ? 'en-US' : 'vi-VN')}){' '}
                  <button
                    type="button"
                    onClick={() => setFiles((prev) => prev.filter((x) => x.id !== f.id))}
                    aria-label={t('myTasks.removeFile', { name: f.fileName })}
                  >
                    {t('myTasks.remove')}
                  </button>
                </li>
              ))}
            </ul>
            <label>
              {t('myTasks.addFiles')}{' '}
              <input
                type="file"
                multiple
                accept={UPLOAD_ACCEPT}
                disabled={uploading || sending}
                onChange={(e) => void onFiles(e.target.files)}
              />
            </label>
            {uploading ? <p role="status">{t('myTasks.uploading')}</p> : null}
            {uploadError ? <p role="alert">{uploadError}</p> : null}
          </fieldset>
          <FormActions
            submit={t('myTasks.save')}
            saving={t('myTasks.saving')}
            sending={sending}
            disabled={uploading}
            onCancel={onClose}
          />
        </form>
      </FormProvider>
    </Dialog>
  );
}
