import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { formatDate } from '../../lib/format';
import {
  REOPEN_FIELDS,
  REOPENABLE_STAGES,
  type ReopenFormValues,
  type ReopenInput,
  reopenResolver,
} from '../../lib/score-reopen';
import { ConfirmedFormDialog, ReasonField } from '../form/confirmed-form-dialog';
import { DateField } from '../form/date-field';
import { Field } from '../form/field';
import { useServerForm } from '../form/use-server-form';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';

export const ReopenUnitStageMutation = graphql(
  `
  mutation ReopenUnitStage($input: ReopenUnitStageInput!) {
    reopenUnitStage(input: $input) {
      __typename
      ... on ReopenUnitStageSuccess {
        reopeningId
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

/**
 * "Mở lại giai đoạn cho đơn vị": the stage, the last day it is open for the unit (dd/mm/yyyy) and
 * the reason (kept in the audit log); then a confirmation before anything is sent.
 */
export function ReopenStageDialog({
  yearId,
  unitId,
  unitName,
  asOf,
  onClose,
  onDone,
}: {
  yearId: string;
  unitId: string;
  unitName: string;
  asOf: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const context = useRef({ yearId, unitId, asOf });
  context.current = { yearId, unitId, asOf };
  const form = useForm<ReopenFormValues, unknown, ReopenInput>({
    resolver: reopenResolver(() => context.current),
    defaultValues: { stage: 'SELF_ASSESSMENT', untilOn: '', reason: '' },
  });
  const [confirming, setConfirming] = useState<ReopenInput | null>(null);
  const [{ fetching: sending }, reopen] = useMutation(ReopenUnitStageMutation);
  const server = useServerForm({ form, fields: REOPEN_FIELDS, failedKey: 'appraisal.reopen.failed' });
  const { errors } = form.formState;

  const send = async (input: ReopenInput) => {
    server.setTop([]);
    const result = await reopen({ input });
    const payload = result.data?.reopenUnitStage;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'ReopenUnitStageSuccess') {
      onDone(
        t('appraisal.reopen.done', {
          stage: t(`cycleStage.${input.stage}`),
          unit: unitName,
          date: formatDate(input.untilOn),
        }),
      );
      return;
    }
    return server.failAnswer(payload);
  };

  return (
    <ConfirmedFormDialog
      title={t('appraisal.reopen.title', { unit: unitName })}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={(input) =>
        t('appraisal.reopen.confirm', {
          stage: t(`cycleStage.${input.stage}`),
          unit: unitName,
          date: formatDate(input.untilOn),
        })
      }
      labels={{
        next: t('appraisal.reopen.next'),
        cancel: t('appraisal.cancel'),
        saving: t('scoreEntry.saving'),
        confirm: t('appraisal.reopen.submit'),
      }}
      onClose={onClose}
      onSend={(input) => void send(input)}
    >
      <Field label={t('appraisal.reopen.stage')} error={server.fieldError(errors.stage, 'stage')}>
        {(control) => (
          <select {...control} disabled={Boolean(confirming)} {...form.register('stage')}>
            {REOPENABLE_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t(`cycleStage.${stage}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateField
        label={t('appraisal.reopen.until')}
        hint={t('appraisal.reopen.untilHint')}
        error={server.fieldError(errors.untilOn, 'untilOn')}
        readOnly={Boolean(confirming)}
        registration={form.register('untilOn')}
      />
      <ReasonField
        label={t('appraisal.reopen.reason')}
        error={server.fieldError(errors.reason, 'reason')}
        readOnly={Boolean(confirming)}
        registration={form.register('reason')}
      />
    </ConfirmedFormDialog>
  );
}
