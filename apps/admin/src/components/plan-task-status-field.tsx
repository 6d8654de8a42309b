import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TaskStatus } from '@cchc/domain';
import type { PlanTaskFormValues } from '../lib/plan-task-form';
import { useProblemText } from './form/error-text';
import { Field } from './form/field';

/** "Trạng thái" of the task edit form. */
export function PlanTaskStatusField() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<PlanTaskFormValues>();
  const { fieldError } = useProblemText();
  return (
    <Field label={t('plan.edit.status')} error={fieldError(errors.status, 'status')}>
      {(control) => (
        <select {...control} {...register('status')}>
          {Object.values(TaskStatus).map((value) => (
            <option key={value} value={value}>
              {t(`taskStatus.${value}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
