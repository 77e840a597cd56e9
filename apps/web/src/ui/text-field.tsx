import { Textbox, type TextboxProps } from '@utrecht/textbox-react';
import type { ReactNode, Ref } from 'react';
import { describedBy, FormField } from './form-field';

export interface TextFieldProps extends Omit<TextboxProps, 'id' | 'invalid'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled Utrecht Textbox with its description and error message wired up for assistive tech. */
export function TextField({ id, label, description, error, ref, ...input }: TextFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      description={description}
      error={error}
      input={<Textbox {...input} ref={ref} id={id} invalid={Boolean(error)} aria-describedby={describedBy({ id, description, error })} />}
    />
  );
}
