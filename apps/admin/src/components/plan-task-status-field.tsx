import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TASK_STATUS_ORDER } from '../lib/plan-table';
import type { PlanTaskFormValues } from '../lib/plan-task-form';
import { useErrorText } from './form/error-text';
import { Field } from './form/field';

/** "Trạng thái" of the task edit form. */
export function PlanTaskStatusField() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<PlanTaskFormValues>();
  const errorText = useErrorText();
  return (
    <Field label={t('plan.edit.status')} error={errorText(errors.status)}>
      {(control) => (
        <select {...control} {...register('status')}>
          {TASK_STATUS_ORDER.map((value) => (
            <option key={value} value={value}>
              {t(`taskStatus.${value}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
