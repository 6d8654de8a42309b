import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  budgetToSend,
  groupBudgetInput,
  ITEM_FIELDS,
  type ItemField,
  type ItemFormValues,
  itemFormSchema,
} from '../../lib/registration';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import { answerText, SaveRegistrationItemMutation } from './registration-mutations';

export interface ItemDialogItem {
  id: string;
  version: number;
  content: string;
  resultProduct: string;
  startDate: string;
  endDate: string;
  leadUnit: { id: string } | null;
  coordinatingUnits: ReadonlyArray<{ id: string }>;
  budgetVnd: string;
  note: string | null;
}

/**
 * Add or change one line of the registration: (1) content, (2) result product, (3) start and end,
 * (4) lead unit and (5) coordinating units from the year's units, (6) budget in đồng (shown with dots
 * as typed), (7) note. Problems under their fields (the form's own checks, then the server's).
 */
export function ItemDialog({
  yearId,
  unitId,
  year,
  units,
  item,
  onClose,
  onSaved,
}: {
  yearId: string;
  unitId: string;
  year: number;
  units: ReadonlyArray<{ id: string; name: string }>;
  item: ItemDialogItem | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const defaults: ItemFormValues = item
    ? {
        content: item.content,
        resultProduct: item.resultProduct,
        startDate: item.startDate,
        endDate: item.endDate,
        leadUnitId: item.leadUnit?.id ?? unitId,
        coordinatingUnitIds: item.coordinatingUnits.map((u) => u.id),
        budgetVnd: groupBudgetInput(item.budgetVnd),
        note: item.note ?? '',
      }
    : {
        content: '',
        resultProduct: '',
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
        leadUnitId: unitId,
        coordinatingUnitIds: [],
        budgetVnd: '0',
        note: '',
      };
  const form = useForm<ItemFormValues>({ resolver: zodResolver(itemFormSchema), defaultValues: defaults });
  const [{ fetching }, save] = useMutation(SaveRegistrationItemMutation);
  const server = useServerForm<ItemFormValues, ItemField>({
    form,
    fields: ITEM_FIELDS,
    failedKey: 'registration.failed',
  });
  const { errors } = form.formState;
  const problem = (field: ItemField) => {
    const e = errors[field];
    if (!e) return undefined;
    const code = e.type && e.type !== 'custom' && /^[A-Z_]+$/.test(String(e.type)) ? String(e.type) : String(e.message);
    return t(`registration.problem.${code}`, { defaultValue: String(e.message ?? '') });
  };

  const send = async (v: ItemFormValues) => {
    server.setTop([]);
    const result = await save({
      input: {
        yearId,
        unitId,
        id: item?.id ?? null,
        version: item?.version ?? null,
        content: v.content,
        resultProduct: v.resultProduct,
        startDate: v.startDate,
        endDate: v.endDate,
        leadUnitId: v.leadUnitId,
        coordinatingUnitIds: v.coordinatingUnitIds,
        budgetVnd: budgetToSend(v.budgetVnd),
        note: v.note || null,
      },
    });
    const answer = result.data?.saveRegistrationItem;
    if (result.error || !answer) return server.failRequest(result.error);
    switch (answer.__typename) {
      case 'RegistrationSuccess':
        onSaved(t(item ? 'registration.item.updated' : 'registration.item.added'));
        return;
      case 'ValidationError':
      case 'ForbiddenError':
      case 'NotFoundError':
        return server.failAnswer(answer);
      default:
        server.fail([], [{ message: answerText(t, answer) }]);
    }
  };

  const budget = form.register('budgetVnd');
  return (
    <Dialog
      title={t(item ? 'registration.item.editTitle' : 'registration.item.addTitle')}
      onRequestClose={() => (fetching ? undefined : onClose())}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={fetching || undefined}
        onSubmit={form.handleSubmit(send, (invalid) => server.showInvalid(invalid))}
      >
        <FormError ref={server.alertRef} messages={server.messages} />
        <Field label={t('registration.col.content')} error={problem('content')}>
          {(c) => <textarea {...c} rows={3} {...form.register('content')} />}
        </Field>
        <Field label={t('registration.col.resultProduct')} error={problem('resultProduct')}>
          {(c) => <textarea {...c} rows={2} {...form.register('resultProduct')} />}
        </Field>
        <div className="registration-dates">
          <Field label={t('registration.col.start')} error={problem('startDate')}>
            {(c) => <input {...c} type="date" {...form.register('startDate')} />}
          </Field>
          <Field label={t('registration.col.end')} error={problem('endDate')}>
            {(c) => <input {...c} type="date" {...form.register('endDate')} />}
          </Field>
        </div>
        <Field label={t('registration.col.lead')} error={problem('leadUnitId')}>
          {(c) => (
            <select {...c} defaultValue={defaults.leadUnitId} {...form.register('leadUnitId')}>
              <option value="">{t('registration.item.chooseUnit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('registration.col.coordinating')}
          hint={t('registration.item.coordinatingHint')}
          error={problem('coordinatingUnitIds')}
        >
          {(c) => (
            <select
              {...c}
              multiple
              size={6}
              defaultValue={[...defaults.coordinatingUnitIds]}
              {...form.register('coordinatingUnitIds')}
            >
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('registration.col.budget')}
          hint={t('registration.item.budgetHint')}
          error={problem('budgetVnd')}
        >
          {(c) => (
            <input
              {...c}
              inputMode="numeric"
              autoComplete="off"
              {...budget}
              onChange={(e) => {
                e.currentTarget.value = groupBudgetInput(e.currentTarget.value);
                void budget.onChange(e);
              }}
            />
          )}
        </Field>
        <Field label={t('registration.col.note')} error={problem('note')}>
          {(c) => <textarea {...c} rows={2} {...form.register('note')} />}
        </Field>
        <FormActions
          submit={t('registration.item.save')}
          cancel={t('registration.cancel')}
          saving={t('registration.saving')}
          sending={fetching}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
