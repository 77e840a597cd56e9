import { describe, expect, it } from 'vitest';
import { t } from './i18n';
import nl from './messages/nl.json';

describe('t', () => {
  it('fills placeholders, and refuses (in development and tests) a placeholder without a value', () => {
    expect(t('app.documentTitle', { page: 'Inloggen' })).toBe('Inloggen – Koers');
    expect(t('activation.greeting', { name: 'Noa' })).toBe('Hoi Noa, kies een wachtwoord');
    expect(() => t('activation.greeting')).toThrow('Message "activation.greeting" needs a value for {name}');
    expect(() => t('activation.greeting', { naam: 'Noa' })).toThrow(/needs a value for \{name\}/);
  });

  it('has a non-empty text for every key in the catalog', () => {
    const empty = Object.entries(nl).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});
