import type { UpdatePlanTaskInput } from '@cchc/domain';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { formatDate } from '../lib/format';
import {
  PLAN_TASK_FIELDS,
  placeProblems,
  planTaskResolver,
  yearParams,
  type PlanTaskBase,
  type PlanTaskFormValues,
} from '../lib/plan-task-form';
import { Dialog } from './form/dialog';
import { FormActions } from './form/form-actions';
import { FormError } from './form/form-error';
import { useServerForm } from './form/use-server-form';
import { PlanTaskConflict } from './plan-task-conflict';
import { PlanTaskDatesSection } from './plan-task-dates-section';
import { PlanTaskOverrideClear } from './plan-task-override-clear';
import { PlanTaskResetTiming } from './plan-task-reset-timing';
import { PlanTaskRow_PlanTaskFragment } from './plan-task-row';
import { PlanTaskStatusField } from './plan-task-status-field';
import { useSelectedYear } from './year-context';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const PlanTaskEditDialog_PlanTaskFragment = graphql(`
  fragment PlanTaskEditDialog_PlanTask on PlanTask {
    id
    code
    version
    status
    timePhrase
    viewerCanUpdateStatus
    viewerCanSetTiming
    viewerCanOverrideStatus
    statusOverride
    statusOverrideReason
    rollup {
      status
    }
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
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [
    PlanTaskRow_PlanTaskFragment,
    PlanTaskEditDialog_PlanTaskFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
  ],
);

type EditableTask = ResultOf<typeof PlanTaskEditDialog_PlanTaskFragment>;

export interface PlanTaskSaved {
  code: string;
  status: EditableTask['status'];
  statusChanged: boolean;
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
  const [conflict, setConflict] = useState<EditableTask | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [{ fetching: sending }, updatePlanTask] = useMutation(UpdatePlanTaskMutation);
  const server = useServerForm({
    form,
    fields: PLAN_TASK_FIELDS,
    failedKey: 'plan.edit.failed',
    params: yearParams(year),
    // the dates and the reason show their problems only while set by hand
    place: (problems) => placeProblems(problems, (field) => field === 'status' || form.getValues('manual')),
  });
  const { alertRef, setTop, focusTop } = server;

  const requestClose = () => {
    if (sending) return;
    if (confirmingReset) setConfirmingReset(false);
    else onClose();
  };

  const send = async (input: UpdatePlanTaskInput) => {
    setTop([]);
    setConflict(null);
    form.clearErrors();
    const result = await updatePlanTask({ input });
    const payload = result.data?.updatePlanTask;
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'UpdatePlanTaskSuccess': {
        const saved = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.task);
        onSaved({ code: saved.code, status: saved.status, statusChanged: saved.status !== base.status });
        return;
      }
      case 'ConflictError': {
        const current = readFragment(PlanTaskEditDialog_PlanTaskFragment, payload.current);
        // a plan task's conflict always carries the task as it is now; without it, say so
        if (!current) return server.fail([], [payload]);
        setConflict(current);
        focusTop();
        return;
      }
      default:
        return server.failAnswer(payload);
    }
  };

  /** "Tải giá trị hiện tại": the form starts again from the task as it is now. */
  const reload = (current: EditableTask) => {
    setBase(baseOf(current));
    form.reset(formValues(current));
    setConflict(null);
    setTop([]);
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
      server.showInvalid(errors);
      if (errors.root && !PLAN_TASK_FIELDS.some((name) => errors[name])) focusTop();
    },
  );

  return (
    <Dialog title={t('plan.edit.title', { code: task.code })} onRequestClose={requestClose}>
      <FormProvider {...form}>
        <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
          <FormError ref={alertRef} messages={server.messages}>
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
          <FormActions
            submit={t('plan.edit.save')}
            saving={t('plan.edit.saving')}
            cancel={t('plan.edit.cancel')}
            sending={sending}
            disabled={confirmingReset}
            onCancel={onClose}
          />
        </form>
      </FormProvider>
      {task.statusOverride && task.viewerCanOverrideStatus ? (
        <PlanTaskOverrideClear
          task={{ ...task, statusOverride: task.statusOverride }}
          onCleared={(status) => onSaved({ code: task.code, status, statusChanged: status !== base.status })}
        />
      ) : null}
    </Dialog>
  );
}
