import type { GrantReportExtensionInput } from '@cchc/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { EXTENSION_FIELDS, type ExtensionFormValues, extensionResolver } from '../../lib/reports';
import { Dialog } from '../form/dialog';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';
import { Field } from '../form/field';
import { ConfirmStep, FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';

export const GrantReportExtensionMutation = graphql(
  `
  mutation GrantReportExtension($input: GrantReportExtensionInput!) {
    grantReportExtension(input: $input) {
      __typename
      ... on GrantReportExtensionSuccess {
        extensionId
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

/** "Gia hạn báo cáo": a period, one unit or every unit, the new last day and a reason; confirmed. */
export function ExtensionDialog({
  periods,
  units,
  onClose,
  onDone,
}: {
  periods: ReadonlyArray<{ id: string; nameVi: string; dueDate: string }>;
  units: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ExtensionFormValues, unknown, GrantReportExtensionInput>({
    resolver: extensionResolver,
    defaultValues: { periodId: periods[0]?.id ?? '', unitId: '', untilDate: '', reason: '' },
  });
  const [confirming, setConfirming] = useState<GrantReportExtensionInput | null>(null);
  const [{ fetching: sending }, grant] = useMutation(GrantReportExtensionMutation);
  const server = useServerForm({ form, fields: EXTENSION_FIELDS, failedKey: 'reports.extension.failed' });
  const { errors } = form.formState;

  const send = async (input: GrantReportExtensionInput) => {
    server.setTop([]);
    const result = await grant({
      input: {
        periodId: input.periodId,
        unitId: input.unitId ?? null,
        untilDate: input.untilDate,
        reason: input.reason,
      },
    });
    const payload = result.data?.grantReportExtension;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'GrantReportExtensionSuccess') {
      onDone(t('reports.extension.done'));
      return;
    }
    if (payload.__typename === 'ConflictError') return server.failRequest(undefined);
    return server.failAnswer(payload);
  };

  const periodName = (id: string) => periods.find((p) => p.id === id)?.nameVi ?? '';
  const unitName = (id: string | null | undefined) =>
    id ? (units.find((u) => u.id === id)?.name ?? '') : t('reports.extension.allUnits');

  return (
    <Dialog
      title={t('reports.extension.title')}
      onRequestClose={() => {
        if (sending) return;
        if (confirming) setConfirming(null);
        else onClose();
      }}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={form.handleSubmit(
          (input) => setConfirming(input),
          (invalid) => server.showInvalid(invalid),
        )}
      >
        <FormError ref={server.alertRef} messages={server.messages} />
        <Field label={t('reports.extension.period')} error={server.fieldError(errors.periodId, 'periodId')}>
          {(control) => (
            <select {...control} disabled={Boolean(confirming)} {...form.register('periodId')}>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.nameVi}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('reports.extension.unit')} error={server.fieldError(errors.unitId, 'unitId')}>
          {(control) => (
            <select {...control} disabled={Boolean(confirming)} {...form.register('unitId')}>
              <option value="">{t('reports.extension.allUnits')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('reports.extension.untilDate')}
          hint={t('reports.extension.untilHint')}
          error={server.fieldError(errors.untilDate, 'untilDate')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              readOnly={Boolean(confirming)}
              {...form.register('untilDate')}
            />
          )}
        </Field>
        <Field label={t('reports.extension.reason')} error={server.fieldError(errors.reason, 'reason')}>
          {(control) => <textarea {...control} rows={3} readOnly={Boolean(confirming)} {...form.register('reason')} />}
        </Field>
        {confirming ? (
          <ConfirmStep
            question={t('reports.extension.confirm', {
              period: periodName(confirming.periodId),
              unit: unitName(confirming.unitId),
              date: confirming.untilDate.split('-').reverse().join('/'),
            })}
            confirm={t('reports.extension.send')}
            sending={sending}
            onConfirm={() => void send(confirming)}
            onBack={() => setConfirming(null)}
          />
        ) : (
          <FormActions
            submit={t('reports.extension.next')}
            cancel={t('reports.cancel')}
            saving={t('reports.sending')}
            sending={sending}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}
