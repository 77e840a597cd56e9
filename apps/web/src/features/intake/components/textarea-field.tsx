import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { cx } from '../../../ui/cx';
import { describedBy, FormField } from '../../../ui/form-field';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

/** A labelled native textarea with Utrecht Textarea styling; description and error linked with aria-describedby. */
export function TextareaField({ id, label, description, error, className, required, rows = 4, ...textarea }: TextareaFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      description={description}
      error={error}
      input={
        <textarea
          {...textarea}
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
