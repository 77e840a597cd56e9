import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { clientFormErrors, problemFormErrors, summaryItems } from './form-errors';

describe('problemFormErrors', () => {
  it('puts messages on the fields the form knows and lists the rest without a field', () => {
    const error = new ApiError({
      type: 'about:blank',
      status: 400,
      title: 'Niet alle gegevens zijn goed ingevuld.',
      requestId: 'req-1',
      errors: [
        { field: 'email', message: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' },
        { field: 'token', message: 'Vul dit veld in.' },
      ],
    });

    const result = problemFormErrors(error, ['email', 'password'] as const);

    expect(result).toEqual({
      title: 'Niet alle gegevens zijn goed ingevuld.',
      fields: { email: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' },
      general: ['Vul dit veld in.'],
      requestId: 'req-1',
    });
  });

  it('falls back to a Dutch message for an error that is not from the API', () => {
    expect(problemFormErrors(new Error('boom'), ['name']).title).toBe('Er ging iets mis. Probeer het opnieuw.');
  });
});

describe('summaryItems', () => {
  it('lists field messages in the order of the form, linked to their inputs, then the others', () => {
    const items = summaryItems(
      { title: 'x', fields: { password: 'Wachtwoord ontbreekt', email: 'E-mail ontbreekt' }, general: ['Iets anders'] },
      { email: 'login-email', password: 'login-password' },
    );
    expect(items).toEqual([
      { message: 'E-mail ontbreekt', fieldId: 'login-email' },
      { message: 'Wachtwoord ontbreekt', fieldId: 'login-password' },
      { message: 'Iets anders' },
    ]);
  });
});

describe('clientFormErrors', () => {
  it('is null when every field is fine', () => {
    expect(clientFormErrors({ name: undefined })).toBeNull();
    expect(clientFormErrors({ name: 'Vul de naam in.' })?.fields).toEqual({ name: 'Vul de naam in.' });
  });
});
