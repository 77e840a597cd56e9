import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from './cx';
import { describedBy, FormField } from './form-field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: ReactNode;
  options: SelectOption[];
  /** A first, empty option such as "Kies een team". */
  placeholder?: string;
  description?: ReactNode;
  error?: string;
}

/** A labelled native select with Utrecht Select styling. */
export function SelectField({ id, label, options, placeholder, description, error, className, required, ...select }: SelectFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      description={description}
      error={error}
      input={
        <select
          {...select}
          id={id}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, description, error })}
          className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid', className)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      }
    />
  );
}
