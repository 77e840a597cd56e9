import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import type { FocusEvent, ReactNode } from 'react';
import { cx } from '../../../ui/cx';
import { describedBy, FormField } from '../../../ui/form-field';
import type { VersionedRecord } from '../hooks/draft-store';
import type { VersionedDraft } from '../hooks/use-versioned-draft';
import { ti } from '../i18n';
import type { FieldValue } from '../utils/draft';
import type { IntakeFieldKind } from '../utils/intake-form';
import { ConflictChoice } from './conflict-choice';

export interface DraftFieldProps<K extends string, R extends VersionedRecord<K>> {
  field: K;
  id: string;
  label: string;
  description?: ReactNode;
  kind: IntakeFieldKind;
  draft: VersionedDraft<K, R>;
  /** Who saved the record last (named in a conflict). */
  otherName: string | null;
}

/** How a value reads in a conflict or in the read-only view. */
export function formatValue(kind: IntakeFieldKind, value: FieldValue): string | null {
  if (value === null || value === '') return null;
  switch (kind.kind) {
    case 'choice':
      return kind.options.find((o) => o.value === value)?.label ?? String(value);
    case 'yesNo':
      return value ? ti('value.yes') : ti('value.no');
    case 'given':
      return value ? ti('value.given') : ti('value.notGiven');
    default:
      return String(value);
  }
}

const ids = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ') || undefined;

/**
 * One autosaved field of a versioned draft, in the control its kind asks for. Typing schedules a
 * save; leaving the field saves at once. A conflict on the field is shown right below it.
 */
export function DraftField<K extends string, R extends VersionedRecord<K>>({ field, id, label, description, kind, draft, otherName }: DraftFieldProps<K, R>) {
  const value = draft.value(field);
  const error = draft.fieldErrors[field];
  const conflict = draft.conflicts.find((c) => c.field === field);
  const conflictId = conflict ? `${id}-conflict` : undefined;
  const set = (next: FieldValue) => draft.store.set(field, next);
  const flush = () => draft.store.flush();
  const conflictBox = conflict ? (
    <ConflictChoice
      id={conflictId!}
      fieldLabel={label}
      otherName={otherName}
      theirs={formatValue(kind, conflict.theirs)}
      mine={formatValue(kind, conflict.mine)}
      onTakeTheirs={() => {
        draft.store.takeTheirs(field);
        document.getElementById(id)?.focus();
      }}
      onKeepMine={() => {
        draft.store.keepMine(field);
        document.getElementById(id)?.focus();
      }}
    />
  ) : null;

  if (kind.kind === 'yesNo') {
    const options: { value: boolean | null; label: string; key: string }[] = [
      { value: true, label: ti('value.yes'), key: 'ja' },
      { value: false, label: ti('value.no'), key: 'nee' },
      { value: null, label: ti('value.unknown'), key: 'onbekend' },
    ];
    // Leaving the whole group (not moving between its options) saves at once.
    const onBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) flush();
    };
    return (
      <div className={cx('utrecht-form-fieldset', 'koers-intake-field', error && 'utrecht-form-fieldset--invalid')}>
        <fieldset
          className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={ids(description ? `${id}-description` : undefined, error && `${id}-error`, conflictId)}
          onBlur={onBlur}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
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
          <div className="koers-intake-radios">
            {options.map((option, index) => (
              <UtrechtFormField
                key={option.key}
                type="radio"
                input={
                  <input
                    type="radio"
                    id={index === 0 ? id : `${id}-${option.key}`}
                    name={id}
                    checked={value === option.value}
                    onChange={() => set(option.value)}
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                  />
                }
                label={
                  <label htmlFor={index === 0 ? id : `${id}-${option.key}`} className="utrecht-form-label utrecht-form-label--radio">
                    {option.label}
                  </label>
                }
              />
            ))}
          </div>
        </fieldset>
        {conflictBox}
      </div>
    );
  }

  if (kind.kind === 'given') {
    return (
      <div className="koers-intake-field">
        <UtrechtFormField
          type="checkbox"
          input={
            <input
              type="checkbox"
              id={id}
              checked={value === true}
              onChange={(e) => {
                set(e.currentTarget.checked);
                flush();
              }}
              aria-describedby={ids(error && `${id}-error`, conflictId)}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />
          }
          label={
            <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
              {label}
            </label>
          }
        />
        {error ? (
          <div id={`${id}-error`} className="utrecht-form-field-error-message">
            {error}
          </div>
        ) : null}
        {conflictBox}
      </div>
    );
  }

  const describedByIds = ids(describedBy({ id, description, error }), conflictId);
  let input: ReactNode;
  if (kind.kind === 'choice') {
    input = (
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => {
          set(e.currentTarget.value || null);
        }}
        onBlur={flush}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
        className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
      >
        <option value="">{ti('choice.placeholder')}</option>
        {kind.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (kind.kind === 'line') {
    input = (
      <input
        id={id}
        type="text"
        value={typeof value === 'string' ? value : ''}
        maxLength={kind.maxLength}
        onChange={(e) => set(e.currentTarget.value)}
        onBlur={flush}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
        className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid')}
      />
    );
  } else {
    input = (
      <textarea
        id={id}
        value={typeof value === 'string' ? value : ''}
        rows={kind.rows}
        maxLength={kind.maxLength}
        onChange={(e) => set(e.currentTarget.value)}
        onBlur={flush}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
        className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
      />
    );
  }
  return (
    <div className="koers-intake-field">
      <FormField id={id} label={label} description={description} error={error} input={input} />
      {conflictBox}
    </div>
  );
}
