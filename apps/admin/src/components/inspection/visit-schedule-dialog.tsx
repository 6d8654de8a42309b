import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import {
  emptyVisitForm,
  problemField,
  type VisitFormValues,
  type VisitProblem,
  visitFormProblems,
  visitInput,
} from '../../lib/inspection-visits';
import { Dialog } from '../form/dialog';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';
import { FormActions } from '../form/form-actions';
import { VisitCard_InspectionVisitFragment } from './visit-fragments';

const VisitConflictFields = graphql(`
  fragment VisitConflictFields on VisitConflictError @_unmask {
    message
    code
    clashes {
      kind
      name
      unitName
      message
    }
  }
`);

const VisitStepFields = graphql(`
  fragment VisitStepFields on VisitStepError @_unmask {
    message
    code
    status
  }
`);

export const CreateInspectionVisitMutation = graphql(
  `
    mutation CreateInspectionVisit($input: CreateInspectionVisitInput!) {
      createInspectionVisit(input: $input) {
        __typename
        ... on InspectionVisitSuccess {
          visit {
            ...VisitCard_InspectionVisit
          }
        }
        ...VisitConflictFields
        ...VisitStepFields
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
        ...VersionConflictErrorFields
      }
    }
  `,
  [
    VisitCard_InspectionVisitFragment,
    VisitConflictFields,
    VisitStepFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const UpdateInspectionVisitMutation = graphql(
  `
    mutation UpdateInspectionVisit($input: UpdateInspectionVisitInput!) {
      updateInspectionVisit(input: $input) {
        __typename
        ... on InspectionVisitSuccess {
          visit {
            ...VisitCard_InspectionVisit
          }
        }
        ...VisitConflictFields
        ...VisitStepFields
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
        ...VersionConflictErrorFields
      }
    }
  `,
  [
    VisitCard_InspectionVisitFragment,
    VisitConflictFields,
    VisitStepFields,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export interface ScheduleChoices {
  units: ReadonlyArray<{ id: string; name: string }>;
  people: ReadonlyArray<{ id: string; fullName: string }>;
  areas: ReadonlyArray<{ id: string; code: string; name: string }>;
}

/**
 * "Lên lịch kiểm tra" (or "Sửa lịch" of a planned/notified visit): the unit, the day and the window,
 * the place, the team (inspectors and outside experts, one lead), the scope (areas of the framework
 * and/or words). Checked with the domain's rules before sending; a clash with another visit is shown
 * next to the day and time, naming who or which unit and the other window.
 */
export function VisitScheduleDialog({
  yearId,
  choices,
  initial,
  editing,
  onClose,
  onSaved,
}: {
  yearId: string;
  choices: ScheduleChoices;
  initial: VisitFormValues;
  /** the visit being changed (absent: a new visit) */
  editing?: { id: string; version: number };
  onClose: () => void;
  onSaved: (visitId: string) => void;
}) {
  const { t } = useTranslation();
  const ids = {
    unit: useId(),
    date: useId(),
    start: useId(),
    end: useId(),
    place: useId(),
    scope: useId(),
    when: useId(),
  };
  const [values, setValues] = useState<VisitFormValues>(initial);
  const [problems, setProblems] = useState<VisitProblem[]>([]);
  const [clashes, setClashes] = useState<string[]>([]);
  const [top, setTop] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateInspectionVisitMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateInspectionVisitMutation);
  const sending = creating || updating;
  const set = (change: Partial<VisitFormValues>) => setValues((v) => ({ ...v, ...change }));
  const errorOf = (field: string) => {
    const p = problems.find((q) => problemField(q.field) === field);
    return p ? t(`inspectionVisits.problems.${p.code}`, { defaultValue: p.message }) : undefined;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setClashes([]);
    setTop(null);
    const found = visitFormProblems(values);
    setProblems(found);
    if (found.length) return;
    const input = visitInput(values);
    const result = editing
      ? await update({ input: { ...input, id: editing.id, version: editing.version } })
      : await create({ input: { ...input, yearId } });
    const answer = result.data
      ? 'createInspectionVisit' in result.data
        ? result.data.createInspectionVisit
        : result.data.updateInspectionVisit
      : null;
    if (!answer) return setTop(t('inspectionVisits.failed', { message: result.error?.message ?? '' }));
    switch (answer.__typename) {
      case 'InspectionVisitSuccess':
        return onSaved(answer.visit.id);
      case 'VisitConflictError':
        return setClashes(answer.clashes.map((c) => c.message));
      case 'ValidationError':
        return setProblems([...answer.problems]);
      default:
        return setTop(answer.message);
    }
  };

  const teamError = errorOf('team');
  return (
    <Dialog
      title={editing ? t('inspectionVisits.edit') : t('inspectionVisits.schedule')}
      onRequestClose={() => (sending ? undefined : onClose())}
    >
      <form className="dialog-form visit-form" noValidate onSubmit={submit} aria-busy={sending || undefined}>
        {top ? (
          <div className="form-error" role="alert">
            <p>{top}</p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={ids.unit}>{t('inspectionVisits.unit')}</label>
          <select
            id={ids.unit}
            value={values.unitId}
            aria-invalid={errorOf('unitId') ? true : undefined}
            onChange={(e) => set({ unitId: e.target.value })}
          >
            <option value="">{t('inspectionVisits.chooseUnit')}</option>
            {choices.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {errorOf('unitId') ? <p className="field-error">{errorOf('unitId')}</p> : null}
        </div>
        <fieldset className="dialog-fieldset" aria-describedby={clashes.length ? ids.when : undefined}>
          <legend>{t('inspectionVisits.when')}</legend>
          <div className="field">
            <label htmlFor={ids.date}>{t('inspectionVisits.date')}</label>
            <input id={ids.date} type="date" value={values.date} onChange={(e) => set({ date: e.target.value })} />
            {errorOf('date') ? <p className="field-error">{errorOf('date')}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={ids.start}>{t('inspectionVisits.startTime')}</label>
            <input
              id={ids.start}
              type="time"
              value={values.startTime}
              onChange={(e) => set({ startTime: e.target.value })}
            />
            {errorOf('startTime') ? <p className="field-error">{errorOf('startTime')}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={ids.end}>{t('inspectionVisits.endTime')}</label>
            <input
              id={ids.end}
              type="time"
              value={values.endTime}
              aria-invalid={errorOf('endTime') ? true : undefined}
              onChange={(e) => set({ endTime: e.target.value })}
            />
            {errorOf('endTime') ? <p className="field-error">{errorOf('endTime')}</p> : null}
          </div>
          {clashes.length ? (
            <div id={ids.when} className="field-error visit-clash" role="alert">
              <p>{t('inspectionVisits.clash')}</p>
              <ul>
                {clashes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.place}>{t('inspectionVisits.place')}</label>
          <input id={ids.place} value={values.place} onChange={(e) => set({ place: e.target.value })} />
        </div>
        <fieldset className="dialog-fieldset">
          <legend>{t('inspectionVisits.team')}</legend>
          {values.team.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a member has no identity before it is saved; every input is controlled by the values
            <div key={`member-${i}`} className="visit-member">
              <div className="field">
                <label htmlFor={`${ids.scope}-m${i}`}>{t('inspectionVisits.member', { n: i + 1 })}</label>
                <select
                  id={`${ids.scope}-m${i}`}
                  value={m.userId}
                  onChange={(e) =>
                    set({ team: values.team.map((x, j) => (j === i ? { ...x, userId: e.target.value } : x)) })
                  }
                >
                  <option value="">{t('inspectionVisits.expert')}</option>
                  {choices.people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.fullName}
                    </option>
                  ))}
                </select>
              </div>
              {m.userId ? null : (
                <>
                  <div className="field">
                    <label htmlFor={`${ids.scope}-n${i}`}>{t('inspectionVisits.expertName')}</label>
                    <input
                      id={`${ids.scope}-n${i}`}
                      value={m.name}
                      onChange={(e) =>
                        set({ team: values.team.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })
                      }
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${ids.scope}-o${i}`}>{t('inspectionVisits.organization')}</label>
                    <input
                      id={`${ids.scope}-o${i}`}
                      value={m.organization}
                      onChange={(e) =>
                        set({ team: values.team.map((x, j) => (j === i ? { ...x, organization: e.target.value } : x)) })
                      }
                    />
                  </div>
                </>
              )}
              <div className="field-check">
                <input
                  id={`${ids.scope}-l${i}`}
                  type="radio"
                  name={`${ids.scope}-lead`}
                  checked={values.lead === i}
                  onChange={() => set({ lead: i })}
                />
                <label htmlFor={`${ids.scope}-l${i}`}>{t('inspectionVisits.lead')}</label>
              </div>
              {values.team.length > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    set({
                      team: values.team.filter((_, j) => j !== i),
                      lead: values.lead === i ? 0 : values.lead > i ? values.lead - 1 : values.lead,
                    })
                  }
                >
                  {t('inspectionVisits.removeMember', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {teamError ? <p className="field-error">{teamError}</p> : null}
          <button
            type="button"
            onClick={() => set({ team: [...values.team, { userId: '', name: '', organization: '' }] })}
          >
            {t('inspectionVisits.addMember')}
          </button>
        </fieldset>
        <fieldset className="dialog-fieldset">
          <legend>{t('inspectionVisits.scope')}</legend>
          {choices.areas.map((a) => (
            <div key={a.id} className="field-check">
              <input
                id={`${ids.scope}-a${a.id}`}
                type="checkbox"
                checked={values.scopeNodeIds.includes(a.id)}
                onChange={(e) =>
                  set({
                    scopeNodeIds: e.target.checked
                      ? [...values.scopeNodeIds, a.id]
                      : values.scopeNodeIds.filter((x) => x !== a.id),
                  })
                }
              />
              <label htmlFor={`${ids.scope}-a${a.id}`}>
                {a.code}. {a.name}
              </label>
            </div>
          ))}
          <div className="field">
            <label htmlFor={ids.scope}>{t('inspectionVisits.scopeText')}</label>
            <textarea
              id={ids.scope}
              rows={3}
              value={values.scopeText}
              aria-invalid={errorOf('scopeText') ? true : undefined}
              onChange={(e) => set({ scopeText: e.target.value })}
            />
            {errorOf('scopeText') ? <p className="field-error">{errorOf('scopeText')}</p> : null}
          </div>
        </fieldset>
        <FormActions
          submit={editing ? t('inspectionVisits.saveEdit') : t('inspectionVisits.saveNew')}
          saving={t('inspectionVisits.saving')}
          cancel={t('inspectionVisits.cancelForm')}
          sending={sending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

export { emptyVisitForm };
