import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatPoints, numberLocale } from '../../lib/format';
import type { ScoreFormValues } from '../../lib/score-entry-form';
import { checklistItems, DEADLINE_STATUSES, deductionRules, inputMode, type LeafInfo } from '../../lib/score-method';
import { useProblemText } from '../form/error-text';
import { Field } from '../form/field';

/**
 * The inputs of a leaf's scoring method, in a form over ScoreFormValues: "Đạt / Không đạt", the
 * checklist's items, numerator and denominator, the deadline status, the count of each deduction;
 * or the points themselves (up to the leaf's maximum) when the method's inputs cannot be typed.
 * One group named after the method; its problem shows under it.
 */
export function MethodInputs({ leaf, pointsOnly = false }: { leaf: LeafInfo; pointsOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<ScoreFormValues>();
  const { fieldError } = useProblemText();
  const groupId = useId();
  const locale = numberLocale(i18n.language);
  const max = formatPoints(leaf.maxPoints, locale);
  const mode = pointsOnly ? 'points' : inputMode(leaf);
  const inputsError = fieldError(errors.inputs as Parameters<typeof fieldError>[0], 'inputs');
  const errorId = `${groupId}-error`;

  if (mode === 'points') {
    return (
      <Field
        label={t('scoreEntry.points', { max })}
        error={fieldError(errors.points, 'points')}
        hint={pointsOnly ? undefined : t('scoreEntry.pointsHint')}
      >
        {(control) => <input {...control} inputMode="decimal" autoComplete="off" {...register('points')} />}
      </Field>
    );
  }

  const invalid = inputsError ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const legend = t(`scoreEntry.method.${leaf.method ?? 'BINARY'}`);
  return (
    <fieldset className="score-method" {...(inputsError ? { 'aria-describedby': errorId } : {})}>
      <legend>
        {legend} <span className="muted">({t('scoreEntry.max', { max })})</span>
      </legend>
      {mode === 'binary' ? (
        <div className="score-choices">
          {(['yes', 'no'] as const).map((value) => (
            <label key={value} className="field-check">
              <input type="radio" value={value} {...invalid} {...register('inputs.met')} />
              {t(`scoreEntry.binary.${value}`)}
            </label>
          ))}
        </div>
      ) : null}
      {mode === 'checklist' ? (
        <div className="score-choices">
          {checklistItems(leaf).map((item, k) => (
            <label key={item} className="field-check">
              <input type="checkbox" {...register(`inputs.items.${k}`)} />
              {item}
            </label>
          ))}
        </div>
      ) : null}
      {mode === 'ratio' ? (
        <div className="score-ratio">
          <Field label={t('scoreEntry.numerator')}>
            {(control) => (
              <input
                {...control}
                {...invalid}
                inputMode="decimal"
                autoComplete="off"
                {...register('inputs.numerator')}
              />
            )}
          </Field>
          <span aria-hidden="true">/</span>
          <Field label={t('scoreEntry.denominator')}>
            {(control) => (
              <input
                {...control}
                {...invalid}
                inputMode="decimal"
                autoComplete="off"
                {...register('inputs.denominator')}
              />
            )}
          </Field>
        </div>
      ) : null}
      {mode === 'deadline' ? (
        <div className="score-choices">
          {DEADLINE_STATUSES.map((value) => (
            <label key={value} className="field-check">
              <input type="radio" value={value} {...invalid} {...register('inputs.status')} />
              {t(`scoreEntry.deadline.${value}`)}
            </label>
          ))}
        </div>
      ) : null}
      {mode === 'deduction' ? (
        <div className="score-deductions">
          {deductionRules(leaf).map((rule, k) => (
            <Field
              key={rule.code}
              label={t('scoreEntry.deductionCount', { event: rule.event, minus: formatPoints(rule.minus, locale) })}
            >
              {(control) => (
                <input
                  {...control}
                  {...invalid}
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="0"
                  {...register(`inputs.occurrences.${k}`)}
                />
              )}
            </Field>
          ))}
        </div>
      ) : null}
      {inputsError ? (
        <p id={errorId} className="field-error">
          {inputsError}
        </p>
      ) : null}
    </fieldset>
  );
}
