import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { graphql, readFragment, type FragmentOf, type VariablesOf } from '../graphql';
import { formatDate, parseDateVi } from '../lib/format';
import { TASK_STATUS_ORDER } from '../lib/plan-table';
import { PlanTaskRow_PlanTaskFragment } from './plan-task-row';

export const PlanTaskEditDialog_PlanTaskFragment = graphql(`
  fragment PlanTaskEditDialog_PlanTask on PlanTask {
    id
    code
    status
    timePhrase
    timing {
      start
      end
      due
      overridden
      note
    }
  }
`);

/**
 * The task comes back with what an update can change (status, overdue, the whole timing, as the row
 * and this dialog read them); graphcache merges it into the normalised `PlanTask` entity, so every
 * list and chart showing the task re-renders. Fields an update cannot change are not asked again.
 */
export const UpdatePlanTaskMutation = graphql(
  `
    mutation UpdatePlanTask($input: UpdatePlanTaskInput!) {
      updatePlanTask(input: $input) {
        __typename
        ... on UpdatePlanTaskSuccess {
          task {
            id
            status
            overdue
            ...PlanTaskRow_PlanTask
            ...PlanTaskEditDialog_PlanTask
          }
        }
        ... on ValidationError {
          message
          code
          problems {
            field
            code
            message
          }
        }
        ... on NotFoundError {
          message
          code
        }
      }
    }
  `,
  [PlanTaskRow_PlanTaskFragment, PlanTaskEditDialog_PlanTaskFragment],
);

type UpdateInput = VariablesOf<typeof UpdatePlanTaskMutation>['input'];
type TaskStatus = (typeof TASK_STATUS_ORDER)[number];
type FieldName = 'status' | 'start' | 'end' | 'due' | 'reason';
type FieldErrors = Partial<Record<FieldName, string>>;

/** Server problem paths → the inputs showing them (only while the input is on screen). */
const PROBLEM_FIELDS: Record<string, FieldName> = {
  status: 'status',
  'timing.start': 'start',
  'timing.end': 'end',
  'timing.due': 'due',
  reason: 'reason',
};
const FIELD_ORDER: FieldName[] = ['status', 'start', 'end', 'due', 'reason'];

export interface PlanTaskSaved {
  code: string;
  status: TaskStatus;
  statusChanged: boolean;
}

function errorMessage(error: CombinedError): string {
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message).join('; ');
  return error.networkError?.message ?? error.message;
}

/**
 * "Cập nhật nhiệm vụ": a modal native <dialog> to set a task's status, set its dates by hand
 * (with a reason), or return to the dates computed from the plan's time phrase. The server
 * validates; the form only checks what it must to build the input (dates parse, a reason).
 */
export function PlanTaskEditDialog({
  task: taskRef,
  onClose,
  onSaved,
}: {
  task: FragmentOf<typeof PlanTaskEditDialog_PlanTaskFragment>;
  onClose: () => void;
  onSaved: (saved: PlanTaskSaved) => void;
}) {
  const { t } = useTranslation();
  const task = readFragment(PlanTaskEditDialog_PlanTaskFragment, taskRef);
  const id = useId();
  const ids = {
    title: `${id}-title`,
    status: `${id}-status`,
    manual: `${id}-manual`,
    start: `${id}-start`,
    end: `${id}-end`,
    due: `${id}-due`,
    reason: `${id}-reason`,
    confirm: `${id}-confirm`,
  };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const confirmCancelRef = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [manual, setManual] = useState(false);
  const [dates, setDates] = useState({
    start: formatDate(task.timing.start),
    end: formatDate(task.timing.end),
    due: formatDate(task.timing.due),
  });
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  // bumped after each failed attempt so focus moves to the first problem once it is on screen
  const [attempt, setAttempt] = useState(0);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [{ fetching: sending }, updatePlanTask] = useMutation(UpdatePlanTaskMutation);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    statusRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    if (attempt === 0) return;
    const first = FIELD_ORDER.find((name) => fieldErrors[name]);
    if (first) document.getElementById(ids[first])?.focus();
    else alertRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only after a failed attempt
  }, [attempt]);

  const confirmShown = useRef(false);
  useEffect(() => {
    // into the confirm step on its safe choice; back to the reset button when it is left
    if (confirmingReset) confirmCancelRef.current?.focus();
    else if (confirmShown.current) resetRef.current?.focus();
    confirmShown.current = confirmingReset;
  }, [confirmingReset]);

  const cancelReset = () => setConfirmingReset(false);

  const requestClose = () => {
    if (sending) return;
    if (confirmingReset) cancelReset();
    else onClose();
  };

  const fail = (fields: FieldErrors, messages: string[]) => {
    setFieldErrors(fields);
    setFormErrors(messages);
    setAttempt((n) => n + 1);
  };

  const send = async (input: UpdateInput) => {
    setFieldErrors({});
    setFormErrors([]);
    const result = await updatePlanTask({ input });
    if (result.error) {
      fail({}, [t('plan.edit.failed', { message: errorMessage(result.error) })]);
      return;
    }
    const payload = result.data?.updatePlanTask;
    if (!payload) {
      fail({}, [t('plan.edit.failed', { message: '' })]);
      return;
    }
    switch (payload.__typename) {
      case 'UpdatePlanTaskSuccess': {
        const saved = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.task);
        onSaved({ code: saved.code, status: saved.status, statusChanged: saved.status !== task.status });
        return;
      }
      case 'ValidationError': {
        const fields: FieldErrors = {};
        const messages: string[] = [];
        for (const problem of payload.problems) {
          const name = PROBLEM_FIELDS[problem.field];
          const shown = name === 'status' || (name !== undefined && manual);
          if (name && shown && !fields[name]) fields[name] = problem.message;
          else messages.push(problem.message);
        }
        if (payload.problems.length === 0) messages.push(payload.message);
        fail(fields, messages);
        return;
      }
      case 'NotFoundError':
        fail({}, [payload.message]);
        return;
    }
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const input: UpdateInput = { id: task.id };
    if (status !== task.status) input.status = status;
    if (manual) {
      const errors: FieldErrors = {};
      const start = parseDateVi(dates.start);
      const end = parseDateVi(dates.end);
      const due = dates.due.trim() === '' ? null : parseDateVi(dates.due);
      if (!start) errors.start = t(dates.start.trim() ? 'plan.edit.invalidDate' : 'plan.edit.requiredDate');
      if (!end) errors.end = t(dates.end.trim() ? 'plan.edit.invalidDate' : 'plan.edit.requiredDate');
      if (dates.due.trim() !== '' && !due) errors.due = t('plan.edit.invalidDate');
      if (!reason.trim()) errors.reason = t('plan.edit.reasonRequired');
      if (Object.keys(errors).length > 0 || !start || !end) {
        fail(errors, []);
        return;
      }
      input.timing = { start, end, due };
      input.reason = reason.trim();
    }
    if (input.status === undefined && input.timing === undefined) {
      fail({}, [t('plan.edit.noChanges')]);
      return;
    }
    void send(input);
  };

  const describedBy = (name: FieldName) => (fieldErrors[name] ? `${ids[name]}-error` : undefined);
  const fieldError = (name: FieldName) =>
    fieldErrors[name] ? (
      <p id={`${ids[name]}-error`} className="field-error">
        {fieldErrors[name]}
      </p>
    ) : null;
  const dateField = (name: 'start' | 'end' | 'due') => (
    <div className="field">
      <label htmlFor={ids[name]}>{t(`plan.edit.${name}`)}</label>
      <input
        id={ids[name]}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('plan.edit.datePlaceholder')}
        value={dates[name]}
        required={name !== 'due'}
        aria-invalid={fieldErrors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
        onChange={(event) => setDates((current) => ({ ...current, [name]: event.target.value }))}
      />
      {fieldError(name)}
    </div>
  );

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        // Esc in a browser: we decide (not while sending; first leave the confirm step)
        event.preventDefault();
        requestClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          requestClose();
        }
      }}
    >
      <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <h2 id={ids.title} className="dialog-title">
          {t('plan.edit.title', { code: task.code })}
        </h2>

        {formErrors.length > 0 ? (
          <div ref={alertRef} className="form-error" role="alert" tabIndex={-1}>
            {formErrors.map((message, index) => (
              <p key={index}>{message}</p>
            ))}
          </div>
        ) : null}

        <div className="field">
          <label htmlFor={ids.status}>{t('plan.edit.status')}</label>
          <select
            id={ids.status}
            ref={statusRef}
            value={status}
            aria-invalid={fieldErrors.status ? true : undefined}
            aria-describedby={describedBy('status')}
            onChange={(event) => setStatus(event.target.value as TaskStatus)}
          >
            {TASK_STATUS_ORDER.map((value) => (
              <option key={value} value={value}>
                {t(`taskStatus.${value}`)}
              </option>
            ))}
          </select>
          {fieldError('status')}
        </div>

        <fieldset className="dialog-fieldset">
          <legend>{t('plan.edit.timing')}</legend>
          <p className="muted">
            {t('plan.edit.timePhrase')} <span className="time-phrase">{task.timePhrase}</span>
          </p>
          {task.timing.overridden && task.timing.note ? (
            <p className="muted">{t('plan.edit.currentNote', { note: task.timing.note })}</p>
          ) : null}

          <div className="field-check">
            <input
              id={ids.manual}
              type="checkbox"
              checked={manual}
              aria-controls={`${id}-manual-fields`}
              onChange={(event) => setManual(event.target.checked)}
            />
            <label htmlFor={ids.manual}>{t('plan.edit.manual')}</label>
          </div>
          {manual ? (
            <div id={`${id}-manual-fields`}>
              {dateField('start')}
              {dateField('end')}
              {dateField('due')}
              <div className="field">
                <label htmlFor={ids.reason}>{t('plan.edit.reason')}</label>
                <textarea
                  id={ids.reason}
                  rows={3}
                  value={reason}
                  required
                  aria-invalid={fieldErrors.reason ? true : undefined}
                  aria-describedby={describedBy('reason')}
                  onChange={(event) => setReason(event.target.value)}
                />
                {fieldError('reason')}
              </div>
            </div>
          ) : null}

          {task.timing.overridden ? (
            confirmingReset ? (
              <div className="confirm" role="group" aria-labelledby={ids.confirm}>
                <p id={ids.confirm}>{t('plan.edit.resetConfirm')}</p>
                <div className="dialog-actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={sending}
                    onClick={() => void send({ id: task.id, resetTiming: true })}
                  >
                    {sending ? t('plan.edit.saving') : t('plan.edit.confirm')}
                  </button>
                  <button type="button" ref={confirmCancelRef} disabled={sending} onClick={cancelReset}>
                    {t('plan.edit.cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                ref={resetRef}
                className="link-button"
                disabled={sending}
                onClick={() => setConfirmingReset(true)}
              >
                {t('plan.edit.reset')}
              </button>
            )
          ) : null}
        </fieldset>

        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={sending || confirmingReset}>
            {sending ? t('plan.edit.saving') : t('plan.edit.save')}
          </button>
          <button type="button" disabled={sending} onClick={onClose}>
            {t('plan.edit.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
