import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './cx';
import { describedBy, FormField } from './form-field';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled native textarea with Utrecht Textarea styling, its description and error message wired up. */
export function TextareaField({ id, label, description, error, className, required, ref, rows = 4, ...textarea }: TextareaFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      description={description}
      error={error}
      input={
        <textarea
          {...textarea}
          ref={ref}
          id={id}
          rows={rows}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, description, error })}
          className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid', className)}
        />
      }
    />
  );
}
