import { createTranslator } from '../../i18n/i18n';
import messages from './messages.nl.json';

/** The jongere's texts for their handover: B1, "je". */
export const tm = createTranslator(messages);
