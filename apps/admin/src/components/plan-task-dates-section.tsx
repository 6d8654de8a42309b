import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useProblemText } from './form/error-text';
import { Field } from './form/field';
import { type PlanTaskFormValues, yearParams } from '../lib/plan-task-form';

/**
 * "Thời gian thực hiện" of the task edit form: the plan's time phrase, the reason of an earlier
 * hand-set, and "Đặt ngày thủ công" opening the dd/mm/yyyy date fields and the reason. `children`
 * comes last in the group (the return to the plan's dates).
 */
export function PlanTaskDatesSection({
  year,
  timePhrase,
  note,
  children,
}: {
  /** The plan year (its problems name it). */
  year: number;
  timePhrase: string;
  /** Why the dates were set by hand, when they were. */
  note: string | null;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<PlanTaskFormValues>();
  const manual = watch('manual');
  const { fieldError } = useProblemText(yearParams(year));
  const error = (name: 'start' | 'end' | 'due' | 'reason') => fieldError(errors[name], name);
  const dateField = (name: 'start' | 'end' | 'due') => (
    <Field label={t(`plan.edit.${name}`)} describedBy={`${id}-date-hint`} error={error(name)}>
      {(control) => (
        <input
          {...control}
          {...register(name)}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('plan.edit.datePlaceholder')}
          required={name !== 'due'}
        />
      )}
    </Field>
  );

  return (
    <fieldset className="dialog-fieldset">
      <legend>{t('plan.edit.timing')}</legend>
      <p className="muted">
        {t('plan.edit.timePhrase')} <span className="time-phrase">{timePhrase}</span>
      </p>
      {note ? <p className="muted">{t('plan.edit.currentNote', { note })}</p> : null}
      <div className="field-check">
        <input id={`${id}-manual`} type="checkbox" aria-controls={`${id}-fields`} {...register('manual')} />
        <label htmlFor={`${id}-manual`}>{t('plan.edit.manual')}</label>
      </div>
      {manual ? (
        <div id={`${id}-fields`}>
          <p id={`${id}-date-hint`} className="field-hint">
            {t('plan.edit.dateHint')}
          </p>
          {dateField('start')}
          {dateField('end')}
          {dateField('due')}
          <Field label={t('plan.edit.reason')} hint={t('plan.edit.reasonHint')} error={error('reason')}>
            {(control) => <textarea {...control} {...register('reason')} rows={3} required />}
          </Field>
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}
