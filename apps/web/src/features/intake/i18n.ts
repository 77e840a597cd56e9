import { createTranslator } from '../../i18n/i18n';
import messages from './messages.nl.json';

/** The intake tab's texts (staff screens: "u"). Labels of domain values come from @koers/contracts. */
export const ti = createTranslator(messages);
