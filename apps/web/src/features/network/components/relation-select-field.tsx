import { NETWORK_RELATION_GROUP_LABELS, NETWORK_RELATION_LABELS, PARTNER_RELATIONS, PERSONAL_RELATIONS } from '@koers/contracts';
import type { SelectHTMLAttributes } from 'react';
import { cx } from '../../../ui/cx';
import { describedBy, FormField } from '../../../ui/form-field';

export interface RelationSelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  placeholder: string;
  error?: string;
}

/** The relation with the jongere: a native select with the people around them and the organisations in two groups. */
export function RelationSelectField({ id, label, placeholder, error, className, required, ...select }: RelationSelectFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      error={error}
      input={
        <select
          {...select}
          id={id}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, error })}
          className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid', className)}
        >
          <option value="">{placeholder}</option>
          <optgroup label={NETWORK_RELATION_GROUP_LABELS.personal}>
            {PERSONAL_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {NETWORK_RELATION_LABELS[r]}
              </option>
            ))}
          </optgroup>
          <optgroup label={NETWORK_RELATION_GROUP_LABELS.partner}>
            {PARTNER_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {NETWORK_RELATION_LABELS[r]}
              </option>
            ))}
          </optgroup>
        </select>
      }
    />
  );
}
