/** "Nieuwe jongere aanmelden": a page of its own under the caseload. */
export const REGISTER_YOUTH_PATH = '/caseload/nieuw';
