/** The beheerder's read-only view of the werkwijzer content: a page of its own under /beheer. */
export const WERKWIJZER_ADMIN_PATH = '/beheer/werkwijzer';
