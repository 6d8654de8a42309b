import { addPlanTaskInputSchema, inputProblems } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { Dialog } from './form/dialog';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const AddPlanTaskMutation = graphql(
  `
    mutation AddPlanTask($input: AddPlanTaskInput!) {
      addPlanTask(input: $input) {
        __typename
        ... on PlanTaskChanged {
          task {
            id
            code
          }
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

const FIELDS = ['text', 'leadLabel', 'coordinatingLabel', 'timePhrase'] as const;
type Field = (typeof FIELDS)[number];

/**
 * "Thêm nhiệm vụ": a task added at the end of an area (its code the area's next number, its dates
 * from the time phrase). The lead unit chosen from the registry links the task to it, so its
 * officer finds it in "Nhiệm vụ của tôi"; the labels are kept as the plan writes them.
 */
export function PlanTaskAddDialog({
  areas,
  units,
  onClose,
  onAdded,
}: {
  areas: ReadonlyArray<{ id: string; code: string; name: string }>;
  units: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
  onAdded: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '');
  const [values, setValues] = useState<Record<Field, string>>({
    text: '',
    leadLabel: '',
    coordinatingLabel: '',
    timePhrase: '',
  });
  const [leadUnitId, setLeadUnitId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field | 'top', string>>>({});
  const [{ fetching }, add] = useMutation(AddPlanTaskMutation);

  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const send = async () => {
    const input = {
      areaId,
      ...values,
      coordinatingLabel: values.coordinatingLabel || null,
      leadUnitIds: leadUnitId ? [leadUnitId] : [],
    };
    const parsed = addPlanTaskInputSchema.safeParse(input);
    const show = (problems: ReadonlyArray<{ field: string; message: string }>) => {
      const next: Partial<Record<Field | 'top', string>> = {};
      for (const p of problems) {
        const key = (FIELDS as readonly string[]).includes(p.field) ? (p.field as Field) : 'top';
        next[key] ??= p.message;
      }
      setErrors(next);
    };
    if (!parsed.success) return show(inputProblems(parsed.error));
    setErrors({});
    const result = await add({ input });
    const payload = result.data?.addPlanTask;
    if (result.error || !payload)
      return setErrors({ top: t('myTasks.failed', { message: result.error?.message ?? '' }) });
    if (payload.__typename === 'PlanTaskChanged') return onAdded(payload.task.code);
    if (payload.__typename === 'ValidationError') return show(payload.problems);
    return setErrors({ top: payload.message });
  };

  const field = (name: Field, label: string, multiline = false) => (
    <div className="field">
      <label htmlFor={`add-task-${name}`}>{label}</label>
      {multiline ? (
        <textarea
          id={`add-task-${name}`}
          rows={3}
          value={values[name]}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `add-task-${name}-error` : undefined}
          onChange={(e) => set(name, e.target.value)}
        />
      ) : (
        <input
          id={`add-task-${name}`}
          value={values[name]}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `add-task-${name}-error` : undefined}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
      {errors[name] ? (
        <p id={`add-task-${name}-error`} className="field-error">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <Dialog title={t('planAdd.title')} onRequestClose={() => (fetching ? null : onClose())}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!fetching) void send();
        }}
      >
        {errors.top ? (
          <div className="form-error" role="alert">
            <p>{errors.top}</p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="add-task-area">{t('planAdd.area')}</label>
          <select id="add-task-area" value={areaId} onChange={(e) => setAreaId(e.target.value)}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.code}. {a.name}
              </option>
            ))}
          </select>
        </div>
        {field('text', t('planAdd.text'), true)}
        {field('leadLabel', t('planAdd.leadLabel'))}
        <div className="field">
          <label htmlFor="add-task-lead-unit">{t('planAdd.leadUnit')}</label>
          <select id="add-task-lead-unit" value={leadUnitId} onChange={(e) => setLeadUnitId(e.target.value)}>
            <option value="">{t('planAdd.noUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {field('coordinatingLabel', t('planAdd.coordinatingLabel'))}
        {field('timePhrase', t('planAdd.timePhrase'))}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('planAdd.adding') : t('planAdd.add')}
          </button>
          <button type="button" disabled={fetching} onClick={onClose}>
            {t('planAdd.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
