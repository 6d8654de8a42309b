import './actions.css';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { type ActionStepKind, STEP_FIELDS, type StepValues, stepResolver } from '../../lib/corrective-actions';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from '../form/error-fragments';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { ConfirmStep, FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import { type EvidenceFileData, EvidenceFilesField } from '../score/evidence-files';
import { ActionCard_CorrectiveActionFragment, type ActionCardData } from './action-fragments';

export const SubmitCorrectiveActionFixMutation = graphql(
  `
  mutation SubmitCorrectiveActionFix($input: SubmitCorrectiveActionFixInput!) {
    submitCorrectiveActionFix(input: $input) {
      __typename
      ... on CorrectiveActionSuccess { action { id ...ActionCard_CorrectiveAction } }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ...VersionConflictErrorFields
    }
  }
`,
  [
    ActionCard_CorrectiveActionFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const VerifyCorrectiveActionMutation = graphql(
  `
  mutation VerifyCorrectiveAction($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      __typename
      ... on CorrectiveActionSuccess { action { id ...ActionCard_CorrectiveAction } }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ...VersionConflictErrorFields
    }
  }
`,
  [
    ActionCard_CorrectiveActionFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

export const ReopenCorrectiveActionMutation = graphql(
  `
  mutation ReopenCorrectiveAction($input: ReopenCorrectiveActionInput!) {
    reopenCorrectiveAction(input: $input) {
      __typename
      ... on CorrectiveActionSuccess { action { id ...ActionCard_CorrectiveAction } }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
      ...VersionConflictErrorFields
    }
  }
`,
  [
    ActionCard_CorrectiveActionFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

const DIALOG: Record<ActionStepKind, string> = { submit: 'fixDialog', verify: 'verifyDialog', reopen: 'reopenDialog' };
const BUTTON: Record<ActionStepKind, string> = { submit: 'submitFix', verify: 'verify', reopen: 'reopen' };

/**
 * One step of a corrective action, with a confirmation before anything is sent: the owner unit's
 * officer submits the fix (a note and evidence files uploaded for the unit), the inspection team
 * verifies it (an optional note) or sends it back with a reason. A conflict reloads the list.
 */
export function ActionStepDialog({
  yearId,
  action,
  step,
  onClose,
  onDone,
  onConflict,
}: {
  yearId: string;
  action: ActionCardData;
  step: ActionStepKind;
  onClose: () => void;
  onDone: (message: string) => void;
  onConflict: (message: string) => void;
}) {
  const { t } = useTranslation();
  const key = DIALOG[step];
  const form = useForm<StepValues, unknown, StepValues>({
    resolver: stepResolver(step),
    defaultValues: { note: '', reason: '' },
  });
  const [files, setFiles] = useState<EvidenceFileData[]>([]);
  const [confirming, setConfirming] = useState<StepValues | null>(null);
  const [{ fetching: submitting }, submit] = useMutation(SubmitCorrectiveActionFixMutation);
  const [{ fetching: verifying }, verify] = useMutation(VerifyCorrectiveActionMutation);
  const [{ fetching: reopening }, reopen] = useMutation(ReopenCorrectiveActionMutation);
  const sending = submitting || verifying || reopening;
  const server = useServerForm({ form, fields: STEP_FIELDS, failedKey: 'correctiveActions.failed' });
  const { errors } = form.formState;

  const send = async (values: StepValues) => {
    server.setTop([]);
    const base = { id: action.id, version: action.version };
    const result =
      step === 'submit'
        ? await submit({ input: { ...base, note: values.note, evidenceFileIds: files.map((f) => f.id) } })
        : step === 'verify'
          ? await verify({ input: { ...base, note: values.note || null } })
          : await reopen({ input: { ...base, reason: values.reason } });
    const data = result.data as Record<string, { __typename: string } & Record<string, unknown>> | undefined;
    const payload = data ? Object.values(data)[0] : undefined;
    setConfirming(null);
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'CorrectiveActionSuccess') return onDone(t(`correctiveActions.${key}.done`));
    if (payload.__typename === 'ConflictError') return onConflict(t('correctiveActions.conflict'));
    return server.failAnswer(payload as Parameters<typeof server.failAnswer>[0]);
  };

  return (
    <Dialog
      className="action-dialog"
      title={t(`correctiveActions.${key}.title`)}
      onRequestClose={() => {
        if (sending) return;
        if (confirming) setConfirming(null);
        else onClose();
      }}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={form.handleSubmit(
          (values) => setConfirming(values),
          (invalid) => server.showInvalid(invalid),
        )}
      >
        <p>{action.description}</p>
        <FormError ref={server.alertRef} messages={server.messages} />
        {step === 'reopen' ? (
          <Field
            label={t('correctiveActions.reopenDialog.reason')}
            hint={t('correctiveActions.reopenDialog.reasonHint')}
            error={server.fieldError(errors.reason, 'reason')}
          >
            {(control) => (
              <textarea {...control} rows={3} readOnly={Boolean(confirming)} {...form.register('reason')} />
            )}
          </Field>
        ) : (
          <Field
            label={t(`correctiveActions.${key}.note`)}
            hint={step === 'submit' ? t('correctiveActions.fixDialog.noteHint') : undefined}
            error={server.fieldError(errors.note, 'note')}
          >
            {(control) => <textarea {...control} rows={3} readOnly={Boolean(confirming)} {...form.register('note')} />}
          </Field>
        )}
        {step === 'submit' ? (
          <EvidenceFilesField
            yearId={yearId}
            unitId={action.owner.id}
            files={files}
            onChange={setFiles}
            disabled={Boolean(confirming) || sending}
          />
        ) : null}
        {confirming ? (
          <ConfirmStep
            question={t(`correctiveActions.${key}.confirm`, { action: action.description })}
            confirm={t(`correctiveActions.${BUTTON[step]}`)}
            sending={sending}
            onConfirm={() => void send(confirming)}
            onBack={() => setConfirming(null)}
          />
        ) : (
          <FormActions
            submit={t('correctiveActions.next')}
            cancel={t('correctiveActions.cancel')}
            saving={t('correctiveActions.sending')}
            sending={sending}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}
