import type { GrantReportExtensionInput } from '@cchc/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { EXTENSION_FIELDS, type ExtensionFormValues, extensionResolver } from '../../lib/reports';
import { ConfirmedFormDialog, ReasonField } from '../form/confirmed-form-dialog';
import { DateField } from '../form/date-field';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';
import { Field } from '../form/field';
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
    <ConfirmedFormDialog
      title={t('reports.extension.title')}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={(input) =>
        t('reports.extension.confirm', {
          period: periodName(input.periodId),
          unit: unitName(input.unitId),
          date: input.untilDate.split('-').reverse().join('/'),
        })
      }
      labels={{
        next: t('reports.extension.next'),
        cancel: t('reports.cancel'),
        saving: t('reports.sending'),
        confirm: t('reports.extension.send'),
      }}
      onClose={onClose}
      onSend={(input) => void send(input)}
    >
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
      <DateField
        label={t('reports.extension.untilDate')}
        hint={t('reports.extension.untilHint')}
        error={server.fieldError(errors.untilDate, 'untilDate')}
        readOnly={Boolean(confirming)}
        registration={form.register('untilDate')}
      />
      <ReasonField
        label={t('reports.extension.reason')}
        error={server.fieldError(errors.reason, 'reason')}
        readOnly={Boolean(confirming)}
        registration={form.register('reason')}
      />
    </ConfirmedFormDialog>
  );
}
