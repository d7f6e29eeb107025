/** A labelled multi-line input with its hint and error wired up for screen readers. */
import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
}

export function TextAreaField({ label, value, onChange, hint, error, ...areaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <textarea rows={4} {...areaProps} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
  );
}
