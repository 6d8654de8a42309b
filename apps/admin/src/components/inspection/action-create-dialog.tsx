import './actions.css';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import {
  CREATE_ACTION_FIELDS,
  type CreateActionInput,
  type CreateActionValues,
  createActionResolver,
} from '../../lib/corrective-actions';
import { formatDate } from '../../lib/format';
import {
  ConflictErrorFields,
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
} from '../form/error-fragments';
import { ConfirmedFormDialog, ReasonField } from '../form/confirmed-form-dialog';
import { DateField } from '../form/date-field';
import { Field } from '../form/field';
import { useServerForm } from '../form/use-server-form';

export const CreateCorrectiveActionMutation = graphql(
  `
  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {
    createCorrectiveAction(input: $input) {
      __typename
      ... on CorrectiveActionSuccess { action { id status } }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ...ConflictErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, ConflictErrorFields],
);

/** A weakness an action may be created from (ActionFinding: id, text, criterion, the visited unit and day). */
export interface CreatableFinding {
  id: string;
  description: string;
  criterion: { code: string } | null;
  visit: { date: string; unitId: string; unitName: string };
}

/**
 * "Tạo hành động khắc phục" from a weakness: the weakness (fixed when `findingId` is given, e.g. from
 * the visit's findings list), what to fix, the owner unit (the inspected unit unless another is
 * chosen) and the due date (dd/mm/yyyy, not before the server's day `asOf`); a confirmation, then
 * the server's answer. Exported for the findings list (helper B's components) too.
 */
export function ActionCreateDialog({
  findings,
  findingId,
  units = [],
  asOf,
  onClose,
  onDone,
}: {
  findings: readonly CreatableFinding[];
  findingId?: string;
  /** units that may own the action besides the inspected one (optional) */
  units?: readonly { id: string; name: string }[];
  asOf: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const asOfRef = useRef(asOf);
  asOfRef.current = asOf;
  const form = useForm<CreateActionValues, unknown, CreateActionInput>({
    resolver: createActionResolver(() => asOfRef.current),
    defaultValues: { findingId: findingId ?? '', description: '', ownerUnitId: '', dueDate: '' },
  });
  const [confirming, setConfirming] = useState<CreateActionInput | null>(null);
  const [{ fetching: sending }, create] = useMutation(CreateCorrectiveActionMutation);
  const server = useServerForm({ form, fields: CREATE_ACTION_FIELDS, failedKey: 'correctiveActions.failed' });
  const { errors } = form.formState;
  const chosen = findings.find((f) => f.id === form.watch('findingId'));
  const ownerName = (input: CreateActionInput) =>
    units.find((u) => u.id === input.ownerUnitId)?.name ??
    findings.find((f) => f.id === input.findingId)?.visit.unitName ??
    '';

  const send = async (input: CreateActionInput) => {
    server.setTop([]);
    const result = await create({ input });
    const payload = result.data?.createCorrectiveAction;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'CorrectiveActionSuccess') return onDone(t('correctiveActions.createDialog.done'));
    if (payload.__typename === 'ConflictError') return server.fail([], [payload]);
    return server.failAnswer(payload);
  };

  return (
    <ConfirmedFormDialog
      className="action-dialog"
      title={t('correctiveActions.createDialog.title')}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={(input) =>
        t('correctiveActions.createDialog.confirm', {
          action: input.description,
          unit: ownerName(input),
          date: formatDate(input.dueDate),
        })
      }
      labels={{
        next: t('correctiveActions.next'),
        cancel: t('correctiveActions.cancel'),
        saving: t('correctiveActions.sending'),
        confirm: t('correctiveActions.create'),
      }}
      onClose={onClose}
      onSend={(input) => void send(input)}
    >
      {findings.length === 0 ? <p className="muted">{t('correctiveActions.createDialog.noFindings')}</p> : null}
      <Field
        label={t('correctiveActions.createDialog.finding')}
        error={server.fieldError(errors.findingId, 'findingId')}
      >
        {(control) => (
          <select {...control} disabled={Boolean(confirming) || Boolean(findingId)} {...form.register('findingId')}>
            <option value="">{t('correctiveActions.createDialog.chooseFinding')}</option>
            {findings.map((f) => (
              <option key={f.id} value={f.id}>
                {f.visit.unitName} ({formatDate(f.visit.date)}){f.criterion ? ` · ${f.criterion.code}` : ''}:{' '}
                {f.description}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ReasonField
        label={t('correctiveActions.createDialog.description')}
        error={server.fieldError(errors.description, 'description')}
        readOnly={Boolean(confirming)}
        registration={form.register('description')}
      />
      <Field
        label={t('correctiveActions.createDialog.owner')}
        error={server.fieldError(errors.ownerUnitId, 'ownerUnitId')}
      >
        {(control) => (
          <select {...control} disabled={Boolean(confirming)} {...form.register('ownerUnitId')}>
            <option value="">
              {t('correctiveActions.createDialog.ownerDefault')}
              {chosen ? ` (${chosen.visit.unitName})` : ''}
            </option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateField
        label={t('correctiveActions.createDialog.dueDate')}
        hint={t('correctiveActions.createDialog.dueHint')}
        error={server.fieldError(errors.dueDate, 'dueDate')}
        readOnly={Boolean(confirming)}
        registration={form.register('dueDate')}
      />
    </ConfirmedFormDialog>
  );
}
