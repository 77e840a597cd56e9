import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case domain: jongere, traject (case), intake, leefgebieden, consent, plan versions with goals,
 * steps and agreements, evaluations, milestones, contact moments, netwerk, revisions and the
 * append-only audit trail.
 */
export class Cases1764100000000 implements MigrationInterface {
  name = 'Cases1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Team settings used by case signals and access.
    await q.query(`ALTER TABLE team ADD COLUMN no_contact_weeks int NOT NULL DEFAULT 3 CHECK (no_contact_weeks BETWEEN 1 AND 52)`);
    await q.query(`ALTER TABLE team ADD COLUMN team_read_access boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE youth (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id),
        user_id uuid UNIQUE REFERENCES app_user(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        date_of_birth date NOT NULL,
        email text,
        phone text,
        preferred_contact text NOT NULL DEFAULT 'face_to_face'
          CHECK (preferred_contact IN ('face_to_face', 'whatsapp', 'phone', 'email', 'video')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX youth_name_trgm_idx ON youth USING gin (lower(name) gin_trgm_ops)`);
    await q.query(`CREATE INDEX youth_team_idx ON youth (team_id)`);

    await q.query(`
      CREATE TABLE youth_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES youth(id),
        team_id uuid NOT NULL REFERENCES team(id),
        contact_user_id uuid REFERENCES app_user(id),
        phase text NOT NULL DEFAULT 'aanmelding'
          CHECK (phase IN ('aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg', 'afgesloten', 'time_out')),
        phase_before_timeout text CHECK (phase_before_timeout IN ('aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg')),
        timeout_reason text,
        timeout_until date,
        closed_reason text,
        closed_at timestamptz,
        -- Kept in step with the data they summarise, in the same transaction, so the caseload can
        -- filter and sort on them with indexes (signals are computed from data, never set by hand).
        last_contact_at timestamptz,
        next_evaluation_date date,
        open_urgent_obstacles int NOT NULL DEFAULT 0,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT youth_case_timeout_complete CHECK (phase <> 'time_out' OR (timeout_reason IS NOT NULL AND timeout_until IS NOT NULL AND phase_before_timeout IS NOT NULL)),
        CONSTRAINT youth_case_closed_complete CHECK (phase <> 'afgesloten' OR (closed_reason IS NOT NULL AND closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX youth_case_contact_idx ON youth_case (contact_user_id, phase) WHERE phase <> 'afgesloten'`);
    await q.query(`CREATE INDEX youth_case_team_idx ON youth_case (team_id, phase)`);
    await q.query(`CREATE INDEX youth_case_youth_idx ON youth_case (youth_id)`);

    await q.query(`
      CREATE TABLE intake (
        case_id uuid PRIMARY KEY REFERENCES youth_case(id) ON DELETE CASCADE,
        housing text CHECK (housing IN ('eigen_woning', 'bij_ouders', 'bij_familie_vrienden', 'begeleid_wonen', 'zorginstelling', 'dakloos', 'anders')),
        fixed_sleeping_place boolean,
        housing_note text,
        income_source text CHECK (income_source IN ('geen', 'bijstand', 'werk', 'studiefinanciering', 'uitkering_anders', 'ouders', 'anders')),
        finances_note text,
        has_debts boolean,
        debts_note text,
        has_children boolean,
        childcare_note text,
        transport text CHECK (transport IN ('ov', 'fiets', 'auto', 'scooter', 'geen', 'anders')),
        transport_note text,
        health_note text,
        mental_health_note text,
        support_involved text,
        motivation text,
        qualities text,
        own_story text,
        has_startkwalificatie boolean,
        last_school text,
        education_note text,
        work_experience text,
        info_education boolean NOT NULL DEFAULT false,
        info_labour_market boolean NOT NULL DEFAULT false,
        info_support_options boolean NOT NULL DEFAULT false,
        completed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id)
      )`);

    // Needs and wishes are items, so goals can answer them.
    await q.query(`
      CREATE TABLE intake_wish (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('behoefte', 'wens')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      )`);
    await q.query(`CREATE INDEX intake_wish_case_idx ON intake_wish (case_id, created_at)`);

    await q.query(`
      CREATE TABLE urgent_obstacle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('slaapplek', 'schulden', 'kinderopvang', 'vervoer', 'gezondheid', 'anders')),
        description text NOT NULL,
        goal_id uuid,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES app_user(id)
      )`);
    await q.query(`CREATE INDEX urgent_obstacle_case_idx ON urgent_obstacle (case_id) WHERE resolved_at IS NULL`);

    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        youth_id uuid NOT NULL REFERENCES youth(id),
        purpose text NOT NULL CHECK (purpose IN ('diversiteitsfactoren')),
        explanation text NOT NULL,
        given_at timestamptz NOT NULL,
        given_via text NOT NULL CHECK (given_via IN ('eigen_login', 'gesprek')),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX consent_active_uq ON consent (youth_id, purpose) WHERE withdrawn_at IS NULL`);

    // Special-category data (AVG art. 9): only with active consent; erased when consent is withdrawn.
    await q.query(`
      CREATE TABLE diversity_info (
        case_id uuid PRIMARY KEY REFERENCES youth_case(id) ON DELETE CASCADE,
        consent_id uuid NOT NULL REFERENCES consent(id),
        background text,
        gender_and_orientation text,
        religion_or_belief text,
        other_note text,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id)
      )`);

    await q.query(`
      CREATE TABLE life_area_score (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        area text NOT NULL CHECK (area IN ('wonen', 'geld', 'gezondheid', 'school_werk', 'netwerk')),
        moment text NOT NULL CHECK (moment IN ('intake', 'evaluatie')),
        evaluation_id uuid,
        staff_score int CHECK (staff_score BETWEEN 1 AND 5),
        youth_score int CHECK (youth_score BETWEEN 1 AND 5),
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL REFERENCES app_user(id)
      )`);
    await q.query(`CREATE INDEX life_area_score_case_idx ON life_area_score (case_id, recorded_at)`);

    await q.query(`
      CREATE TABLE network_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        relation text NOT NULL CHECK (relation IN ('ouder', 'huisgenoot', 'mentor', 'leeftijdgenoot', 'school', 'rmc', 'uwv', 'schuldhulp', 'ggz', 'werkgever', 'jongerenwerk', 'anders')),
        organisation text,
        phone text,
        email text,
        role_in_plan text,
        is_lead boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      )`);
    await q.query(`CREATE INDEX network_member_case_idx ON network_member (case_id)`);
    await q.query(`CREATE UNIQUE INDEX network_member_one_lead_uq ON network_member (case_id) WHERE is_lead AND removed_at IS NULL`);

    await q.query(`
      CREATE TABLE plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        number int NOT NULL,
        status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'voorgesteld', 'vastgesteld', 'vervangen')),
        evaluation_date date,
        consequences text,
        proposed_at timestamptz,
        proposed_by uuid REFERENCES app_user(id),
        staff_agreed_at timestamptz,
        staff_agreed_by uuid REFERENCES app_user(id),
        youth_agreed_at timestamptz,
        youth_agreed_via text CHECK (youth_agreed_via IN ('eigen_login', 'gesprek')),
        youth_agreement_recorded_by uuid REFERENCES app_user(id),
        established_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, number)
      )`);
    // At most one version in progress (concept or voorgesteld) per case.
    await q.query(`CREATE UNIQUE INDEX plan_version_one_open_uq ON plan_version (case_id) WHERE status IN ('concept', 'voorgesteld')`);

    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_version_id uuid NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        lineage_id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        youth_words text,
        wish_id uuid REFERENCES intake_wish(id),
        urgent_obstacle_id uuid REFERENCES urgent_obstacle(id),
        priority int NOT NULL DEFAULT 100,
        target_date date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'behaald', 'losgelaten')),
        let_go_reason text,
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT goal_let_go_reason CHECK (status <> 'losgelaten' OR let_go_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX goal_plan_idx ON goal (plan_version_id, priority)`);
    await q.query(`CREATE INDEX goal_case_idx ON goal (case_id)`);

    await q.query(`
      CREATE TABLE step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(trim(text)) > 0),
        owner_kind text NOT NULL CHECK (owner_kind IN ('jongere', 'klantmanager', 'netwerk')),
        owner_network_member_id uuid REFERENCES network_member(id),
        owner_user_id uuid REFERENCES app_user(id),
        due_date date,
        done_at timestamptz,
        position int NOT NULL DEFAULT 0,
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT step_network_owner CHECK (owner_kind <> 'netwerk' OR owner_network_member_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX step_goal_idx ON step (goal_id, position)`);
    await q.query(`CREATE INDEX step_owner_idx ON step (owner_user_id) WHERE done_at IS NULL`);

    await q.query(`
      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_version_id uuid NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('werk_zoeken', 'verplichting', 'ondersteuning')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        position int NOT NULL DEFAULT 0,
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX agreement_plan_idx ON agreement (plan_version_id, kind, position)`);

    await q.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        plan_version_id uuid NOT NULL REFERENCES plan_version(id),
        went_well text NOT NULL,
        was_hard text NOT NULL,
        changes text NOT NULL,
        youth_view text,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        evaluated_by uuid NOT NULL REFERENCES app_user(id),
        UNIQUE (plan_version_id)
      )`);

    await q.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        achieved_on date NOT NULL,
        goal_lineage_id uuid,
        certificate_name text,
        note text,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        seen_by_youth_at timestamptz
      )`);
    await q.query(`CREATE INDEX milestone_case_idx ON milestone (case_id, achieved_on DESC)`);

    await q.query(`
      CREATE TABLE contact_moment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('face_to_face', 'phone', 'whatsapp', 'video', 'email', 'other')),
        note text,
        internal boolean NOT NULL DEFAULT false,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contact_moment_case_idx ON contact_moment (case_id, occurred_at DESC, id)`);

    // Edit history: who changed which record, with the values before and after.
    await q.query(`
      CREATE TABLE revision (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid NOT NULL REFERENCES app_user(id),
        changed_by_role text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX revision_entity_idx ON revision (entity_type, entity_id, changed_at)`);

    // Audit trail: append-only, enforced by the database itself.
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_role text,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text,
        youth_id uuid,
        case_id uuid,
        result text NOT NULL CHECK (result IN ('allowed', 'denied', 'error')),
        fields text[],
        session_ref text,
        ip text,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_event_youth_idx ON audit_event (youth_id, at DESC) WHERE youth_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    for (const table of ['revision', 'contact_moment', 'milestone', 'evaluation', 'agreement', 'step', 'goal', 'plan_version', 'network_member', 'life_area_score', 'diversity_info', 'consent', 'urgent_obstacle', 'intake_wish', 'intake', 'youth_case', 'youth']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE team DROP COLUMN team_read_access`);
    await q.query(`ALTER TABLE team DROP COLUMN no_contact_weeks`);
  }
}
