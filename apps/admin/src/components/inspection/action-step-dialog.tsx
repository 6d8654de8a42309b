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
import { ConfirmedFormDialog, ReasonField } from '../form/confirmed-form-dialog';
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
    <ConfirmedFormDialog
      className="action-dialog"
      title={t(`correctiveActions.${key}.title`)}
      form={form}
      server={server}
      sending={sending}
      confirming={confirming}
      onConfirmingChange={setConfirming}
      question={() => t(`correctiveActions.${key}.confirm`, { action: action.description })}
      labels={{
        next: t('correctiveActions.next'),
        cancel: t('correctiveActions.cancel'),
        saving: t('correctiveActions.sending'),
        confirm: t(`correctiveActions.${BUTTON[step]}`),
      }}
      intro={<p>{action.description}</p>}
      onClose={onClose}
      onSend={(values) => void send(values)}
    >
      {step === 'reopen' ? (
        <ReasonField
          label={t('correctiveActions.reopenDialog.reason')}
          hint={t('correctiveActions.reopenDialog.reasonHint')}
          error={server.fieldError(errors.reason, 'reason')}
          readOnly={Boolean(confirming)}
          registration={form.register('reason')}
        />
      ) : (
        <ReasonField
          label={t(`correctiveActions.${key}.note`)}
          hint={step === 'submit' ? t('correctiveActions.fixDialog.noteHint') : undefined}
          error={server.fieldError(errors.note, 'note')}
          readOnly={Boolean(confirming)}
          registration={form.register('note')}
        />
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
    </ConfirmedFormDialog>
  );
}
