import { INTAKE_LIMITS, type IntakeWish, WISH_KIND_LABELS, WISH_KINDS, type WishKind } from '@koers/contracts';
import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { formatDate } from '../../../i18n/i18n';
import { PrimaryActionButton, SubtleButton } from '../../../ui/button';
import { cx } from '../../../ui/cx';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useAddWish, useRemoveWish } from '../hooks/use-intake';
import { ti } from '../i18n';
import { TextareaField } from '../../../ui/textarea-field';

type WishField = 'kind' | 'text';
const FIELD_IDS: Record<WishField, string> = { kind: 'wens-soort-behoefte', text: 'wens-omschrijving' };

/** Needs and wishes as a list (goals in the plan answer them): add one, remove one. */
export function WishesSection({ caseId, wishes, canEdit }: { caseId: string; wishes: IntakeWish[]; canEdit: boolean }) {
  const remove = useRemoveWish(caseId);
  const [status, setStatus] = useState('');
  return (
    <>
      <Paragraph>{ti('wishes.intro')}</Paragraph>
      {wishes.length === 0 ? (
        <Paragraph className="koers-muted">{ti('wishes.empty')}</Paragraph>
      ) : (
        <ul className="koers-intake-list" aria-label={ti('section.wensen.title')}>
          {wishes.map((wish) => (
            <li key={wish.id} className="koers-intake-list__item">
              <div className="koers-intake-list__content">
                <StatusBadge status={wish.kind === 'wens' ? 'active' : 'neutral'}>{WISH_KIND_LABELS[wish.kind]}</StatusBadge>
                <p className="utrecht-paragraph koers-intake-list__text">{wish.text}</p>
                <p className="utrecht-paragraph utrecht-paragraph--small koers-muted">{ti('wishes.by', { name: wish.author.name, date: formatDate(wish.createdAt) })}</p>
              </div>
              {canEdit ? (
                <SubtleButton
                  type="button"
                  busy={remove.isPending && remove.variables?.id === wish.id}
                  onClick={() =>
                    remove.mutate(wish, {
                      onSuccess: () => setStatus(ti('wishes.removed', { text: wish.text })),
                      onError: (e) => setStatus(e.message),
                    })
                  }
                >
                  {ti('wishes.remove')}{' '}
                  <VisuallyHidden>
                    {WISH_KIND_LABELS[wish.kind]}: {wish.text}
                  </VisuallyHidden>
                </SubtleButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="utrecht-paragraph koers-form-status">
        {status}
      </p>
      {canEdit ? <AddWishForm caseId={caseId} onAdded={(text) => setStatus(ti('wishes.added', { text }))} /> : null}
    </>
  );
}

function AddWishForm({ caseId, onAdded }: { caseId: string; onAdded: (text: string) => void }) {
  const add = useAddWish(caseId);
  const [kind, setKind] = useState<WishKind | null>(null);
  const [text, setText] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<WishField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errors = clientErrors ?? (add.error ? problemFormErrors(add.error, ['kind', 'text'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = text.trim();
    const problems = clientFormErrors<WishField>({
      kind: kind ? undefined : ti('wishes.kind.required'),
      text: trimmed ? undefined : ti('wishes.text.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems || !kind) return;
    add.mutate(
      { kind, text: trimmed },
      {
        onSuccess: (wish) => {
          setText('');
          setKind(null);
          onAdded(wish.text);
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form koers-intake-subform" noValidate onSubmit={onSubmit} aria-labelledby="wens-toevoegen">
      <Heading level={4} id="wens-toevoegen">
        {ti('wishes.add.title')}
      </Heading>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <div className={cx('utrecht-form-fieldset', errors?.fields.kind && 'utrecht-form-fieldset--invalid')}>
        <fieldset
          className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={errors?.fields.kind ? 'wens-soort-error' : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{ti('wishes.kind.legend')}</legend>
          {errors?.fields.kind ? (
            <div id="wens-soort-error" className="utrecht-form-field-error-message">
              {errors.fields.kind}
            </div>
          ) : null}
          <div className="koers-intake-radios">
            {WISH_KINDS.map((k) => (
              <UtrechtFormField
                key={k}
                type="radio"
                input={
                  <input
                    type="radio"
                    id={`wens-soort-${k}`}
                    name="wens-soort"
                    checked={kind === k}
                    onChange={() => setKind(k)}
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                  />
                }
                label={
                  <label htmlFor={`wens-soort-${k}`} className="utrecht-form-label utrecht-form-label--radio">
                    {WISH_KIND_LABELS[k]}
                  </label>
                }
              />
            ))}
          </div>
        </fieldset>
      </div>
      <TextareaField
        id={FIELD_IDS.text}
        label={ti('wishes.text.label')}
        description={ti('wishes.text.description')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={INTAKE_LIMITS.wishText}
        rows={2}
        required
        error={errors?.fields.text}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={add.isPending}>
          {ti('wishes.add.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
