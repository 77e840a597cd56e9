import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  label: ReactNode;
}

/** A native checkbox with its label, in the Utrecht Form Field checkbox layout. */
export function CheckboxField({ label, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <UtrechtFormField
      type="checkbox"
      className={className}
      input={<input {...input} id={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" />}
      label={
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
          {label}
        </label>
      }
    />
  );
}
