import { createTranslator } from '../../i18n/i18n';
import messages from './messages.nl.json';

/** Texts of the "nieuw wachtwoord kiezen" page (B1: jongeren read it too) and of the link result for staff. */
export const ta = createTranslator(messages);
