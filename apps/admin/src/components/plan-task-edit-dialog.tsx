import type { UpdatePlanTaskInput } from '@cchc/domain';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { formatDate } from '../lib/format';
import {
  PLAN_TASK_FIELDS,
  placeProblems,
  planTaskResolver,
  yearParams,
  type PlanTaskBase,
  type PlanTaskFormValues,
  type Problem,
} from '../lib/plan-task-form';
import { Dialog } from './form/dialog';
import { useProblemText, type CodedMessage } from './form/error-text';
import { FormError } from './form/form-error';
import { PlanTaskConflict } from './plan-task-conflict';
import { PlanTaskDatesSection } from './plan-task-dates-section';
import { PlanTaskResetTiming } from './plan-task-reset-timing';
import { PlanTaskRow_PlanTaskFragment } from './plan-task-row';
import { PlanTaskStatusField } from './plan-task-status-field';
import { useSelectedYear } from './year-context';

export const PlanTaskEditDialog_PlanTaskFragment = graphql(`
  fragment PlanTaskEditDialog_PlanTask on PlanTask {
    id
    code
    version
    status
    timePhrase
    viewerCanUpdateStatus
    viewerCanSetTiming
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
 * The task comes back with what an update can change (status, overdue, the whole timing, the
 * version, as the row and this dialog read them); graphcache merges it into the normalised
 * `PlanTask` entity, so every list and chart showing the task re-renders. A conflict brings the
 * task as it is now (merged the same way); the form keeps what the person typed until they reload.
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
        ... on ConflictError {
          message
          code
          current {
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
        ... on ForbiddenError {
          message
          code
          reason
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

type EditableTask = ResultOf<typeof PlanTaskEditDialog_PlanTaskFragment>;

export interface PlanTaskSaved {
  code: string;
  status: EditableTask['status'];
  statusChanged: boolean;
}

function errorMessage(error: CombinedError): string {
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message).join('; ');
  return error.networkError?.message ?? error.message;
}

/** The form's values for a task as it is. */
function formValues(task: EditableTask): PlanTaskFormValues {
  return {
    status: task.status,
    manual: false,
    start: formatDate(task.timing.start),
    end: formatDate(task.timing.end),
    due: formatDate(task.timing.due),
    reason: '',
  };
}

function baseOf(task: EditableTask): PlanTaskBase {
  return { id: task.id, version: task.version, status: task.status };
}

/**
 * "Cập nhật nhiệm vụ": a modal dialog to set a task's status, set its dates by hand (with a
 * reason), or return to the dates computed from the plan's time phrase (after a confirmation).
 * Each part shows only when the server says the viewer may do it (`viewerCan…`). The update
 * carries the version the form was opened on: if someone else changed the task meanwhile, nothing
 * is written and the dialog shows the current values, which the person may load and try again.
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
  const year = useSelectedYear();
  // the task as the cache has it now (a conflict merges the current values into it)
  const task = readFragment(PlanTaskEditDialog_PlanTaskFragment, taskRef);
  // what the form was opened on, or last reloaded from: the version sent and the status compared
  const [base, setBase] = useState(() => baseOf(task));
  const baseRef = useRef(base);
  baseRef.current = base;
  const form = useForm<PlanTaskFormValues, unknown, UpdatePlanTaskInput>({
    resolver: planTaskResolver(() => baseRef.current),
    defaultValues: formValues(task),
  });
  const [topProblems, setTopProblems] = useState<CodedMessage[]>([]);
  const [conflict, setConflict] = useState<EditableTask | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [{ fetching: sending }, updatePlanTask] = useMutation(UpdatePlanTaskMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const { text } = useProblemText(yearParams(year));

  const requestClose = () => {
    if (sending) return;
    if (confirmingReset) setConfirmingReset(false);
    else onClose();
  };

  const focusAlert = () => window.setTimeout(() => alertRef.current?.focus(), 0);

  /** Problems under their fields (focus on the first), the others at the top of the form. */
  const fail = (problems: readonly Problem[], others: CodedMessage[] = []) => {
    const manual = form.getValues('manual');
    const { fields, rest } = placeProblems(problems, (field) => field === 'status' || manual);
    setTopProblems([...others, ...rest]);
    const first = PLAN_TASK_FIELDS.find((name) => fields.has(name));
    for (const name of PLAN_TASK_FIELDS) {
      const problem = fields.get(name);
      if (problem)
        form.setError(name, { type: problem.code, message: problem.message }, { shouldFocus: name === first });
    }
    if (!first) focusAlert();
  };

  const send = async (input: UpdatePlanTaskInput) => {
    setTopProblems([]);
    setConflict(null);
    form.clearErrors();
    const result = await updatePlanTask({ input });
    if (result.error) return fail([], [{ message: t('plan.edit.failed', { message: errorMessage(result.error) }) }]);
    const payload = result.data?.updatePlanTask;
    if (!payload) return fail([], [{ message: t('plan.edit.failed', { message: '' }) }]);
    switch (payload.__typename) {
      case 'UpdatePlanTaskSuccess': {
        const saved = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.task);
        onSaved({ code: saved.code, status: saved.status, statusChanged: saved.status !== base.status });
        return;
      }
      case 'ConflictError': {
        const current = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.current);
        // a plan task's conflict always carries the task as it is now; without it, say so
        if (!current) return fail([], [payload]);
        setConflict(current);
        focusAlert();
        return;
      }
      case 'ValidationError':
        return fail(payload.problems, payload.problems.length === 0 ? [payload] : []);
      case 'ForbiddenError':
        return fail([], [{ code: `denied.${payload.reason}`, message: payload.message }]);
      case 'NotFoundError':
        return fail([], [payload]);
    }
  };

  /** "Tải giá trị hiện tại": the form starts again from the task as it is now. */
  const reload = (current: EditableTask) => {
    setBase(baseOf(current));
    form.reset(formValues(current));
    setConflict(null);
    setTopProblems([]);
    setConfirmingReset(false);
    window.setTimeout(
      () => (alertRef.current?.closest('form')?.querySelector('select, input') as HTMLElement | null)?.focus(),
      0,
    );
  };

  const onSubmit = form.handleSubmit(
    (input) => {
      if (!sending) void send(input);
    },
    (errors) => {
      setConflict(null);
      const root = errors.root;
      setTopProblems(root?.message ? [{ code: String(root.type), message: root.message }] : []);
      if (root && !PLAN_TASK_FIELDS.some((name) => errors[name])) focusAlert();
    },
  );

  const rootMessages = [...topProblems.map((problem) => text(problem))];

  return (
    <Dialog title={t('plan.edit.title', { code: task.code })} onRequestClose={requestClose}>
      <FormProvider {...form}>
        <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
          <FormError ref={alertRef} messages={rootMessages}>
            {conflict ? <PlanTaskConflict current={conflict} onReload={() => reload(conflict)} /> : null}
          </FormError>
          {task.viewerCanUpdateStatus ? <PlanTaskStatusField /> : null}
          {task.viewerCanSetTiming ? (
            <PlanTaskDatesSection
              year={year}
              timePhrase={task.timePhrase}
              note={task.timing.overridden ? task.timing.note : null}
            >
              {task.timing.overridden ? (
                <PlanTaskResetTiming
                  confirming={confirmingReset}
                  sending={sending}
                  onAsk={() => setConfirmingReset(true)}
                  onCancel={() => setConfirmingReset(false)}
                  onConfirm={() => void send({ id: base.id, version: base.version, resetTiming: true })}
                />
              ) : null}
            </PlanTaskDatesSection>
          ) : null}
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={sending || confirmingReset}>
              {sending ? t('plan.edit.saving') : t('plan.edit.save')}
            </button>
            <button type="button" disabled={sending} onClick={onClose}>
              {t('plan.edit.cancel')}
            </button>
          </div>
        </form>
      </FormProvider>
    </Dialog>
  );
}
