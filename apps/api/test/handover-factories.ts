import type { HandoverDetail } from '@koers/contracts';
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import { type ApiResponse } from './utils';

/** Test helpers for the handover integration tests (not a test file itself). */

export { loginAs } from './utils';

/** A vastgesteld plan with three steps: an open and a done one of the klantmanager, and one of the jongere. */
export async function addPlanWithSteps(db: DataSource, caseId: string, contactUserId: string): Promise<{ openStep: string; doneStep: string; youthStep: string }> {
  const [pv] = (await db.query(`INSERT INTO plan_version (case_id, number, status, established_at) VALUES ($1, 1, 'vastgesteld', now()) RETURNING id`, [caseId])) as { id: string }[];
  const [goal] = (await db.query(
    `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, author_user_id, author_role) VALUES ($1, $2, gen_random_uuid(), 'Werk vinden', $3, 'klantmanager') RETURNING id`,
    [pv!.id, caseId, contactUserId],
  )) as { id: string }[];
  const step = async (text: string, kind: string, owner: string | null, done: boolean) =>
    ((await db.query(
      `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_user_id, done_at, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5, $6, $7, 'klantmanager') RETURNING id`,
      [goal!.id, caseId, text, kind, owner, done ? new Date() : null, contactUserId],
    )) as { id: string }[])[0]!.id;
  return {
    openStep: await step('Werkgever bellen', 'klantmanager', contactUserId, false),
    doneStep: await step('Cv nakijken', 'klantmanager', contactUserId, true),
    youthStep: await step('Vacatures zoeken', 'jongere', null, false),
  };
}

export interface NotificationRow {
  kind: string;
  title: string;
  body: string | null;
  case_id: string | null;
  handover_id: string | null;
}

export async function notificationsOf(db: DataSource, userId: string): Promise<NotificationRow[]> {
  return db.query(`SELECT kind, title, body, case_id, handover_id FROM notification WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
}

/** Asserts a 2xx and returns the handover. */
export function ok(res: ApiResponse<unknown>): HandoverDetail {
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body as HandoverDetail;
}
