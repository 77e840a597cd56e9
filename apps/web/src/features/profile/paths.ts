/** "Mijn gegevens" of a staff member (the jongere's own data page is PATHS.myData). */
export const STAFF_PROFILE_PATH = '/mijn-gegevens';
