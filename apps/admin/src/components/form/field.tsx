import { useId } from 'react';

/** What a control needs to be named, described and marked invalid by its field. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: React.ReactNode;
  /** Shown under the control, before the error; read with it. */
  hint?: React.ReactNode;
  /** Already translated. Shown under the control; the control is then aria-invalid. */
  error?: string | undefined;
  /** Ids of other elements describing the control too (a hint shared by several fields). */
  describedBy?: string | undefined;
  className?: string;
  /** Renders the control with the props that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => React.ReactNode;
}

/**
 * One form field: label, control, hint and error under it. The control is described by the hint
 * and the error (aria-describedby) and is aria-invalid while there is an error.
 */
export function Field({ label, hint, error, describedBy: shared, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [shared, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
