import { createCase, type TestCase } from './case-factories';
import { createTeam, createUser, type TestUser } from './factories';
import { type ApiClient, loginAs, startTestApp, type TestApp } from './utils';

/** The usual start of an integration test file: the app on its own database, a team, and its klantmanager logged in. */
export interface StaffWorld {
  t: TestApp;
  team: { id: string; name: string };
  kmUser: TestUser;
  km: ApiClient;
}

/** A StaffWorld plus a jongere with an account and a case of the klantmanager ("own"), both logged in. */
export interface CaseWorld extends StaffWorld {
  youthUser: TestUser;
  youth: ApiClient;
  own: TestCase;
}

export interface StaffWorldOptions {
  teamName?: string;
  /** Name and e-mail of the klantmanager. */
  km?: { name?: string; email?: string };
}

/**
 * For a beforeAll: `({ t, team, kmUser, km } = await setupStaffWorld())`, with `afterAll(() => t.close())`.
 * Everything else a test needs it makes itself (createUser, createCase, loginAs).
 */
export async function setupStaffWorld(options: StaffWorldOptions = {}): Promise<StaffWorld> {
  const t = await startTestApp();
  const team = await createTeam(t.db, options.teamName);
  const kmUser = await createUser(t.db, 'klantmanager', { teamId: team.id, ...options.km });
  return { t, team, kmUser, km: await loginAs(t, kmUser) };
}

/** As setupStaffWorld, plus the jongere's case; `case` sets its fields (name, phase, lastContactAt, …). */
export async function setupCaseWorld(
  options: StaffWorldOptions & { case?: Omit<Parameters<typeof createCase>[1], 'teamId' | 'contactUserId' | 'youthUserId'> } = {},
): Promise<CaseWorld> {
  const world = await setupStaffWorld(options);
  const { t, team, kmUser } = world;
  const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
  const own = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: youthUser.id, ...options.case });
  return { ...world, youthUser, youth: await loginAs(t, youthUser), own };
}
