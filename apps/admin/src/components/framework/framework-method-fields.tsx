import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NodeFormValues } from '../../lib/framework-node-form';
import { Field } from '../form/field';

/**
 * The settings of a leaf's scoring method, shaped by the method: the points when not met (yes/no),
 * the items (checklist), the target (ratio), the tiers (tiered ratio), the points when late or
 * missing (deadline), the start, floor and deductions (deduction), the answers' weights (Likert).
 * The points when met / on time are the leaf's maximum.
 */
export function FrameworkMethodFields({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { register, watch, setValue, control } = useFormContext<NodeFormValues>();
  const kind = watch('kind');
  const tiers = useFieldArray({ control, name: 'tiers' });
  const rules = useFieldArray({ control, name: 'rules' });
  const weights = useFieldArray({ control, name: 'weights' });
  const k = (key: string) => t(`frameworkEditor.method.${key}`);
  const decimal = { inputMode: 'decimal' as const, autoComplete: 'off', disabled };

  switch (kind) {
    case 'binary':
      return (
        <div className="form-grid">
          <Field label={k('noPoints')}>{(c) => <input {...c} {...decimal} {...register('noPoints')} />}</Field>
          <Field label={k('condition')} className="span-2">
            {(c) => <input {...c} disabled={disabled} {...register('condition')} />}
          </Field>
        </div>
      );
    case 'checklist':
      return (
        <Field label={k('items')} hint={k('itemsHint')}>
          {(c) => <textarea {...c} rows={4} disabled={disabled} {...register('items')} />}
        </Field>
      );
    case 'ratio':
      return (
        <div className="form-grid">
          <Field label={k('target')}>{(c) => <input {...c} {...decimal} {...register('target')} />}</Field>
          <Field label={k('whenZero')} hint={k('whenZeroHint')}>
            {(c) => <input {...c} {...decimal} {...register('whenZero')} />}
          </Field>
        </div>
      );
    case 'ratio_tiered':
      return (
        <fieldset className="dialog-fieldset method-list">
          <legend>{k('tiers')}</legend>
          <p className="field-hint">{k('tiersHint')}</p>
          {tiers.fields.map((tier, i) => (
            <div key={tier.id} className="method-row">
              <Field label={k('tierFrom')}>
                {(c) => <input {...c} {...decimal} {...register(`tiers.${i}.min`)} />}
              </Field>
              <label className="field-check">
                <input type="checkbox" disabled={disabled} {...register(`tiers.${i}.minInclusive`)} />
                {k('inclusive')}
              </label>
              <Field label={k('tierTo')}>{(c) => <input {...c} {...decimal} {...register(`tiers.${i}.max`)} />}</Field>
              <label className="field-check">
                <input type="checkbox" disabled={disabled} {...register(`tiers.${i}.maxInclusive`)} />
                {k('inclusive')}
              </label>
              <Field label={k('tierPointsKind')}>
                {(c) => (
                  <select
                    {...c}
                    disabled={disabled}
                    value={watch(`tiers.${i}.pointsKind`)}
                    onChange={(e) =>
                      setValue(`tiers.${i}.pointsKind`, e.target.value as 'fixed' | 'proportional', {
                        shouldDirty: true,
                      })
                    }
                  >
                    <option value="fixed">{k('fixed')}</option>
                    <option value="proportional">{k('proportional')}</option>
                  </select>
                )}
              </Field>
              <Field label={k('tierPoints')}>
                {(c) => <input {...c} {...decimal} {...register(`tiers.${i}.points`)} />}
              </Field>
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                onClick={() => tiers.remove(i)}
                aria-label={t('frameworkEditor.method.removeTier', { n: i + 1 })}
              >
                {k('remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            disabled={disabled}
            onClick={() =>
              tiers.append({
                min: '',
                minInclusive: true,
                max: '',
                maxInclusive: true,
                pointsKind: 'fixed',
                points: '0',
              })
            }
          >
            {k('addTier')}
          </button>
          <Field label={k('whenZero')} hint={k('whenZeroHint')}>
            {(c) => <input {...c} {...decimal} {...register('whenZero')} />}
          </Field>
        </fieldset>
      );
    case 'deadline':
      return (
        <div className="form-grid">
          <Field label={k('late')}>{(c) => <input {...c} {...decimal} {...register('late')} />}</Field>
          <Field label={k('missing')}>{(c) => <input {...c} {...decimal} {...register('missing')} />}</Field>
        </div>
      );
    case 'deduction':
      return (
        <fieldset className="dialog-fieldset method-list">
          <legend>{k('deductions')}</legend>
          <div className="form-grid">
            <Field label={k('start')} hint={k('startHint')}>
              {(c) => <input {...c} {...decimal} {...register('start')} />}
            </Field>
            <Field label={k('floor')}>{(c) => <input {...c} {...decimal} {...register('floor')} />}</Field>
          </div>
          {rules.fields.map((rule, i) => (
            <div key={rule.id} className="method-row">
              <Field label={k('ruleCode')}>
                {(c) => <input {...c} disabled={disabled} {...register(`rules.${i}.code`)} />}
              </Field>
              <Field label={k('ruleEvent')} className="grow">
                {(c) => <input {...c} disabled={disabled} {...register(`rules.${i}.event`)} />}
              </Field>
              <Field label={k('ruleMinus')}>
                {(c) => <input {...c} {...decimal} {...register(`rules.${i}.minus`)} />}
              </Field>
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                onClick={() => rules.remove(i)}
                aria-label={t('frameworkEditor.method.removeRule', { n: i + 1 })}
              >
                {k('remove')}
              </button>
            </div>
          ))}
          <button type="button" disabled={disabled} onClick={() => rules.append({ code: '', event: '', minus: '0,5' })}>
            {k('addRule')}
          </button>
        </fieldset>
      );
    case 'survey_likert':
      return (
        <fieldset className="dialog-fieldset method-list">
          <legend>{k('weights')}</legend>
          {weights.fields.map((w, i) => (
            <div key={w.id} className="method-row">
              <Field label={k('answer')}>
                {(c) => <input {...c} disabled={disabled} {...register(`weights.${i}.answer`)} />}
              </Field>
              <Field label={k('weight')}>
                {(c) => <input {...c} {...decimal} {...register(`weights.${i}.weight`)} />}
              </Field>
            </div>
          ))}
        </fieldset>
      );
    case 'survey_rate':
      return <p className="field-hint">{k('surveyRateHint')}</p>;
    default:
      return null;
  }
}
