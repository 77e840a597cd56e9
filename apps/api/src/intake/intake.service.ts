import {
  type Consent,
  type ConsentChannel,
  type ConsentPurpose,
  DIVERSITY_FIELD_LABELS,
  type DiversityFieldName,
  type DiversityInfo,
  INTAKE_FIELD_NAMES,
  type IntakeDetail,
  type IntakeFieldName,
  type IntakeFields,
  type IntakeWish,
  LIFE_AREAS,
  MY_CONSENT_EXPLANATIONS,
  CONSENT_PURPOSES,
  type MyConsents,
  type LifeArea,
  type LifeAreaHistory,
  type LifeAreaMoment,
  type LifeAreaScore,
  type LifeAreaScoreValue,
  type LifeAreaSet,
  type Phase,
  type Role,
  type UrgentObstacle,
  type UrgentObstacleKind,
  type WishKind,
} from '@koers/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import type { CreateUrgentObstacleDto, CreateWishDto, RecordConsentDto, RecordLifeAreasDto, UpdateDiversityDto, UpdateIntakeDto } from './intake.dto';

type Queryable = Pick<EntityManager, 'query'>;

/** Contract field → intake column. The only column names ever put into SQL text (never user input). */
const INTAKE_COLUMNS: Record<IntakeFieldName, string> = {
  housing: 'housing',
  fixedSleepingPlace: 'fixed_sleeping_place',
  housingNote: 'housing_note',
  incomeSource: 'income_source',
  financesNote: 'finances_note',
  hasDebts: 'has_debts',
  debtsNote: 'debts_note',
  hasChildren: 'has_children',
  childcareNote: 'childcare_note',
  transport: 'transport',
  transportNote: 'transport_note',
  healthNote: 'health_note',
  mentalHealthNote: 'mental_health_note',
  supportInvolved: 'support_involved',
  motivation: 'motivation',
  qualities: 'qualities',
  ownStory: 'own_story',
  hasStartkwalificatie: 'has_startkwalificatie',
  lastSchool: 'last_school',
  educationNote: 'education_note',
  workExperience: 'work_experience',
  infoEducation: 'info_education',
  infoLabourMarket: 'info_labour_market',
  infoSupportOptions: 'info_support_options',
};
const INTAKE_FIELDS_SQL = INTAKE_FIELD_NAMES.map((f) => `i.${INTAKE_COLUMNS[f]} AS "${f}"`).join(', ');

const DIVERSITY_FIELD_NAMES = Object.keys(DIVERSITY_FIELD_LABELS) as DiversityFieldName[];
const DIVERSITY_COLUMNS: Record<DiversityFieldName, string> = {
  background: 'background',
  genderAndOrientation: 'gender_and_orientation',
  religionOrBelief: 'religion_or_belief',
  otherNote: 'other_note',
};
const DIVERSITY_FIELDS_SQL = DIVERSITY_FIELD_NAMES.map((f) => `d.${DIVERSITY_COLUMNS[f]} AS "${f}"`).join(', ');

const STALE = 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.';
const NO_CONSENT = 'Leg eerst de toestemming van de jongere vast.';

type IntakeRow = IntakeFields & {
  version: number;
  completed_at: Date | null;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
  case_phase: Phase;
  case_version: number;
};

interface WishRow {
  id: string;
  kind: WishKind;
  text: string;
  author_user_id: string;
  author_role: Role;
  author_name: string;
  created_at: Date;
}

interface ObstacleRow {
  id: string;
  kind: UrgentObstacleKind;
  description: string;
  goal_id: string | null;
  created_at: Date;
  created_by: string;
  created_by_name: string;
  resolved_at: Date | null;
}

interface ConsentRow {
  id: string;
  youth_id: string;
  purpose: ConsentPurpose;
  explanation: string;
  given_at: Date;
  given_via: ConsentChannel;
  recorded_by: string;
  recorded_by_name: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawn_by_name: string | null;
  withdrawn_by_role: Role | null;
}

type DiversityRow = Record<DiversityFieldName, string | null> & {
  version: number;
  consent_id: string;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
};

const WISH_SELECT = `
  SELECT w.id, w.kind, w.text, w.author_user_id, w.author_role, u.name AS author_name, w.created_at
    FROM intake_wish w JOIN app_user u ON u.id = w.author_user_id`;

const OBSTACLE_SELECT = `
  SELECT o.id, o.kind, o.description, o.goal_id, o.created_at, o.created_by, u.name AS created_by_name, o.resolved_at
    FROM urgent_obstacle o JOIN app_user u ON u.id = o.created_by`;

const CONSENT_SELECT = `
  SELECT c.id, c.youth_id, c.purpose, c.explanation, c.given_at, c.given_via, c.recorded_by, r.name AS recorded_by_name,
         c.withdrawn_at, c.withdrawn_by, w.name AS withdrawn_by_name, w.role AS withdrawn_by_role
    FROM consent c JOIN app_user r ON r.id = c.recorded_by LEFT JOIN app_user w ON w.id = c.withdrawn_by`;

function toWish(r: WishRow): IntakeWish {
  return { id: r.id, kind: r.kind, text: r.text, author: { id: r.author_user_id, name: r.author_name, role: r.author_role }, createdAt: r.created_at.toISOString() };
}

function toObstacle(r: ObstacleRow): UrgentObstacle {
  return {
    id: r.id,
    kind: r.kind,
    description: r.description,
    goalId: r.goal_id,
    createdAt: r.created_at.toISOString(),
    createdBy: { id: r.created_by, name: r.created_by_name },
    resolvedAt: r.resolved_at?.toISOString() ?? null,
  };
}

function toConsent(r: ConsentRow): Consent {
  return {
    id: r.id,
    purpose: r.purpose,
    explanation: r.explanation,
    givenAt: r.given_at.toISOString(),
    givenVia: r.given_via,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    withdrawnBy: r.withdrawn_by ? { id: r.withdrawn_by, name: r.withdrawn_by_name ?? '' } : null,
    withdrawnVia: r.withdrawn_at ? (r.withdrawn_by_role === 'jongere' ? 'eigen_login' : 'gesprek') : null,
  };
}

/** The fields of a request that were sent (undefined = not sent; null = empty it). */
function sentFields<F extends string>(dto: object, names: readonly F[]): Partial<Record<F, unknown>> {
  const out: Partial<Record<F, unknown>> = {};
  for (const name of names) {
    const value = (dto as Record<string, unknown>)[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * A database error carries the statement's parameters; for special-category data those are the
 * values themselves. Drop them before the error can reach a log (the 500 handler logs the error).
 */
function withoutValues(e: unknown): unknown {
  if (e instanceof QueryFailedError) (e as { parameters?: unknown }).parameters = undefined;
  return e;
}

/**
 * The intake of a case: leefsituatie, needs and wishes, urgent obstacles, leefgebieden, and the
 * diversiteitsfactoren that may only be held with the jongere's explicit consent (AVG art. 9).
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Special-category data is for the case's contact person and the jongere themself only — never
   * for a teamleider or other staff, however broad their read access to the case is.
   */
  static mayHoldDiversity(user: AuthUser, scope: CaseScope): boolean {
    if (user.role === 'klantmanager') return scope.contactUserId === user.id;
    if (user.role === 'jongere') return scope.youthUserId === user.id;
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // The intake record
  // -------------------------------------------------------------------------------------------

  async get(user: AuthUser, caseId: string): Promise<IntakeDetail> {
    const scope = await this.access.require(user, caseId, 'read', 'intake.read');
    return this.db.transaction(async (tx) => {
      const detail = await this.load(user, scope, tx);
      await this.audit.record(tx, { action: 'intake.read', objectType: 'intake', objectId: caseId, caseId, youthId: scope.youthId });
      if (detail.diversity) await this.audit.record(tx, { action: 'diversity.read', objectType: 'diversity_info', objectId: caseId, caseId, youthId: scope.youthId });
      return detail;
    });
  }

  /**
   * Autosave: writes the fields that were sent and actually differ, with optimistic concurrency.
   * Sending only unchanged values is a no-op (no new version). The first save moves the case from
   * 'aanmelding' to 'intake'.
   */
  async update(user: AuthUser, caseId: string, dto: UpdateIntakeDto): Promise<IntakeDetail> {
    const sent = sentFields(dto, INTAKE_FIELD_NAMES);
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'intake.update', tx);
      await this.ensureIntake(tx, caseId);
      const rows: (IntakeFields & { version: number })[] = await tx.query(`SELECT ${INTAKE_FIELDS_SQL}, i.version FROM intake i WHERE i.case_id = $1`, [caseId]);
      const before = rows[0]!;
      const changed = INTAKE_FIELD_NAMES.filter((f) => f in sent && sent[f] !== before[f]);
      if (before.version !== dto.version) throw DomainException.conflict(STALE, await this.load(user, scope, tx));
      if (changed.length === 0) return this.load(user, scope, tx);

      const params: unknown[] = [caseId, dto.version, user.id];
      const sets = changed.map((f) => `${INTAKE_COLUMNS[f]} = $${params.push(sent[f])}`);
      await updateVersioned(
        tx,
        `UPDATE intake SET ${sets.join(', ')}, version = version + 1, updated_at = now(), updated_by = $3
          WHERE case_id = $1 AND version = $2 RETURNING case_id`,
        params,
        () => this.load(user, scope, tx),
        STALE,
      );
      await this.audit.record(tx, { action: 'intake.update', objectType: 'intake', objectId: caseId, caseId, youthId: scope.youthId, fields: changed });
      await this.startIntakePhase(tx, scope);
      return this.load(user, scope, tx);
    });
  }

  /** Marks the intake as done. It stays editable; marking it again keeps the first date. */
  async complete(user: AuthUser, caseId: string, version: number): Promise<IntakeDetail> {
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'intake.complete', tx);
      await this.ensureIntake(tx, caseId);
      const rows: { version: number; completed_at: Date | null }[] = await tx.query(`SELECT version, completed_at FROM intake WHERE case_id = $1`, [caseId]);
      if (rows[0]!.version !== version) throw DomainException.conflict(STALE, await this.load(user, scope, tx));
      if (rows[0]!.completed_at) return this.load(user, scope, tx);
      await updateVersioned(
        tx,
        `UPDATE intake SET completed_at = now(), version = version + 1, updated_at = now(), updated_by = $3
          WHERE case_id = $1 AND version = $2 RETURNING case_id`,
        [caseId, version, user.id],
        () => this.load(user, scope, tx),
        STALE,
      );
      await this.audit.record(tx, { action: 'intake.complete', objectType: 'intake', objectId: caseId, caseId, youthId: scope.youthId, fields: ['completedAt'] });
      await this.startIntakePhase(tx, scope);
      return this.load(user, scope, tx);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Needs and wishes
  // -------------------------------------------------------------------------------------------

  /**
   * Adds a need or wish. The author (user and role) is recorded, so a wish the jongere writes
   * later (youth-write) stays visibly theirs.
   */
  async addWish(user: AuthUser, caseId: string, dto: CreateWishDto): Promise<IntakeWish> {
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'intake.wish.create', tx, user.role === 'jongere' ? 'youth-write' : 'write');
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [caseId, dto.kind, dto.text, user.id, user.role],
      );
      const id = inserted[0]!.id;
      await this.audit.record(tx, { action: 'intake.wish.create', objectType: 'intake_wish', objectId: id, caseId, youthId: scope.youthId, fields: ['kind', 'text'] });
      const rows: WishRow[] = await tx.query(`${WISH_SELECT} WHERE w.id = $1`, [id]);
      return toWish(rows[0]!);
    });
  }

  /** Removes a need or wish (soft: a goal that answers it keeps its link). */
  async removeWish(user: AuthUser, caseId: string, wishId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'intake.wish.remove', tx);
      const result: unknown = await tx.query(
        `UPDATE intake_wish SET removed_at = now() WHERE id = $1 AND case_id = $2 AND removed_at IS NULL RETURNING id`,
        [wishId, caseId],
      );
      if (affected(result) === 0) throw DomainException.notFound('Deze behoefte of wens');
      await this.audit.record(tx, { action: 'intake.wish.remove', objectType: 'intake_wish', objectId: wishId, caseId, youthId: scope.youthId, fields: ['removedAt'] });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Urgent obstacles (youth_case.open_urgent_obstacles is kept in step in the same transaction)
  // -------------------------------------------------------------------------------------------

  async addObstacle(user: AuthUser, caseId: string, dto: CreateUrgentObstacleDto): Promise<UrgentObstacle> {
    return this.db.transaction(async (tx) => {
      // The case row is locked, so concurrent changes to this case's obstacles count one after the other.
      const scope = await this.requireWritable(user, caseId, 'intake.urgent_obstacle.create', tx);
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO urgent_obstacle (case_id, kind, description, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [caseId, dto.kind, dto.description, user.id],
      );
      const id = inserted[0]!.id;
      await this.syncOpenObstacles(tx, caseId);
      await this.audit.record(tx, { action: 'intake.urgent_obstacle.create', objectType: 'urgent_obstacle', objectId: id, caseId, youthId: scope.youthId, fields: ['kind', 'description'] });
      return this.obstacle(tx, caseId, id);
    });
  }

  /** Marks an obstacle as solved. Solving one that is already solved changes nothing. */
  async resolveObstacle(user: AuthUser, caseId: string, obstacleId: string): Promise<UrgentObstacle> {
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'intake.urgent_obstacle.resolve', tx);
      const current = await this.obstacle(tx, caseId, obstacleId);
      if (current.resolvedAt) return current;
      await tx.query(`UPDATE urgent_obstacle SET resolved_at = now() WHERE id = $1 AND case_id = $2 AND resolved_at IS NULL`, [obstacleId, caseId]);
      await this.syncOpenObstacles(tx, caseId);
      await this.audit.record(tx, { action: 'intake.urgent_obstacle.resolve', objectType: 'urgent_obstacle', objectId: obstacleId, caseId, youthId: scope.youthId, fields: ['resolvedAt'] });
      return this.obstacle(tx, caseId, obstacleId);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Leefgebieden
  // -------------------------------------------------------------------------------------------

  /** Records one set of scores (one row per area), at the intake or an evaluation. */
  async recordLifeAreas(user: AuthUser, caseId: string, dto: RecordLifeAreasDto): Promise<LifeAreaSet> {
    const errors = dto.scores.flatMap((s, i) =>
      (s.staffScore ?? null) === null && (s.youthScore ?? null) === null
        ? [{ field: `scores.${i}.staffScore`, message: 'Geef een score van de klantmanager, van de jongere, of allebei.' }]
        : [],
    );
    if (errors.length) throw DomainException.validation(errors);
    const scores = [...dto.scores].sort((a, b) => LIFE_AREAS.indexOf(a.area) - LIFE_AREAS.indexOf(b.area));
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'life_areas.record', tx);
      const inserted: { recorded_at: Date }[] = await tx.query(
        `INSERT INTO life_area_score (case_id, area, moment, staff_score, youth_score, note, recorded_by)
         SELECT $1, s.area, $2, s.staff_score, s.youth_score, s.note, $3
           FROM unnest($4::text[], $5::int[], $6::int[], $7::text[]) AS s(area, staff_score, youth_score, note)
         RETURNING recorded_at`,
        [caseId, dto.moment, user.id, scores.map((s) => s.area), scores.map((s) => s.staffScore ?? null), scores.map((s) => s.youthScore ?? null), scores.map((s) => s.note ?? null)],
      );
      await this.audit.record(tx, {
        action: 'life_areas.record',
        objectType: 'life_area_score',
        objectId: caseId,
        caseId,
        youthId: scope.youthId,
        fields: ['moment', ...scores.map((s) => s.area)],
      });
      return {
        moment: dto.moment,
        recordedAt: inserted[0]!.recorded_at.toISOString(),
        recordedBy: { id: user.id, name: user.name },
        scores: scores.map((s): LifeAreaScore => ({ area: s.area, staffScore: s.staffScore ?? null, youthScore: s.youthScore ?? null, note: s.note ?? null })),
      };
    });
  }

  /** Every recorded set, oldest first. A handful per case (one per intake and evaluation), so not paginated. */
  async lifeAreaHistory(user: AuthUser, caseId: string): Promise<LifeAreaHistory> {
    const scope = await this.access.require(user, caseId, 'read', 'life_areas.read');
    return this.db.transaction(async (tx) => {
      const rows: { moment: LifeAreaMoment; recorded_at: Date; recorded_by: string; recorded_by_name: string; scores: LifeAreaScore[] }[] = await tx.query(
        `SELECT s.moment, s.recorded_at, s.recorded_by, u.name AS recorded_by_name,
                json_agg(json_build_object('area', s.area, 'staffScore', s.staff_score, 'youthScore', s.youth_score, 'note', s.note)
                         ORDER BY array_position($2::text[], s.area)) AS scores
           FROM life_area_score s JOIN app_user u ON u.id = s.recorded_by
          WHERE s.case_id = $1
          GROUP BY s.recorded_at, s.moment, s.recorded_by, u.name
          ORDER BY s.recorded_at, s.moment`,
        [caseId, LIFE_AREAS],
      );
      await this.audit.record(tx, { action: 'life_areas.read', objectType: 'life_area_score', objectId: caseId, caseId, youthId: scope.youthId });
      return {
        sets: rows.map((r) => ({ moment: r.moment, recordedAt: r.recorded_at.toISOString(), recordedBy: { id: r.recorded_by, name: r.recorded_by_name }, scores: r.scores })),
      };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Consent and diversiteitsfactoren
  // -------------------------------------------------------------------------------------------

  /** Records the jongere's explicit consent, given in a conversation, for one purpose. */
  async recordConsent(user: AuthUser, caseId: string, dto: RecordConsentDto): Promise<Consent> {
    return this.db.transaction(async (tx) => {
      const scope = await this.requireWritable(user, caseId, 'consent.record', tx);
      const active = await this.activeConsent(tx, scope.youthId, dto.purpose);
      if (active) throw DomainException.conflict('De jongere heeft hiervoor al toestemming gegeven.', active);
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO consent (youth_id, purpose, explanation, given_at, given_via, recorded_by) VALUES ($1, $2, $3, now(), $4, $5) RETURNING id`,
        [scope.youthId, dto.purpose, dto.explanation, dto.givenVia, user.id],
      );
      const id = inserted[0]!.id;
      await this.audit.record(tx, { action: 'consent.record', objectType: 'consent', objectId: id, caseId, youthId: scope.youthId, fields: ['purpose', 'explanation', 'givenVia'] });
      return this.consent(tx, scope.youthId, id);
    });
  }

  /**
   * Withdraws consent. What was recorded under it is erased in the same transaction: the
   * diversiteitsfactoren row is deleted (not hidden), in every case of this jongere.
   * Allowed on a closed case too: withdrawing is the jongere's right at any time.
   */
  async withdrawConsent(user: AuthUser, caseId: string, consentId: string): Promise<Consent> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, user.role === 'jongere' ? 'youth-write' : 'write', 'consent.withdraw', tx, true);
      const consent = await this.consent(tx, scope.youthId, consentId);
      if (consent.withdrawnAt) throw DomainException.conflict('Deze toestemming is al ingetrokken.', consent);
      // Conditional: the jongere and their klantmanager may withdraw at once under different case locks.
      const withdrawn = rowsOf<{ id: string }>(
        await tx.query(`UPDATE consent SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL RETURNING id`, [consentId, user.id]),
      );
      if (!withdrawn[0]) throw DomainException.conflict('Deze toestemming is al ingetrokken.', await this.consent(tx, scope.youthId, consentId));
      const erased: { case_id: string }[] = await tx.query(`DELETE FROM diversity_info WHERE consent_id = $1 RETURNING case_id`, [consentId]).then(rowsOf<{ case_id: string }>);
      await this.audit.record(tx, { action: 'consent.withdraw', objectType: 'consent', objectId: consentId, caseId, youthId: scope.youthId, fields: ['withdrawnAt'] });
      for (const row of erased) {
        await this.audit.record(tx, { action: 'diversity.erase', objectType: 'diversity_info', objectId: row.case_id, caseId: row.case_id, youthId: scope.youthId, fields: DIVERSITY_FIELD_NAMES });
      }
      return this.consent(tx, scope.youthId, consentId);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Consent by the jongere themself (their own login, their own case)
  // -------------------------------------------------------------------------------------------

  /** Every purpose with its plain explanation and where it stands, for the jongere's own data. */
  async myConsents(user: AuthUser): Promise<MyConsents> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'read', 'consent.read');
      const rows: ConsentRow[] = await tx.query(
        `${CONSENT_SELECT} WHERE c.youth_id = $1 AND (c.withdrawn_at IS NULL OR c.id IN (
           SELECT DISTINCT ON (purpose) id FROM consent WHERE youth_id = $1 AND withdrawn_at IS NOT NULL ORDER BY purpose, withdrawn_at DESC, id))`,
        [scope.youthId],
      );
      await this.audit.record(tx, { action: 'consent.read', objectType: 'consent', objectId: scope.id, caseId: scope.id, youthId: scope.youthId });
      const consents = rows.map(toConsent);
      return {
        purposes: CONSENT_PURPOSES.map((purpose) => {
          const active = consents.find((c) => c.purpose === purpose && !c.withdrawnAt) ?? null;
          const lastWithdrawn = active ? null : (consents.find((c) => c.purpose === purpose && c.withdrawnAt) ?? null);
          return { purpose, explanation: MY_CONSENT_EXPLANATIONS[purpose], active, lastWithdrawn };
        }),
      };
    });
  }

  /**
   * The jongere gives consent themself: recorded as given via their own login, by them, with the
   * plain explanation they were shown (the server's text, never one sent by the client).
   */
  async giveMyConsent(user: AuthUser, purpose: ConsentPurpose): Promise<Consent> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'youth-write', 'consent.give');
      if (scope.phase === 'afgesloten') throw DomainException.conflict('Je traject is afgesloten. Je kunt nu geen toestemming meer geven.');
      const active = await this.activeConsent(tx, scope.youthId, purpose);
      if (active) throw DomainException.conflict('Je hebt hiervoor al toestemming gegeven. Wil je stoppen? Trek je toestemming dan in.', active);
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO consent (youth_id, purpose, explanation, given_at, given_via, recorded_by) VALUES ($1, $2, $3, now(), 'eigen_login', $4) RETURNING id`,
        [scope.youthId, purpose, MY_CONSENT_EXPLANATIONS[purpose], user.id],
      );
      const id = inserted[0]!.id;
      await this.audit.record(tx, { action: 'consent.give', objectType: 'consent', objectId: id, caseId: scope.id, youthId: scope.youthId, fields: ['purpose', 'explanation', 'givenVia'] });
      return this.consent(tx, scope.youthId, id);
    });
  }

  /** The jongere withdraws their own consent (also on a closed case); the data is erased as when staff withdraw it. */
  async withdrawMyConsent(user: AuthUser, consentId: string): Promise<Consent> {
    const caseId = await this.db.transaction((tx) => this.ownCase(user, tx, 'read', 'consent.withdraw').then((scope) => scope.id));
    return this.withdrawConsent(user, caseId, consentId);
  }

  /** The diversiteitsfactoren, for the contact person (needs active consent). */
  async getDiversity(user: AuthUser, caseId: string): Promise<DiversityInfo> {
    const scope = await this.requireDiversityAccess(user, caseId, 'diversity.read', this.db);
    return this.db.transaction(async (tx) => {
      const consent = await this.activeConsent(tx, scope.youthId, 'diversiteitsfactoren');
      if (!consent) throw DomainException.conflict(NO_CONSENT);
      const info = await this.diversity(tx, caseId, consent.id);
      await this.audit.record(tx, { action: 'diversity.read', objectType: 'diversity_info', objectId: caseId, caseId, youthId: scope.youthId });
      return info;
    });
  }

  /** Saves the diversiteitsfactoren (the contact person; needs active consent; optimistic concurrency). */
  async updateDiversity(user: AuthUser, caseId: string, dto: UpdateDiversityDto): Promise<DiversityInfo> {
    const sent = sentFields(dto, DIVERSITY_FIELD_NAMES);
    try {
      return await this.db.transaction(async (tx) => {
        const scope = await this.requireDiversityAccess(user, caseId, 'diversity.update', tx);
        if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst.');
        const consent = await this.activeConsent(tx, scope.youthId, 'diversiteitsfactoren');
        if (!consent) throw DomainException.conflict(NO_CONSENT);
        // The record belongs to the active consent; before the first save it is empty with version 1.
        await tx.query(`DELETE FROM diversity_info WHERE case_id = $1 AND consent_id <> $2`, [caseId, consent.id]);
        await tx.query(`INSERT INTO diversity_info (case_id, consent_id) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING`, [caseId, consent.id]);
        const before = await this.diversity(tx, caseId, consent.id);
        if (before.version !== dto.version) throw DomainException.conflict(STALE, before);
        const changed = DIVERSITY_FIELD_NAMES.filter((f) => f in sent && sent[f] !== before[f]);
        if (changed.length === 0) return before;

        const params: unknown[] = [caseId, dto.version, user.id];
        const sets = changed.map((f) => `${DIVERSITY_COLUMNS[f]} = $${params.push(sent[f])}`);
        await updateVersioned(
          tx,
          `UPDATE diversity_info SET ${sets.join(', ')}, version = version + 1, updated_at = now(), updated_by = $3
            WHERE case_id = $1 AND version = $2 RETURNING case_id`,
          params,
          () => this.diversity(tx, caseId, consent.id),
          STALE,
        );
        // Field names only: the values never go into the audit trail.
        await this.audit.record(tx, { action: 'diversity.update', objectType: 'diversity_info', objectId: caseId, caseId, youthId: scope.youthId, fields: changed });
        return this.diversity(tx, caseId, consent.id);
      });
    } catch (e) {
      throw withoutValues(e);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Helpers
  // -------------------------------------------------------------------------------------------

  /**
   * Access for a change: the case row is locked for the rest of the transaction (so versions,
   * counts and the phase change one writer at a time), and a closed case is read-only.
   */
  private async requireWritable(user: AuthUser, caseId: string, action: string, tx: EntityManager, mode: 'write' | 'youth-write' = 'write'): Promise<CaseScope> {
    const scope = await this.access.require(user, caseId, mode, action, tx, true);
    if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst.');
    return scope;
  }

  /** The jongere's own case: the open one, else the newest. 404 when they have none. */
  private async ownCase(user: AuthUser, tx: EntityManager, mode: 'read' | 'youth-write', action: string): Promise<CaseScope> {
    const rows: { id: string }[] = await tx.query(
      `SELECT c.id FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE y.user_id = $1
        ORDER BY (c.phase = 'afgesloten'), c.created_at DESC LIMIT 1`,
      [user.id],
    );
    if (!rows[0]) throw DomainException.notFound('Je traject');
    return this.access.require(user, rows[0].id, mode, action, tx, mode === 'youth-write');
  }

  /** The diversity endpoints are for the case's contact person only (others get 404, as for any case they may not reach). */
  private async requireDiversityAccess(user: AuthUser, caseId: string, action: string, runner: Queryable): Promise<CaseScope> {
    const scope = await this.access.require(user, caseId, 'write', action, runner, runner !== this.db);
    if (!IntakeService.mayHoldDiversity(user, scope)) {
      await this.audit.denied({ action, objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId }, user);
      throw DomainException.notFound('Dit traject');
    }
    return scope;
  }

  /** Every case gets its intake row when it is registered; this covers cases made any other way. */
  private async ensureIntake(tx: Queryable, caseId: string): Promise<void> {
    await tx.query(`INSERT INTO intake (case_id) VALUES ($1) ON CONFLICT (case_id) DO NOTHING`, [caseId]);
  }

  /** The first save of the intake moves a case that is still in 'aanmelding' to 'intake'. */
  private async startIntakePhase(tx: Queryable, scope: CaseScope): Promise<void> {
    const result: unknown = await tx.query(
      `UPDATE youth_case SET phase = 'intake', version = version + 1, updated_at = now() WHERE id = $1 AND phase = 'aanmelding' RETURNING id`,
      [scope.id],
    );
    if (affected(result) > 0) {
      await this.audit.record(tx, { action: 'case.phase', objectType: 'case', objectId: scope.id, caseId: scope.id, youthId: scope.youthId, fields: ['phase'] });
    }
  }

  private async syncOpenObstacles(tx: Queryable, caseId: string): Promise<void> {
    await tx.query(
      `UPDATE youth_case SET open_urgent_obstacles = (SELECT count(*) FROM urgent_obstacle WHERE case_id = $1 AND resolved_at IS NULL) WHERE id = $1`,
      [caseId],
    );
  }

  private async obstacle(runner: Queryable, caseId: string, id: string): Promise<UrgentObstacle> {
    const rows: ObstacleRow[] = await runner.query(`${OBSTACLE_SELECT} WHERE o.id = $1 AND o.case_id = $2`, [id, caseId]);
    if (!rows[0]) throw DomainException.notFound('Dit obstakel');
    return toObstacle(rows[0]);
  }

  private async activeConsent(runner: Queryable, youthId: string, purpose: ConsentPurpose): Promise<Consent | null> {
    const rows: ConsentRow[] = await runner.query(`${CONSENT_SELECT} WHERE c.youth_id = $1 AND c.purpose = $2 AND c.withdrawn_at IS NULL`, [youthId, purpose]);
    return rows[0] ? toConsent(rows[0]) : null;
  }

  private async consent(runner: Queryable, youthId: string, id: string): Promise<Consent> {
    const rows: ConsentRow[] = await runner.query(`${CONSENT_SELECT} WHERE c.id = $1 AND c.youth_id = $2`, [id, youthId]);
    if (!rows[0]) throw DomainException.notFound('Deze toestemming');
    return toConsent(rows[0]);
  }

  /** The diversiteitsfactoren recorded under this consent, or the empty record (version 1) before the first save. */
  private async diversity(runner: Queryable, caseId: string, consentId: string): Promise<DiversityInfo> {
    const rows: DiversityRow[] = await runner.query(
      `SELECT ${DIVERSITY_FIELDS_SQL}, d.version, d.consent_id, d.updated_at, d.updated_by, u.name AS updated_by_name
         FROM diversity_info d LEFT JOIN app_user u ON u.id = d.updated_by
        WHERE d.case_id = $1 AND d.consent_id = $2`,
      [caseId, consentId],
    );
    const r = rows[0];
    const empty = Object.fromEntries(DIVERSITY_FIELD_NAMES.map((f) => [f, null])) as Record<DiversityFieldName, null>;
    if (!r) return { ...empty, version: 1, consentId, updatedAt: null, updatedBy: null };
    return {
      ...Object.fromEntries(DIVERSITY_FIELD_NAMES.map((f) => [f, r[f]])),
      version: r.version,
      consentId: r.consent_id,
      updatedAt: r.updated_at.toISOString(),
      updatedBy: r.updated_by ? { id: r.updated_by, name: r.updated_by_name ?? '' } : null,
    } as DiversityInfo;
  }

  /** The whole intake as this user may see it. Use the transaction's manager inside a transaction. */
  private async load(user: AuthUser, scope: CaseScope, runner: Queryable): Promise<IntakeDetail> {
    const caseId = scope.id;
    await this.ensureIntake(runner, caseId);
    const intakeRows: IntakeRow[] = await runner.query(
      `SELECT ${INTAKE_FIELDS_SQL}, i.version, i.completed_at, i.updated_at, i.updated_by, u.name AS updated_by_name,
              c.phase AS case_phase, c.version AS case_version
         FROM intake i JOIN youth_case c ON c.id = i.case_id LEFT JOIN app_user u ON u.id = i.updated_by
        WHERE i.case_id = $1`,
      [caseId],
    );
    const r = intakeRows[0]!;
    const wishes: WishRow[] = await runner.query(`${WISH_SELECT} WHERE w.case_id = $1 AND w.removed_at IS NULL ORDER BY w.created_at, w.id`, [caseId]);
    const obstacles: ObstacleRow[] = await runner.query(
      `${OBSTACLE_SELECT} WHERE o.case_id = $1 ORDER BY o.resolved_at IS NOT NULL, o.resolved_at DESC, o.created_at, o.id`,
      [caseId],
    );
    const lifeAreas: { area: LifeArea; staff_score: LifeAreaScoreValue | null; youth_score: LifeAreaScoreValue | null; note: string | null; recorded_at: Date }[] = await runner.query(
      `SELECT DISTINCT ON (area) area, staff_score, youth_score, note, recorded_at
         FROM life_area_score WHERE case_id = $1 AND moment = 'intake'
        ORDER BY area, recorded_at DESC, id`,
      [caseId],
    );
    lifeAreas.sort((a, b) => LIFE_AREAS.indexOf(a.area) - LIFE_AREAS.indexOf(b.area));
    const consent = await this.activeConsent(runner, scope.youthId, 'diversiteitsfactoren');
    const withdrawn: ConsentRow[] = consent
      ? []
      : await runner.query(`${CONSENT_SELECT} WHERE c.youth_id = $1 AND c.purpose = 'diversiteitsfactoren' AND c.withdrawn_at IS NOT NULL ORDER BY c.withdrawn_at DESC, c.id LIMIT 1`, [
          scope.youthId,
        ]);
    const canSeeDiversity = consent !== null && IntakeService.mayHoldDiversity(user, scope);
    const canEdit = CaseAccessService.allows(user, scope, 'write');

    const fields = Object.fromEntries(INTAKE_FIELD_NAMES.map((f) => [f, r[f]])) as unknown as IntakeFields;
    return {
      caseId,
      version: r.version,
      ...fields,
      completedAt: r.completed_at?.toISOString() ?? null,
      updatedAt: r.updated_at.toISOString(),
      updatedBy: r.updated_by ? { id: r.updated_by, name: r.updated_by_name ?? '' } : null,
      case: { phase: r.case_phase, version: r.case_version },
      wishes: wishes.map(toWish),
      urgentObstacles: obstacles.map(toObstacle),
      lifeAreas: lifeAreas.map((a) => ({ area: a.area, staffScore: a.staff_score, youthScore: a.youth_score, note: a.note, recordedAt: a.recorded_at.toISOString() })),
      diversityConsent: consent,
      withdrawnDiversityConsent: withdrawn[0] ? toConsent(withdrawn[0]) : null,
      diversity: canSeeDiversity ? await this.diversity(runner, caseId, consent.id) : null,
      permissions: { canEdit, canManageConsent: canEdit && user.role === 'klantmanager', canSeeDiversity },
    };
  }
}

/** Rows of an UPDATE/DELETE … RETURNING through TypeORM's query() (which gives [rows, count]). */
function rowsOf<R>(result: unknown): R[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as R[];
}

function affected(result: unknown): number {
  return rowsOf(result).length;
}
