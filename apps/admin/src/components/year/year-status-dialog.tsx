import type { YearStatus } from '@cchc/domain';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import {
  defaultYearStatusTarget,
  YEAR_STATUS_FIELDS,
  type YearStatusFormValues,
  type YearStatusInput,
  yearStatusReasonRequired,
  yearStatusResolver,
  yearStatusTargets,
} from '../../lib/year-status-form';
import { ConfirmedFormDialog, ReasonField } from '../form/confirmed-form-dialog';
import { Field } from '../form/field';
import { useServerForm } from '../form/use-server-form';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';

// The answer holds the year as it is now (status, version, calendar, what the viewer may do);
// client.ts reads the rest of the year's pages again (their viewerCan… depend on the stage).
export const SetYearStatusMutation = graphql(
  `
  mutation SetYearStatus($input: SetYearStatusInput!) {
    setYearStatus(input: $input) {
      __typename
      ... on SetYearStatusSuccess {
        year {
          id
          status
          version
          viewerCanManage
          viewerCanApprove
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
 * "Chuyển trạng thái năm": the stage to move the year to (not PUBLISHED: that is leadership's
 * approval on the results page), a reason when going back (required before sending), then a
 * confirmation. The server's refusals are shown in the dialog; a conflict offers to reload.
 */
export function YearStatusDialog({
  yearId,
  year,
  status,
  version,
  onClose,
  onDone,
  onReload,
}: {
  yearId: string;
  year: number;
  status: YearStatus;
  version: number;
  onClose: () => void;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const current = useRef(status);
  current.current = status;
  const [initialTarget] = useState(() => defaultYearStatusTarget(status) ?? 'OPEN');
  const form = useForm<YearStatusFormValues, unknown, YearStatusInput>({
    resolver: yearStatusResolver(() => current.current),
    defaultValues: { status: initialTarget, reason: '' },
  });
  const [confirming, setConfirming] = useState<YearStatusInput | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching: sending }, setYearStatus] = useMutation(SetYearStatusMutation);
  const server = useServerForm({ form, fields: YEAR_STATUS_FIELDS, failedKey: 'yearStatus.change.failed' });
  const { errors } = form.formState;
  const target = form.watch('status');
  const reasonRequired = yearStatusReasonRequired(status, target);
  const statusName = (value: string) => t(`yearStatus.${value}`);

  const send = async (input: YearStatusInput) => {
    server.setTop([]);
    setConflict(false);
    const result = await setYearStatus({ input: { id: yearId, version, ...input } });
    const payload = result.data?.setYearStatus;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'SetYearStatusSuccess':
        onDone(t('yearStatus.change.done', { year, status: statusName(payload.year.status) }));
        return;
      case 'ConflictError':
        setConflict(true);
        server.fail([], [{ code: 'CONFLICT', message: t('yearStatus.change.conflict') }]);
        return;
      default:
        return server.failAnswer(payload);
    }
  };

  return (
    <ConfirmedFormDialog
      title={t('yearStatus.change.title', { year })}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={(input) =>
        t('yearStatus.change.confirm', { year, from: statusName(status), to: statusName(input.status) })
      }
      labels={{
        next: t('yearStatus.change.next'),
        cancel: t('yearStatus.change.cancel'),
        saving: t('yearStatus.change.sending'),
        confirm: t('yearStatus.change.submit'),
      }}
      submitDisabled={conflict}
      alertExtra={
        conflict ? (
          <button
            type="button"
            onClick={() => {
              onReload();
              onClose();
            }}
          >
            {t('yearStatus.change.reload')}
          </button>
        ) : null
      }
      onClose={onClose}
      onSend={(input) => void send(input)}
    >
      <p>{t('yearStatus.change.current', { status: statusName(status) })}</p>
      <Field
        label={t('yearStatus.change.target')}
        hint={t('yearStatus.change.publishHint')}
        error={server.fieldError(errors.status, 'status')}
      >
        {(control) => (
          // the usual move (the next stage) is chosen at first
          <select {...control} defaultValue={initialTarget} disabled={Boolean(confirming)} {...form.register('status')}>
            {yearStatusTargets(status).map((value) => (
              <option key={value} value={value}>
                {statusName(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ReasonField
        label={reasonRequired ? t('yearStatus.change.reasonRequired') : t('yearStatus.change.reason')}
        hint={reasonRequired ? t('yearStatus.change.reasonHint') : undefined}
        error={server.fieldError(errors.reason, 'reason')}
        required={reasonRequired}
        readOnly={Boolean(confirming)}
        registration={form.register('reason')}
      />
    </ConfirmedFormDialog>
  );
}
