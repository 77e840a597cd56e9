import type { ProposalKind } from '@koers/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../cases/case-access.service';
import type { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { PlanQueries } from './plan.queries';

/*
 * Carrying a proposal of the jongere that the klantmanager took over ("overgenomen") into a plan
 * version in the making (a concept). The words stay the jongere's: a new goal or step has the
 * jongere as author (written when they proposed it) and their words as youth_words; new wording is
 * recorded as last edited by them. The revision says who applied it (the klantmanager).
 * Used when deciding (apps/api/src/my-plan) and when the next version is made after an evaluation
 * (PlanService.evaluate applies what was accepted while there was no next version yet).
 */

export interface ProposalToApply {
  id: string;
  kind: ProposalKind;
  target_lineage_id: string | null;
  text: string;
  author_user_id: string;
  author_role: string;
  created_at: Date;
}

/** 'toegepast': in the version now (or nothing to carry: niet_eens). 'ontbreekt': its goal or step is not in that version. */
export type ApplyOutcome = 'toegepast' | 'ontbreekt';

export async function applyYouthProposal(
  tx: EntityManager,
  audit: AuditService,
  user: AuthUser,
  scope: CaseScope,
  p: ProposalToApply,
  planVersionId: string,
): Promise<ApplyOutcome> {
  let entity: { type: 'goal' | 'step'; id: string; before: object | null; after: object; fields: string[] } | null = null;
  switch (p.kind) {
    case 'nieuw_doel': {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, youth_words, priority, author_user_id, author_role, created_at)
         VALUES ($1, $2, gen_random_uuid(), $3, $3, (SELECT coalesce(max(priority), 0) + 1 FROM goal WHERE plan_version_id = $1), $4, $5, $6)
         RETURNING id`,
        [planVersionId, scope.id, p.text, p.author_user_id, p.author_role, p.created_at],
      );
      const goal = (await PlanQueries.goal(tx, rows[0]!.id))!;
      entity = { type: 'goal', id: goal.id, before: null, after: { title: goal.title, youthWords: goal.youthWords, proposalId: p.id }, fields: ['title', 'youth_words'] };
      break;
    }
    case 'doel_tekst': {
      const found: { id: string }[] = await tx.query(`SELECT id FROM goal WHERE plan_version_id = $1 AND lineage_id = $2 FOR UPDATE`, [planVersionId, p.target_lineage_id]);
      if (!found[0]) return 'ontbreekt';
      const before = (await PlanQueries.goal(tx, found[0].id))!;
      await tx.query(`UPDATE goal SET title = $2, youth_words = $2, updated_at = now(), updated_by = $3, version = version + 1 WHERE id = $1`, [before.id, p.text, p.author_user_id]);
      entity = {
        type: 'goal',
        id: before.id,
        before: { title: before.title, youthWords: before.youthWords },
        after: { title: p.text, youthWords: p.text, proposalId: p.id },
        fields: ['title', 'youth_words'],
      };
      break;
    }
    case 'stap_tekst': {
      const found: { id: string }[] = await tx.query(
        `SELECT s.id FROM step s JOIN goal g ON g.id = s.goal_id WHERE g.plan_version_id = $1 AND s.lineage_id = $2 FOR UPDATE OF s`,
        [planVersionId, p.target_lineage_id],
      );
      if (!found[0]) return 'ontbreekt';
      const before = (await PlanQueries.step(tx, found[0].id))!;
      await tx.query(`UPDATE step SET text = $2, updated_at = now(), updated_by = $3, version = version + 1 WHERE id = $1`, [before.id, p.text, p.author_user_id]);
      entity = { type: 'step', id: before.id, before: { text: before.text }, after: { text: p.text, proposalId: p.id }, fields: ['text'] };
      break;
    }
    case 'nieuwe_stap': {
      const found: { id: string }[] = await tx.query(`SELECT id FROM goal WHERE plan_version_id = $1 AND lineage_id = $2 FOR UPDATE`, [planVersionId, p.target_lineage_id]);
      if (!found[0]) return 'ontbreekt';
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_user_id, position, author_user_id, author_role, created_at)
         VALUES ($1, $2, $3, 'jongere', $4, (SELECT coalesce(max(position), -1) + 1 FROM step WHERE goal_id = $1), $5, $6, $7)
         RETURNING id`,
        [found[0].id, scope.id, p.text, scope.youthUserId, p.author_user_id, p.author_role, p.created_at],
      );
      const step = (await PlanQueries.step(tx, rows[0]!.id))!;
      entity = { type: 'step', id: step.id, before: null, after: { goalId: step.goalId, text: step.text, ownerKind: step.owner.kind, done: false, proposalId: p.id }, fields: ['text', 'owner_kind'] };
      break;
    }
    case 'niet_eens':
      // What the jongere disagreed with: nothing to copy; the klantmanager changes the plan with them.
      break;
    default: {
      const unknown: never = p.kind;
      throw new Error(`Unknown proposal kind ${String(unknown)}`);
    }
  }
  await tx.query(`UPDATE plan_proposal SET applied_plan_version_id = $2, applied_at = now() WHERE id = $1`, [p.id, planVersionId]);
  if (entity) {
    await tx.query(
      `INSERT INTO revision (case_id, entity_type, entity_id, changed_by, changed_by_role, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [scope.id, entity.type, entity.id, user.id, user.role, entity.before ? JSON.stringify(entity.before) : null, JSON.stringify(entity.after)],
    );
    await audit.record(tx, { action: 'plan.proposal.apply', objectType: entity.type, objectId: entity.id, caseId: scope.id, youthId: scope.youthId, fields: entity.fields });
  }
  return 'toegepast';
}

/**
 * After the next version is made: everything the klantmanager took over while there was no version
 * in the making goes into it now. A proposal whose goal or step did not come along (achieved, let go)
 * is opened again for the klantmanager to decide anew — never dropped silently.
 */
export async function applyPendingYouthProposals(tx: EntityManager, audit: AuditService, user: AuthUser, scope: CaseScope, planVersionId: string): Promise<void> {
  const pending: ProposalToApply[] = await tx.query(
    `SELECT id, kind, target_lineage_id, text, author_user_id, author_role, created_at FROM plan_proposal
      WHERE case_id = $1 AND status = 'overgenomen' AND applied_at IS NULL ORDER BY created_at, id FOR UPDATE`,
    [scope.id],
  );
  for (const p of pending) {
    if ((await applyYouthProposal(tx, audit, user, scope, p, planVersionId)) === 'toegepast') continue;
    await tx.query(`UPDATE plan_proposal SET status = 'open', decided_at = NULL, decided_by = NULL, version = version + 1 WHERE id = $1`, [p.id]);
    await audit.record(tx, { action: 'plan.proposal.reopen', objectType: 'plan_proposal', objectId: p.id, caseId: scope.id, youthId: scope.youthId, fields: ['status'] });
  }
}
