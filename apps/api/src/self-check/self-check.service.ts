import type {
  ImprovementAction,
  ImprovementActionList,
  MySelfCheckAnswers,
  SelfCheckInvite,
  SelfCheckYouthInvitation,
  SelfCheckAnswer,
  SelfCheckResults,
  SelfCheckRound,
  SelfCheckRoundList,
  SelfCheckRoundResult,
} from '@koers/contracts';
import { SELF_CHECK_MIN_RESPONDENTS } from '@koers/contracts';
import { aggregateSelfCheck, lowestSelfCheckFactors, type SelfCheckAnswerFact, WERKWIJZER_FACTOR_NUMBERS } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WerkwijzerContentStore } from '../werkwijzer/werkwijzer.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { TokenHasher } from '../platform/auth/token-hasher';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException, ErrorCode } from '../platform/errors/domain.exception';
import type { CreateActionDto, UpdateActionDto } from './self-check.dto';

type Queryable = Pick<EntityManager, 'query'>;

interface RoundRow {
  id: string;
  team_id: string;
  title: string;
  opened_at: Date;
  closed_at: Date | null;
  respondents: number;
  my_answered: number;
}

interface ActionRow {
  id: string;
  round_id: string;
  theme: number;
  text: string;
  owner: string;
  due_date: string | null;
  done: boolean;
  version: number;
  updated_at: Date;
}

const ROUND_SELECT = `
  SELECT r.id, r.team_id, r.title, r.opened_at, r.closed_at,
         (SELECT count(DISTINCT p.id)::int FROM self_check_respondent p JOIN self_check_answer a ON a.respondent_id = p.id WHERE p.round_id = r.id) AS respondents,
         (SELECT count(*)::int FROM self_check_respondent p JOIN self_check_answer a ON a.respondent_id = p.id WHERE p.round_id = r.id AND p.user_id = $1) AS my_answered
    FROM self_check_round r`;

const ACTION_COLUMNS = `id, round_id, theme, text, owner, to_char(due_date, 'YYYY-MM-DD') AS due_date, done, version, updated_at`;

const NOT_FOUND = 'Deze check';

/**
 * "Doe de check": rounds per team, private answers, aggregated results (at least 3 respondents),
 * and the team's improvement plan. Always the caller's own team; anything else is 404.
 * Answers are read back only for their own respondent (myAnswers); results are aggregates.
 */
@Injectable()
export class SelfCheckService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly store: WerkwijzerContentStore,
    private readonly tokens: TokenHasher,
  ) {}

  private teamOf(user: AuthUser): string {
    if (!user.teamId) throw DomainException.notFound(NOT_FOUND);
    return user.teamId;
  }

  private toRound(row: RoundRow): SelfCheckRound {
    return {
      id: row.id,
      teamId: row.team_id,
      title: row.title,
      status: row.closed_at ? 'gesloten' : 'open',
      openedAt: row.opened_at.toISOString(),
      closedAt: row.closed_at ? row.closed_at.toISOString() : null,
      respondents: row.respondents,
      myAnswered: row.my_answered,
      factorCount: WERKWIJZER_FACTOR_NUMBERS.length,
    };
  }

  private toAction(row: ActionRow): ImprovementAction {
    return {
      id: row.id,
      roundId: row.round_id,
      theme: row.theme,
      text: row.text,
      owner: row.owner,
      dueDate: row.due_date,
      done: row.done,
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /** The round, if it belongs to the caller's team; else 404 (and a denied audit event). */
  private async round(runner: Queryable, user: AuthUser, roundId: string, lock = false): Promise<SelfCheckRound> {
    const teamId = this.teamOf(user);
    const rows: RoundRow[] = await runner.query(`${ROUND_SELECT} WHERE r.id = $2 AND r.team_id = $3${lock ? ' FOR UPDATE OF r' : ''}`, [user.id, roundId, teamId]);
    if (!rows[0]) {
      await this.audit.denied({ action: 'self-check.round.access', objectType: 'self_check_round', objectId: roundId }, user);
      throw DomainException.notFound(NOT_FOUND);
    }
    return this.toRound(rows[0]);
  }

  async listRounds(user: AuthUser): Promise<SelfCheckRoundList> {
    const canOpenRound = user.role === 'teamleider' && user.teamId !== null;
    if (!user.teamId) return { items: [], permissions: { canOpenRound } };
    // Bounded: a team opens a handful of rounds a year.
    const rows: RoundRow[] = await this.db.query(`${ROUND_SELECT} WHERE r.team_id = $2 ORDER BY r.opened_at DESC, r.id`, [user.id, user.teamId]);
    return { items: rows.map((r) => this.toRound(r)), permissions: { canOpenRound } };
  }

  async openRound(user: AuthUser, title: string): Promise<SelfCheckRound> {
    const teamId = this.teamOf(user);
    try {
      return await this.db.transaction(async (tx) => {
        const closed: { id: string }[] = await tx.query(`UPDATE self_check_round SET closed_at = now() WHERE team_id = $1 AND closed_at IS NULL RETURNING id`, [teamId]);
        for (const c of closed) await this.audit.record(tx, { action: 'self-check.round.close', objectType: 'self_check_round', objectId: c.id, fields: ['closedAt'] });
        const inserted: { id: string }[] = await tx.query(`INSERT INTO self_check_round (team_id, title, opened_by) VALUES ($1, $2, $3) RETURNING id`, [teamId, title, user.id]);
        const id = inserted[0]!.id;
        await this.audit.record(tx, { action: 'self-check.round.open', objectType: 'self_check_round', objectId: id, fields: ['title'] });
        return this.round(tx, user, id);
      });
    } catch (e) {
      // Two teamleiders opening a round at the same moment: the one-open-round index refuses the second.
      if ((e as { code?: string }).code === '23505') throw DomainException.conflict('Er is net al een nieuwe ronde geopend. Vernieuw de pagina.');
      throw e;
    }
  }

  async myAnswers(user: AuthUser, roundId: string): Promise<MySelfCheckAnswers> {
    const round = await this.round(this.db, user, roundId);
    const rows: { factor: string; score: number | null }[] = await this.db.query(
      `SELECT a.factor, a.score FROM self_check_answer a JOIN self_check_respondent p ON p.id = a.respondent_id WHERE p.round_id = $1 AND p.user_id = $2`,
      [roundId, user.id],
    );
    const order = (f: string) => WERKWIJZER_FACTOR_NUMBERS.indexOf(f);
    return {
      roundId,
      answers: rows.sort((a, b) => order(a.factor) - order(b.factor)).map((r) => ({ factor: r.factor, score: r.score })),
      canAnswer: round.status === 'open',
    };
  }

  private async requireOpen(tx: Queryable, user: AuthUser, roundId: string): Promise<void> {
    const round = await this.round(tx, user, roundId, true);
    if (round.status !== 'open') throw DomainException.conflict('Deze ronde is gesloten; antwoorden kunnen niet meer worden gewijzigd.');
  }

  /** Idempotent: the same answer twice leaves one row. */
  async saveAnswer(user: AuthUser, roundId: string, factor: string, score: number | null): Promise<SelfCheckAnswer> {
    return this.db.transaction(async (tx) => {
      await this.requireOpen(tx, user, roundId);
      const respondent: { id: string }[] = await tx.query(
        `INSERT INTO self_check_respondent (round_id, kind, user_id) VALUES ($1, 'staff', $2)
         ON CONFLICT (round_id, user_id) DO UPDATE SET round_id = EXCLUDED.round_id RETURNING id`,
        [roundId, user.id],
      );
      await tx.query(
        `INSERT INTO self_check_answer (respondent_id, factor, score) VALUES ($1, $2, $3)
         ON CONFLICT (respondent_id, factor) DO UPDATE SET score = EXCLUDED.score, answered_at = now()`,
        [respondent[0]!.id, factor, score],
      );
      // Who answered is recorded, never the score.
      await this.audit.record(tx, { action: 'self-check.answer.save', objectType: 'self_check_round', objectId: roundId, fields: [`factor ${factor}`] });
      return { factor, score };
    });
  }

  async clearAnswer(user: AuthUser, roundId: string, factor: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.requireOpen(tx, user, roundId);
      await tx.query(
        `DELETE FROM self_check_answer a USING self_check_respondent p WHERE a.respondent_id = p.id AND p.round_id = $1 AND p.user_id = $2 AND a.factor = $3`,
        [roundId, user.id, factor],
      );
      await this.audit.record(tx, { action: 'self-check.answer.clear', objectType: 'self_check_round', objectId: roundId, fields: [`factor ${factor}`] });
    });
  }

  private async roundResult(round: SelfCheckRound): Promise<SelfCheckRoundResult> {
    const rows: { respondent_id: string; kind: 'staff' | 'jongere'; factor: string; score: number | null }[] = await this.db.query(
      `SELECT a.respondent_id, p.kind, a.factor, a.score FROM self_check_answer a JOIN self_check_respondent p ON p.id = a.respondent_id WHERE p.round_id = $1`,
      [round.id],
    );
    const answers: SelfCheckAnswerFact[] = rows.map((r) => ({ respondentId: r.respondent_id, kind: r.kind, factor: r.factor, score: r.score }));
    const themes = this.store.content.themes.map((t) => ({ number: t.number, factors: t.factors.map((f) => f.number) }));
    const lowest = lowestSelfCheckFactors(answers, WERKWIJZER_FACTOR_NUMBERS);
    return {
      round,
      themes: this.store.content.themes.map((t) => ({ number: t.number, title: t.title })),
      all: aggregateSelfCheck(answers, themes),
      staff: aggregateSelfCheck(
        answers.filter((a) => a.kind === 'staff'),
        themes,
      ),
      jongere: aggregateSelfCheck(
        answers.filter((a) => a.kind === 'jongere'),
        themes,
      ),
      lowestFactors: lowest.map((l) => {
        const f = this.store.factor(l.factor);
        return { factor: l.factor, theme: f.theme, title: f.title, average: l.average, respondents: l.respondents, tips: f.tips };
      }),
    };
  }

  async results(user: AuthUser, roundId: string, compareTo?: string): Promise<SelfCheckResults> {
    const current = await this.round(this.db, user, roundId);
    const compare = compareTo ? await this.round(this.db, user, compareTo) : null;
    return {
      minRespondents: SELF_CHECK_MIN_RESPONDENTS,
      current: await this.roundResult(current),
      compare: compare ? await this.roundResult(compare) : null,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Improvement plan
  // ---------------------------------------------------------------------------------------------

  async listActions(user: AuthUser, roundId: string): Promise<ImprovementActionList> {
    await this.round(this.db, user, roundId);
    // Bounded: a few actions per theme per round.
    const rows: ActionRow[] = await this.db.query(`SELECT ${ACTION_COLUMNS} FROM improvement_action WHERE round_id = $1 ORDER BY theme, due_date NULLS LAST, created_at, id`, [roundId]);
    return { items: rows.map((r) => this.toAction(r)) };
  }

  async createAction(user: AuthUser, roundId: string, dto: CreateActionDto): Promise<ImprovementAction> {
    return this.db.transaction(async (tx) => {
      const round = await this.round(tx, user, roundId);
      const rows: ActionRow[] = await tx.query(
        `INSERT INTO improvement_action (round_id, team_id, theme, text, owner, due_date, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ACTION_COLUMNS}`,
        [roundId, round.teamId, dto.theme, dto.text, dto.owner, dto.dueDate ?? null, user.id],
      );
      await this.audit.record(tx, { action: 'self-check.action.create', objectType: 'improvement_action', objectId: rows[0]!.id, fields: ['theme', 'text', 'owner', 'dueDate'] });
      return this.toAction(rows[0]!);
    });
  }

  private async loadAction(runner: Queryable, user: AuthUser, actionId: string): Promise<ImprovementAction | null> {
    const rows: ActionRow[] = await runner.query(`SELECT ${ACTION_COLUMNS} FROM improvement_action WHERE id = $1 AND team_id = $2`, [actionId, user.teamId]);
    return rows[0] ? this.toAction(rows[0]) : null;
  }

  private async requireAction(runner: Queryable, user: AuthUser, actionId: string): Promise<ImprovementAction> {
    this.teamOf(user);
    const action = await this.loadAction(runner, user, actionId);
    if (!action) {
      await this.audit.denied({ action: 'self-check.action.access', objectType: 'improvement_action', objectId: actionId }, user);
      throw DomainException.notFound('Deze actie');
    }
    return action;
  }

  async updateAction(user: AuthUser, actionId: string, dto: UpdateActionDto): Promise<ImprovementAction> {
    return this.db.transaction(async (tx) => {
      await this.requireAction(tx, user, actionId);
      const sets: string[] = [];
      const params: unknown[] = [actionId, dto.version];
      const fields: string[] = [];
      const set = (column: string, field: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
        fields.push(field);
      };
      if (dto.theme !== undefined) set('theme', 'theme', dto.theme);
      if (dto.text !== undefined) set('text', 'text', dto.text);
      if (dto.owner !== undefined) set('owner', 'owner', dto.owner);
      if (dto.dueDate !== undefined) set('due_date', 'dueDate', dto.dueDate);
      if (dto.done !== undefined) set('done', 'done', dto.done);
      const row = await updateVersioned<ActionRow>(
        tx,
        `UPDATE improvement_action SET ${[...sets, 'updated_at = now()'].join(', ')}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING ${ACTION_COLUMNS}`,
        params,
        () => this.loadAction(tx, user, actionId),
        'Iemand anders heeft deze actie intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
      );
      await this.audit.record(tx, { action: 'self-check.action.update', objectType: 'improvement_action', objectId: actionId, fields });
      return this.toAction(row);
    });
  }

  async deleteAction(user: AuthUser, actionId: string, version: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.requireAction(tx, user, actionId);
      const deleted: unknown = await tx.query(`DELETE FROM improvement_action WHERE id = $1 AND version = $2 RETURNING id`, [actionId, version]);
      const rows = (Array.isArray(deleted) && Array.isArray(deleted[0]) ? deleted[0] : deleted) as unknown[];
      if (rows.length !== 1) throw DomainException.conflict('Iemand anders heeft deze actie intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.', await this.loadAction(tx, user, actionId));
      await this.audit.record(tx, { action: 'self-check.action.delete', objectType: 'improvement_action', objectId: actionId });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Jongeren by invitation link
  // ---------------------------------------------------------------------------------------------

  async inviteYouth(user: AuthUser, roundId: string): Promise<SelfCheckYouthInvitation> {
    return this.db.transaction(async (tx) => {
      await this.requireOpen(tx, user, roundId);
      const token = this.tokens.newToken();
      const rows: { id: string }[] = await tx.query(`INSERT INTO self_check_respondent (round_id, kind, invite_token_hash) VALUES ($1, 'jongere', $2) RETURNING id`, [
        roundId,
        this.tokens.hash('self-check', token),
      ]);
      await this.audit.record(tx, { action: 'self-check.invitation.create', objectType: 'self_check_respondent', objectId: rows[0]!.id });
      return { token, path: `/check/${token}` };
    });
  }

  /** The respondent behind a link, with its round; 404 for an unknown link. */
  private async invited(runner: Queryable, token: string, lock = false) {
    const rows: { respondent_id: string; round_id: string; title: string; team_name: string; closed_at: Date | null }[] = await runner.query(
      `SELECT p.id AS respondent_id, r.id AS round_id, r.title, t.name AS team_name, r.closed_at
         FROM self_check_respondent p JOIN self_check_round r ON r.id = p.round_id JOIN team t ON t.id = r.team_id
        WHERE p.invite_token_hash = $1 AND p.kind = 'jongere'${lock ? ' FOR UPDATE OF r' : ''}`,
      [this.tokens.hash('self-check', token)],
    );
    if (!rows[0]) throw new DomainException(ErrorCode.NotFound, 404, 'Deze link werkt niet (meer). Vraag je klantmanager om een nieuwe link.');
    return rows[0];
  }

  async invite(token: string): Promise<SelfCheckInvite> {
    const r = await this.invited(this.db, token);
    const rows: { factor: string; score: number | null }[] = await this.db.query(`SELECT factor, score FROM self_check_answer WHERE respondent_id = $1`, [r.respondent_id]);
    const order = (f: string) => WERKWIJZER_FACTOR_NUMBERS.indexOf(f);
    return {
      roundTitle: r.title,
      teamName: r.team_name,
      themes: this.store.content.themes.map((t) => ({ number: t.number, title: t.title, factors: t.factors.map((f) => ({ number: f.number, title: f.title })) })),
      answers: rows.sort((a, b) => order(a.factor) - order(b.factor)).map((a) => ({ factor: a.factor, score: a.score })),
      canAnswer: r.closed_at === null,
    };
  }

  async saveInviteAnswer(token: string, factor: string, score: number | null): Promise<SelfCheckAnswer> {
    return this.db.transaction(async (tx) => {
      const r = await this.invited(tx, token, true);
      if (r.closed_at) throw DomainException.conflict('Deze check is gesloten. Je kunt je antwoorden niet meer veranderen.');
      await tx.query(
        `INSERT INTO self_check_answer (respondent_id, factor, score) VALUES ($1, $2, $3)
         ON CONFLICT (respondent_id, factor) DO UPDATE SET score = EXCLUDED.score, answered_at = now()`,
        [r.respondent_id, factor, score],
      );
      await this.audit.record(tx, { action: 'self-check.answer.save', objectType: 'self_check_respondent', objectId: r.respondent_id, fields: [`factor ${factor}`] }, null);
      return { factor, score };
    });
  }
}
