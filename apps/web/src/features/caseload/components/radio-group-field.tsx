import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import type { ReactNode } from 'react';
import { cx } from '../../../ui/cx';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupFieldProps {
  /** The group's id; the first radio gets `${id}-0` (link the error summary there: see `firstRadioId`). */
  id: string;
  name: string;
  legend: ReactNode;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
  /** Said to assistive tech on the group; not set on the inputs (the browser would style them invalid at once). */
  required?: boolean;
}

export const firstRadioId = (id: string) => `${id}-0`;

/**
 * A set of native radio buttons in a Utrecht fieldset: the legend names the question, the
 * description and error message are linked to the group with aria-describedby.
 */
export function RadioGroupField({ id, name, legend, options, value, onChange, description, error, required }: RadioGroupFieldProps) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--distanced', error && 'utrecht-form-fieldset--invalid')}>
      <fieldset
        id={id}
        role="radiogroup"
        aria-required={required || undefined}
        aria-labelledby={`${id}-legend`}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy}
      >
        <legend id={`${id}-legend`} className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">{legend}</legend>
        {description ? (
          <div id={`${id}-description`} className="utrecht-form-field-description">
            {description}
          </div>
        ) : null}
        {error ? (
          <div id={`${id}-error`} className="utrecht-form-field-error-message">
            {error}
          </div>
        ) : null}
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <UtrechtFormField
              key={option.value}
              type="radio"
              input={
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  className={cx('utrecht-radio-button', 'utrecht-radio-button--html-input', error && 'utrecht-radio-button--invalid')}
                />
              }
              label={
                <label htmlFor={optionId} className="utrecht-form-label utrecht-form-label--radio">
                  {option.label}
                </label>
              }
            />
          );
        })}
      </fieldset>
    </div>
  );
}
