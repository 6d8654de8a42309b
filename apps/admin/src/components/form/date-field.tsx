import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

/** A calendar date typed as dd/mm/yyyy (the form's resolver reads it); read only while confirming. */
export function DateField({
  label,
  hint,
  error,
  readOnly,
  registration,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  error: string | undefined;
  readOnly: boolean;
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          autoComplete="off"
          readOnly={readOnly}
          {...registration}
        />
      )}
    </Field>
  );
}
