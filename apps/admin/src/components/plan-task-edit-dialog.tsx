import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { graphql, readFragment, type FragmentOf, type VariablesOf } from '../graphql';
import { formatDate } from '../lib/format';
import {
  PLAN_TASK_FIELDS,
  planTaskChanges,
  planTaskFormSchema,
  problemField,
  problemKey,
  type PlanTaskField,
  type PlanTaskFormValues,
  type ServerProblem,
  type TaskStatus,
} from '../lib/plan-task-form';
import { Dialog } from './form/dialog';
import { FormError } from './form/form-error';
import { PlanTaskDatesSection } from './plan-task-dates-section';
import { PlanTaskResetTiming } from './plan-task-reset-timing';
import { PlanTaskRow_PlanTaskFragment } from './plan-task-row';
import { PlanTaskStatusField } from './plan-task-status-field';
import { useSelectedYear } from './year-context';

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
 * "Cập nhật nhiệm vụ": a modal dialog to set a task's status, set its dates by hand (with a
 * reason), or return to the dates computed from the plan's time phrase (after a confirmation).
 * The form checks what it must to build the input (dates parse, a reason); the server validates
 * the rest, and its problems are shown under their fields, translated by their code.
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
  const task = readFragment(PlanTaskEditDialog_PlanTaskFragment, taskRef);
  const form = useForm<PlanTaskFormValues>({
    resolver: zodResolver(planTaskFormSchema),
    defaultValues: {
      status: task.status,
      manual: false,
      start: formatDate(task.timing.start),
      end: formatDate(task.timing.end),
      due: formatDate(task.timing.due),
      reason: '',
    },
  });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [{ fetching: sending }, updatePlanTask] = useMutation(UpdatePlanTaskMutation);
  const alertRef = useRef<HTMLDivElement>(null);

  const requestClose = () => {
    if (sending) return;
    if (confirmingReset) setConfirmingReset(false);
    else onClose();
  };

  /** A problem in words: the admin's translation of its code, else the server's message. */
  const problemText = (problem: Pick<ServerProblem, 'code' | 'message'>) =>
    t(problemKey(problem), { defaultValue: problem.message, year, nextYear: year + 1 });

  /** Shows problems under their fields (focus on the first) and the others at the top. */
  const fail = (problems: readonly ServerProblem[], messages: string[] = []) => {
    const manual = form.getValues('manual');
    const fields = new Map<PlanTaskField, string>();
    const top = [...messages];
    for (const problem of problems) {
      const field = problemField(problem);
      // date fields and the reason are only on screen with "Đặt ngày thủ công"
      const shown = field === 'status' || (field !== undefined && manual);
      if (field && shown && !fields.has(field)) fields.set(field, problemText(problem));
      else top.push(problemText(problem));
    }
    setFormErrors(top);
    const first = PLAN_TASK_FIELDS.find((name) => fields.has(name));
    for (const name of PLAN_TASK_FIELDS) {
      const message = fields.get(name);
      // type "server": the text is shown as it is (see useErrorText)
      if (message) form.setError(name, { type: 'server', message }, { shouldFocus: name === first });
    }
    if (!first) window.setTimeout(() => alertRef.current?.focus(), 0);
  };

  const send = async (changes: Omit<UpdateInput, 'id'>) => {
    setFormErrors([]);
    form.clearErrors();
    const result = await updatePlanTask({ input: { id: task.id, ...changes } });
    if (result.error) return fail([], [t('plan.edit.failed', { message: errorMessage(result.error) })]);
    const payload = result.data?.updatePlanTask;
    if (!payload) return fail([], [t('plan.edit.failed', { message: '' })]);
    switch (payload.__typename) {
      case 'UpdatePlanTaskSuccess': {
        const saved = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.task);
        onSaved({ code: saved.code, status: saved.status, statusChanged: saved.status !== task.status });
        return;
      }
      case 'ValidationError':
        return fail(payload.problems, payload.problems.length === 0 ? [problemText(payload)] : []);
      case 'NotFoundError':
        return fail([], [problemText(payload)]);
    }
  };

  const onSubmit = form.handleSubmit(
    (values) => {
      if (sending) return;
      const changes = planTaskChanges(values, task.status);
      if (!changes) return fail([], [t('plan.edit.noChanges')]);
      return send(changes);
    },
    () => setFormErrors([]),
  );

  return (
    <Dialog title={t('plan.edit.title', { code: task.code })} onRequestClose={requestClose}>
      <FormProvider {...form}>
        <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
          <FormError ref={alertRef} messages={formErrors} />
          <PlanTaskStatusField />
          <PlanTaskDatesSection
            timePhrase={task.timePhrase}
            note={task.timing.overridden ? task.timing.note : null}
          >
            {task.timing.overridden ? (
              <PlanTaskResetTiming
                confirming={confirmingReset}
                sending={sending}
                onAsk={() => setConfirmingReset(true)}
                onCancel={() => setConfirmingReset(false)}
                onConfirm={() => void send({ resetTiming: true })}
              />
            ) : null}
          </PlanTaskDatesSection>
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
