import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie')`;

/**
 * One contact person per case, enforced by the database, and the warme overdracht:
 * - youth_case.contact_user_id (one column: never two) must be set on every case that is not closed,
 *   unless the case is explicitly "zonder contactpersoon" since a moment (without_contact_since),
 *   which only happens when the contact person's account is deactivated;
 * - handover (one open per case), its candidates and introductory meetings;
 * - team settings for the handover rules;
 * - in-app notifications.
 * Add, backfill (an open case without contact person becomes "zonder contactpersoon" now, with a
 * cold handover record), then constrain, so this runs from any earlier state.
 */
export class Handovers1764500000000 implements MigrationInterface {
  name = 'Handovers1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team ADD COLUMN handover_notice_days int NOT NULL DEFAULT 14 CHECK (handover_notice_days BETWEEN 0 AND 90)`);
    await q.query(`ALTER TABLE team ADD COLUMN handover_min_meetings int NOT NULL DEFAULT 2 CHECK (handover_min_meetings BETWEEN 0 AND 10)`);
    await q.query(`ALTER TABLE team ADD COLUMN predecessor_read_days int NOT NULL DEFAULT 14 CHECK (predecessor_read_days BETWEEN 0 AND 90)`);

    await q.query(`
      CREATE TABLE handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        team_id uuid NOT NULL REFERENCES team(id),
        -- gepland: started by the contact person or the teamleider; uitval: the contact person's account was deactivated.
        kind text NOT NULL CHECK (kind IN ('gepland', 'uitval')),
        status text NOT NULL DEFAULT 'voorgesteld'
          CHECK (status IN ('voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie', 'overgedragen', 'afgebroken')),
        from_user_id uuid REFERENCES app_user(id),
        -- The chosen successor (one of the candidates); NULL until chosen, again NULL after a refusal.
        to_user_id uuid REFERENCES app_user(id),
        accepted_at timestamptz,
        reason text NOT NULL CHECK (length(trim(reason)) > 0),
        planned_switch_date date,
        proposed_by uuid REFERENCES app_user(id),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        youth_preference_user_id uuid REFERENCES app_user(id),
        youth_preference_note text,
        youth_preference_via text CHECK (youth_preference_via IN ('gesprek', 'eigen_login')),
        youth_preference_recorded_by uuid REFERENCES app_user(id),
        youth_preference_recorded_at timestamptz,
        announced_on date,
        announced_how text CHECK (announced_how IN ('face_to_face', 'phone', 'whatsapp', 'video', 'email', 'brief')),
        announced_note text,
        announced_by uuid REFERENCES app_user(id),
        -- The overdrachtsnotitie: staff only, never shown to the jongere.
        note_works_well text,
        note_avoid text,
        note_open_commitments text,
        note_written_by uuid REFERENCES app_user(id),
        note_written_at timestamptz,
        switched_at timestamptz,
        switched_by uuid REFERENCES app_user(id),
        warmth text CHECK (warmth IN ('warm', 'koud')),
        cold_reason text,
        -- What was missing for a warm handover at the moment of the switch.
        missing_at_switch text[] NOT NULL DEFAULT '{}',
        -- The former contact person keeps read access until then.
        predecessor_read_until timestamptz,
        aborted_at timestamptz,
        aborted_by uuid REFERENCES app_user(id),
        abort_reason text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT handover_planned_has_date CHECK (kind <> 'gepland' OR planned_switch_date IS NOT NULL),
        CONSTRAINT handover_accepted_has_successor CHECK (accepted_at IS NULL OR to_user_id IS NOT NULL),
        CONSTRAINT handover_successor_differs CHECK (to_user_id IS NULL OR from_user_id IS NULL OR to_user_id <> from_user_id),
        CONSTRAINT handover_switched_complete CHECK (status <> 'overgedragen' OR (switched_at IS NOT NULL AND to_user_id IS NOT NULL AND warmth IS NOT NULL)),
        CONSTRAINT handover_cold_has_reason CHECK (warmth IS DISTINCT FROM 'koud' OR cold_reason IS NOT NULL),
        CONSTRAINT handover_aborted_complete CHECK (status <> 'afgebroken' OR (aborted_at IS NOT NULL AND abort_reason IS NOT NULL)),
        CONSTRAINT handover_announced_complete CHECK ((announced_on IS NULL) = (announced_how IS NULL))
      )`);
    // One handover in progress per case.
    await q.query(`CREATE UNIQUE INDEX handover_one_open_uq ON handover (case_id) WHERE status IN ${OPEN}`);
    await q.query(`CREATE INDEX handover_case_idx ON handover (case_id, created_at DESC)`);
    await q.query(`CREATE INDEX handover_team_open_idx ON handover (team_id, planned_switch_date, id) WHERE status IN ${OPEN}`);
    await q.query(`CREATE INDEX handover_team_switched_idx ON handover (team_id, switched_at DESC, id) WHERE status = 'overgedragen'`);
    await q.query(`CREATE INDEX handover_successor_idx ON handover (to_user_id) WHERE status IN ${OPEN}`);
    await q.query(`CREATE INDEX handover_from_idx ON handover (from_user_id) WHERE status IN ${OPEN}`);
    await q.query(`CREATE INDEX handover_predecessor_idx ON handover (case_id, predecessor_read_until) WHERE predecessor_read_until IS NOT NULL`);

    await q.query(`
      CREATE TABLE handover_candidate (
        handover_id uuid NOT NULL REFERENCES handover(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        position int NOT NULL,
        declined_at timestamptz,
        declined_reason text,
        added_by uuid REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (handover_id, user_id),
        CONSTRAINT handover_candidate_declined_reason CHECK (declined_at IS NULL OR declined_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX handover_candidate_user_idx ON handover_candidate (user_id)`);

    await q.query(`
      CREATE TABLE handover_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handover_id uuid NOT NULL REFERENCES handover(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        current_contact_present boolean NOT NULL,
        others_present text,
        note text,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX handover_meeting_handover_idx ON handover_meeting (handover_id, held_on)`);

    // Exactly one active contact person on every case that is not closed; "zonder contactpersoon" is
    // explicit and dated, and never together with a contact person.
    await q.query(`ALTER TABLE youth_case ADD COLUMN without_contact_since timestamptz`);
    await q.query(`UPDATE youth_case SET without_contact_since = now() WHERE contact_user_id IS NULL AND phase <> 'afgesloten'`);
    await q.query(`
      INSERT INTO handover (case_id, team_id, kind, reason)
      SELECT id, team_id, 'uitval', 'Dit traject had geen contactpersoon.' FROM youth_case WHERE without_contact_since IS NOT NULL`);
    await q.query(`
      ALTER TABLE youth_case
        ADD CONSTRAINT youth_case_contact_required CHECK (phase = 'afgesloten' OR contact_user_id IS NOT NULL OR without_contact_since IS NOT NULL),
        ADD CONSTRAINT youth_case_contact_or_vacant CHECK (contact_user_id IS NULL OR without_contact_since IS NULL)`);
    await q.query(`CREATE INDEX youth_case_without_contact_idx ON youth_case (team_id, without_contact_since, id) WHERE without_contact_since IS NOT NULL`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text,
        case_id uuid REFERENCES youth_case(id) ON DELETE CASCADE,
        handover_id uuid REFERENCES handover(id) ON DELETE CASCADE,
        -- Reminders are sent once: the same key for the same user is skipped.
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX notification_dedupe_uq ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP INDEX youth_case_without_contact_idx`);
    await q.query(`ALTER TABLE youth_case DROP CONSTRAINT youth_case_contact_or_vacant, DROP CONSTRAINT youth_case_contact_required`);
    await q.query(`ALTER TABLE youth_case DROP COLUMN without_contact_since`);
    await q.query(`DROP TABLE handover_meeting`);
    await q.query(`DROP TABLE handover_candidate`);
    await q.query(`DROP TABLE handover`);
    await q.query(`ALTER TABLE team DROP COLUMN predecessor_read_days`);
    await q.query(`ALTER TABLE team DROP COLUMN handover_min_meetings`);
    await q.query(`ALTER TABLE team DROP COLUMN handover_notice_days`);
  }
}
