import nl from './messages/nl.json';

/**
 * The message catalog. Dutch is the default and, for now, only language; every text a user reads
 * comes from messages/nl.json, so a second language is a second catalog, not a code change.
 */
export type MessageKey = keyof typeof nl;
export type MessageValues = Record<string, string | number>;

export const LOCALE = 'nl-NL';

const catalog: Record<MessageKey, string> = nl;

/** The text for `key`, with `{name}` placeholders filled in from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  return fill(key, catalog[key], values);
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is a bug (the user would read "{youth}"):
 * in development and tests it throws, so a component test catches it; in production the text is shown as is.
 */
function fill(key: string, template: string, values: MessageValues | undefined): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (values && name in values) return String(values[name]);
    if (import.meta.env.DEV) throw new Error(`Message "${key}" needs a value for ${placeholder}`);
    return placeholder;
  });
}

/**
 * A translator over a feature's own catalog (`features/<feature>/messages.nl.json`), so features
 * keep their texts beside their code and do not all edit one file. Same `{name}` placeholders.
 */
export function createTranslator<M extends Record<string, string>>(messages: M): (key: keyof M & string, values?: MessageValues) => string {
  return (key, values) => fill(key, messages[key] ?? key, values);
}

const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}
