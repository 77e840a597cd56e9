import { PREFERRED_CONTACT_LABELS, PREFERRED_CONTACTS, type PreferredContact, type RegisterYouthRequest } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { casePath, PATHS } from '../../../routing/paths';
import { PrimaryActionButton } from '../../../ui/button';
import { Link } from '../../../ui/link';
import { TextField } from '../../../ui/text-field';
import type { CasePageLocationState } from '../../case/components/case-page';
import { useRegisterYouth } from '../hooks/use-register-youth';
import { tx } from '../i18n';
import { firstRadioId, RadioGroupField } from './radio-group-field';

type RegisterField = 'name' | 'dateOfBirth' | 'email' | 'phone' | 'preferredContact';

const FIELDS = ['name', 'dateOfBirth', 'email', 'phone', 'preferredContact'] as const;

const FIELD_IDS: Record<RegisterField, string> = {
  name: 'aanmelden-naam',
  dateOfBirth: 'aanmelden-geboortedatum',
  email: 'aanmelden-email',
  phone: 'aanmelden-telefoon',
  preferredContact: firstRadioId('aanmelden-contact'),
};

const CONTACT_OPTIONS = PREFERRED_CONTACTS.map((value) => ({ value, label: PREFERRED_CONTACT_LABELS[value] }));

const isPreferredContact = (value: string): value is PreferredContact => (PREFERRED_CONTACTS as readonly string[]).includes(value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Nieuwe jongere aanmelden": name, date of birth, contact details and the preferred way of
 * contact. The server checks the age (16 to 27) and the formats; its messages appear in the
 * summary and at the field. After saving, the new case opens.
 */
export function RegisterYouthForm() {
  const register = useRegisterYouth();
  const navigate = useNavigate();
  const [preferredContact, setPreferredContact] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<RegisterField> | null>(null);
  const [attempt, setAttempt] = useState(0);

  const errors = clientErrors ?? (register.error ? problemFormErrors(register.error, FIELDS) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const data = new FormData(event.currentTarget);
    const value = (field: RegisterField) => String(data.get(field) ?? '').trim();
    const name = value('name');
    const dateOfBirth = value('dateOfBirth');
    const email = value('email');
    const phone = value('phone');
    const problems = clientFormErrors<RegisterField>({
      name: name ? undefined : tx('register.name.required'),
      dateOfBirth: ISO_DATE.test(dateOfBirth) ? undefined : tx('register.dateOfBirth.required'),
      email: !email || EMAIL.test(email) ? undefined : tx('register.email.invalid'),
      preferredContact: isPreferredContact(preferredContact) ? undefined : tx('register.preferredContact.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems || !isPreferredContact(preferredContact)) return;
    const request: RegisterYouthRequest = {
      name,
      dateOfBirth,
      preferredContact,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    };
    register.mutate(request, {
      onSuccess: (created) => {
        const state: CasePageLocationState = { registered: true };
        void navigate(casePath(created.id), { state });
      },
    });
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <TextField
        id={FIELD_IDS.name}
        name="name"
        autoComplete="off"
        required
        maxLength={200}
        label={tx('register.name.label')}
        description={tx('register.name.description')}
        error={errors?.fields.name}
      />
      <TextField
        id={FIELD_IDS.dateOfBirth}
        name="dateOfBirth"
        type="date"
        autoComplete="off"
        required
        max={todayInNl()}
        label={tx('register.dateOfBirth.label')}
        description={tx('register.dateOfBirth.description')}
        error={errors?.fields.dateOfBirth}
        className="koers-date-input"
      />
      <TextField
        id={FIELD_IDS.email}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={320}
        label={tx('register.email.label')}
        error={errors?.fields.email}
      />
      <TextField
        id={FIELD_IDS.phone}
        name="phone"
        type="tel"
        autoComplete="off"
        maxLength={20}
        label={tx('register.phone.label')}
        description={tx('register.phone.description')}
        error={errors?.fields.phone}
        className="koers-phone-input"
      />
      <RadioGroupField
        id="aanmelden-contact"
        name="preferredContact"
        required
        legend={tx('register.preferredContact.label')}
        options={CONTACT_OPTIONS}
        value={preferredContact}
        onChange={setPreferredContact}
        error={errors?.fields.preferredContact}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={register.isPending}>
          {tx('register.submit')}
        </PrimaryActionButton>
        <Link to={PATHS.caseload}>{tx('register.cancel')}</Link>
      </div>
    </form>
  );
}
