/** A labelled input with its hint and error wired up for screen readers. */
import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
}

export function TextField({ label, value, onChange, hint, error, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <input {...inputProps} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
  );
}
