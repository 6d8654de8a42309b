import type { FieldErrors, FieldValues, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Dialog } from './dialog';
import { Field } from './field';
import { ConfirmStep, FormActions } from './form-actions';
import { FormError } from './form-error';

/** The words of a form that is confirmed before it is sent. */
export interface ConfirmedFormLabels {
  /** The form's submit button: it leads to the confirmation, it sends nothing. */
  next: React.ReactNode;
  cancel: React.ReactNode;
  /** The buttons' words while the request is in flight. */
  saving: React.ReactNode;
  /** The confirming button. */
  confirm: React.ReactNode;
}

/**
 * A dialog whose form is checked, then confirmed, then sent: "Tiếp tục" checks the form (its
 * resolver) and shows the question with the values it would send (the fields stay visible, read
 * only); "Xác nhận" sends them, "Quay lại" (or Esc) returns to the form. Esc does nothing while the
 * request is in flight and otherwise closes the dialog. The server's problems go under their fields
 * and the rest at the top (`server`, from `useServerForm`).
 */
export function ConfirmedFormDialog<TValues extends FieldValues, TOutput>({
  title,
  className,
  form,
  server,
  sending,
  confirming,
  onConfirmingChange,
  question,
  labels,
  submitDisabled,
  intro,
  alertExtra,
  onClose,
  onSend,
  children,
}: {
  title: React.ReactNode;
  className?: string;
  form: Pick<UseFormReturn<TValues, unknown, TOutput>, 'handleSubmit'>;
  server: {
    alertRef: React.Ref<HTMLDivElement>;
    messages: readonly string[];
    showInvalid: (invalid: FieldErrors<TValues>) => void;
  };
  sending: boolean;
  /** The checked values waiting for the confirmation; null while the form is edited. */
  confirming: TOutput | null;
  onConfirmingChange: (values: TOutput | null) => void;
  /** The confirmation's question about the values to be sent. */
  question: (values: TOutput) => React.ReactNode;
  labels: ConfirmedFormLabels;
  /** Going on is not possible now (e.g. after a conflict, until a reload). */
  submitDisabled?: boolean;
  /** Shown above the form's problems (e.g. what the step is about). */
  intro?: React.ReactNode;
  /** Under the form's problems (e.g. a way to recover from a conflict). */
  alertExtra?: React.ReactNode;
  onClose: () => void;
  onSend: (values: TOutput) => void;
  /** The fields; they are read only while `confirming` (see `ReasonField`). */
  children: React.ReactNode;
}) {
  return (
    <Dialog
      {...(className ? { className } : {})}
      title={title}
      onRequestClose={() => {
        if (sending) return;
        if (confirming) onConfirmingChange(null);
        else onClose();
      }}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={form.handleSubmit(
          (values) => onConfirmingChange(values),
          (invalid) => server.showInvalid(invalid),
        )}
      >
        {intro}
        <FormError ref={server.alertRef} messages={server.messages}>
          {alertExtra}
        </FormError>
        {children}
        {confirming ? (
          <ConfirmStep
            question={question(confirming)}
            confirm={labels.confirm}
            sending={sending}
            onConfirm={() => onSend(confirming)}
            onBack={() => onConfirmingChange(null)}
          />
        ) : (
          <FormActions
            submit={labels.next}
            cancel={labels.cancel}
            saving={labels.saving}
            sending={sending}
            disabled={submitDisabled ?? false}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}

/** A free-text field (a reason, a note) of a confirmed form: three lines, read only while confirming. */
export function ReasonField({
  label,
  hint,
  error,
  readOnly,
  required,
  registration,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  error: string | undefined;
  readOnly: boolean;
  /** Announced as required (the form's check says so too). */
  required?: boolean;
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...control} rows={3} aria-required={required || undefined} readOnly={readOnly} {...registration} />
      )}
    </Field>
  );
}
