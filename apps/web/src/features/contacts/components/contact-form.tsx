import { CONTACT_KIND_LABELS, CONTACT_KINDS, CONTACT_NOTE_MAX, type ContactKind, type ContactMoment } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { PrimaryActionButton } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useCreateContact } from '../hooks/use-contacts';
import { tcm } from '../i18n';
import { localDateAndTime, toZonedIso } from '../utils/occurred-at';

/** The form's fields; `occurredAt` is the API's field, made from the date and the time. */
type ContactField = 'date' | 'time' | 'kind' | 'note';

const FIELD_IDS: Record<ContactField, string> = {
  date: 'contact-datum',
  time: 'contact-tijd',
  kind: 'contact-soort',
  note: 'contact-notitie',
};

const KIND_OPTIONS = CONTACT_KINDS.map((kind) => ({ value: kind, label: CONTACT_KIND_LABELS[kind] }));
const isKind = (value: string): value is ContactKind => (CONTACT_KINDS as readonly string[]).includes(value);
/** As the API: a device clock a little ahead is not "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ContactFormProps {
  caseId: string;
  /** The kind to start with, e.g. the jongere's preferred way of contact. */
  defaultKind?: ContactKind;
  onSaved: (contact: ContactMoment) => void;
}

/** Logs a contactmoment: when (default: now), how, a short note, and whether it is for staff only. */
export function ContactForm({ caseId, defaultKind, onSaved }: ContactFormProps) {
  const create = useCreateContact(caseId);
  const [clientErrors, setClientErrors] = useState<FormErrors<ContactField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [now] = useState(() => localDateAndTime());

  const serverErrors = create.error ? problemFormErrors(create.error, ['occurredAt', 'kind', 'note'] as const) : null;
  // The API speaks of occurredAt; the form shows that message at the date.
  const errors: FormErrors<ContactField> | null =
    clientErrors ??
    (serverErrors
      ? { ...serverErrors, fields: { date: serverErrors.fields.occurredAt, kind: serverErrors.fields.kind, note: serverErrors.fields.note } }
      : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (field: string) => String(data.get(field) ?? '').trim();
    const date = value('date');
    const time = value('time');
    const kind = value('kind');
    const note = value('note');
    const internal = data.get('internal') === 'on';
    const occurredAt = date && time ? toZonedIso(date, time) : null;
    const inFuture = occurredAt !== null && new Date(occurredAt).getTime() > Date.now() + FUTURE_TOLERANCE_MS;
    const problems = clientFormErrors<ContactField>({
      date: !date || (time && !occurredAt) ? tcm('contacts.form.date.required') : inFuture ? tcm('contacts.form.future') : undefined,
      time: !time ? tcm('contacts.form.time.required') : undefined,
      kind: isKind(kind) ? undefined : tcm('contacts.form.kind.required'),
      note: note.length > CONTACT_NOTE_MAX ? tcm('contacts.form.note.tooLong', { max: CONTACT_NOTE_MAX }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems || !occurredAt || !isKind(kind)) return;
    create.mutate(
      { occurredAt, kind, note: note || null, internal },
      {
        onSuccess: (contact) => {
          // Ready for the next one: "now" again, no note. The form stays, so focus stays on the button.
          form.reset();
          const fresh = localDateAndTime();
          (form.elements.namedItem('date') as HTMLInputElement).value = fresh.date;
          (form.elements.namedItem('time') as HTMLInputElement).value = fresh.time;
          onSaved(contact);
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-labelledby="contact-vastleggen">
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset koers-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend koers-fieldset__legend">{tcm('contacts.form.when')}</legend>
        <div className="koers-field-row">
          <TextField
            id={FIELD_IDS.date}
            name="date"
            type="date"
            required
            defaultValue={now.date}
            max={now.date}
            label={tcm('contacts.form.date.label')}
            error={errors?.fields.date}
          />
          <TextField
            id={FIELD_IDS.time}
            name="time"
            type="time"
            required
            defaultValue={now.time}
            label={tcm('contacts.form.time.label')}
            error={errors?.fields.time}
          />
        </div>
      </fieldset>
      <SelectField
        id={FIELD_IDS.kind}
        name="kind"
        required
        defaultValue={defaultKind ?? ''}
        label={tcm('contacts.form.kind.label')}
        placeholder={defaultKind ? undefined : tcm('contacts.form.kind.placeholder')}
        options={KIND_OPTIONS}
        error={errors?.fields.kind}
      />
      <TextareaField
        id={FIELD_IDS.note}
        name="note"
        rows={3}
        label={tcm('contacts.form.note.label')}
        description={tcm('contacts.form.note.description')}
        error={errors?.fields.note}
      />
      <CheckboxField name="internal" label={tcm('contacts.form.internal.label')} aria-describedby="contact-intern-uitleg" />
      <p id="contact-intern-uitleg" className="utrecht-form-field-description koers-checkbox-description">
        {tcm('contacts.form.internal.description')}
      </p>
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={create.isPending}>
          {tcm('contacts.form.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
