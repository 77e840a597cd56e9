import { DomainException } from '../platform/errors/domain.exception';
import { type Queryable, rowsOf } from './handovers.queries';

/**
 * The switch itself, inside the caller's transaction (which holds the case row lock):
 * the one contact_user_id column gets the new contact person (so there is never a second one),
 * "zonder contactpersoon" ends, the case version goes up, and the open steps that the klantmanager
 * owns (owner_kind 'klantmanager', owned by the former contact person or by nobody) move to the new
 * contact person. Steps of replaced plan versions stay as they were (history).
 * Throws 409 when the contact person is no longer who the caller expected.
 */
export async function moveContactPerson(tx: Queryable, input: { caseId: string; from: string | null; to: string; actorId: string }): Promise<{ caseVersion: number; movedSteps: number }> {
  const updated = rowsOf<{ version: number }>(
    await tx.query(
      `UPDATE youth_case SET contact_user_id = $2, without_contact_since = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND contact_user_id IS NOT DISTINCT FROM $3::uuid AND phase <> 'afgesloten'
        RETURNING version`,
      [input.caseId, input.to, input.from],
    ),
  );
  if (!updated[0]) throw DomainException.conflict('De contactpersoon van dit traject is intussen gewijzigd. Laad de pagina opnieuw.');
  const moved = rowsOf<{ id: string }>(
    await tx.query(
      `UPDATE step s SET owner_user_id = $2, updated_at = now(), updated_by = $4, version = s.version + 1
         FROM goal g JOIN plan_version pv ON pv.id = g.plan_version_id
        WHERE s.goal_id = g.id AND s.case_id = $1 AND pv.status <> 'vervangen'
          AND s.owner_kind = 'klantmanager' AND s.done_at IS NULL
          AND (s.owner_user_id IS NOT DISTINCT FROM $3::uuid OR s.owner_user_id IS NULL)
        RETURNING s.id`,
      [input.caseId, input.to, input.from, input.actorId],
    ),
  );
  return { caseVersion: updated[0].version, movedSteps: moved.length };
}
