import { createTranslator } from '../../i18n/i18n';
import messages from './messages.nl.json';

export const tpr = createTranslator(messages);
