import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import type { ReactNode } from 'react';

export interface FieldMessagesProps {
  id: string;
  description?: ReactNode;
  error?: string;
}

/** The ids an input must name in aria-describedby: its description and its error message. */
export function describedBy({ id, description, error }: FieldMessagesProps): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FormFieldProps extends FieldMessagesProps {
  label: ReactNode;
  input: ReactNode;
}

/**
 * A labelled field in the Utrecht Form Field layout: label, description, error message, input.
 * The error message comes before the input (GOV.UK/NL Design System pattern) and is linked
 * to it with aria-describedby by the caller (see `describedBy`).
 */
export function FormField({ id, label, description, error, input }: FormFieldProps) {
  return (
    <UtrechtFormField
      invalid={Boolean(error)}
      className="utrecht-form-field--distanced"
      label={
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      }
      description={
        description ? (
          <div id={`${id}-description`} className="utrecht-form-field-description">
            {description}
          </div>
        ) : undefined
      }
    >
      {error ? (
        <div id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{input}</div>
    </UtrechtFormField>
  );
}
