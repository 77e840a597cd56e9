import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Werkwijzer marks: for the success factors Koers cannot compute from a case's data, the contact
 * person marks them as applied (with a short note) or not applicable. One mark per factor per case.
 */
export class Werkwijzer1764600000000 implements MigrationInterface {
  name = 'Werkwijzer1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE werkwijzer_mark (
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        factor text NOT NULL CHECK (factor ~ '^[1-7]\\.[0-9]{1,2}$'),
        status text NOT NULL CHECK (status IN ('toegepast', 'nvt')),
        note text CHECK (note IS NULL OR length(note) <= 500),
        marked_by uuid NOT NULL REFERENCES app_user(id),
        marked_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT werkwijzer_mark_note_when_applied CHECK (status <> 'toegepast' OR note IS NOT NULL),
        PRIMARY KEY (case_id, factor)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE werkwijzer_mark`);
  }
}
