import type { MigrationInterface, QueryRunner } from 'typeorm';

const GROUNDS = `('several_places', 'delegated')`;

/**
 * The one extension of a denunciation's preliminary check (D11, Luật Tố cáo 2018 Điều 24 khoản 1)
 * on the proceeding's row, for GET /denunciations/:id: where it was granted (`petition`: at the
 * petition stage, carried over when the proceeding opened; `proceeding`: POST
 * /denunciations/:id/extend-prelim-check), its ground, the leader and the day — and the leader's
 * free-text note, which until now went into the event's and the audit row's data (those hold
 * codes and dates; a note stays on the row, as `handling_note` and a petition's `outcome_note`).
 *
 * Filled from the events already written: the opening step's `data.prelimExtension` (stage
 * `petition`), else the `extend_prelim_check` step (actor, day, `data.ground`, and the `reason`
 * those events carried, as the note). The events and audit rows stay as written (append-only;
 * the audit rows are hash-chained). Reversible: `down` drops the columns.
 */
export class RecordDenunciationPrelimExtension1767225791000 implements MigrationInterface {
  name = 'RecordDenunciationPrelimExtension1767225791000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "denunciation_resolution"
      ADD "prelim_extension_stage" character varying(16),
      ADD "prelim_extension_ground" character varying(24),
      ADD "prelim_extended_by" uuid,
      ADD "prelim_extended_on" date,
      ADD "prelim_extension_note" character varying(1000)`);
    await q.query(`
      UPDATE "denunciation_resolution" d
         SET "prelim_extension_stage" = 'petition',
             "prelim_extension_ground" =
               CASE WHEN s.x->>'ground' IN ${GROUNDS} THEN s.x->>'ground' END,
             "prelim_extended_by" = (SELECT o."id" FROM "officer" o WHERE o."id"::text = s.x->>'decidedBy'),
             "prelim_extended_on" = ((s.x->>'decidedAt')::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        FROM (SELECT DISTINCT ON (e."proceeding_id") e."proceeding_id", e."data"->'prelimExtension' AS x
                FROM "resolution_event" e
               WHERE e."proceeding_type" = 'denunciation' AND e."action" = 'start_prelim_check'
                 AND jsonb_typeof(e."data"->'prelimExtension') = 'object'
               ORDER BY e."proceeding_id", e."seq") s
       WHERE d."id" = s."proceeding_id" AND d."prelim_extended"`);
    await q.query(`
      UPDATE "denunciation_resolution" d
         SET "prelim_extension_stage" = 'proceeding',
             "prelim_extension_ground" =
               CASE WHEN e."data"->>'ground' IN ${GROUNDS} THEN e."data"->>'ground' END,
             "prelim_extended_by" = e."actor_id",
             "prelim_extended_on" = e."acted_on",
             "prelim_extension_note" = NULLIF(left(e."data"->>'reason', 1000), '')
        FROM (SELECT DISTINCT ON ("proceeding_id") "proceeding_id", "actor_id", "acted_on", "data"
                FROM "resolution_event"
               WHERE "proceeding_type" = 'denunciation' AND "action" = 'extend_prelim_check'
               ORDER BY "proceeding_id", "seq") e
       WHERE d."id" = e."proceeding_id" AND d."prelim_extended"
         AND d."prelim_extension_stage" IS NULL`);
    await q.query(`ALTER TABLE "denunciation_resolution"
      ADD CONSTRAINT "ck_denunciation_resolution__prelim_extension_stage"
        CHECK ("prelim_extension_stage" IS NULL OR "prelim_extension_stage" IN ('petition', 'proceeding')),
      ADD CONSTRAINT "ck_denunciation_resolution__prelim_extension_ground"
        CHECK ("prelim_extension_ground" IS NULL OR "prelim_extension_ground" IN ${GROUNDS}),
      ADD CONSTRAINT "ck_denunciation_resolution__prelim_extension"
        CHECK ("prelim_extended" OR ("prelim_extension_stage" IS NULL AND "prelim_extension_ground" IS NULL AND "prelim_extended_by" IS NULL AND "prelim_extended_on" IS NULL AND "prelim_extension_note" IS NULL)),
      ADD CONSTRAINT "fk_denunciation_resolution__prelim_extended_by"
        FOREIGN KEY ("prelim_extended_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "denunciation_resolution"
      DROP CONSTRAINT "fk_denunciation_resolution__prelim_extended_by",
      DROP CONSTRAINT "ck_denunciation_resolution__prelim_extension",
      DROP CONSTRAINT "ck_denunciation_resolution__prelim_extension_ground",
      DROP CONSTRAINT "ck_denunciation_resolution__prelim_extension_stage",
      DROP COLUMN "prelim_extension_note",
      DROP COLUMN "prelim_extended_on",
      DROP COLUMN "prelim_extended_by",
      DROP COLUMN "prelim_extension_ground",
      DROP COLUMN "prelim_extension_stage"`);
  }
}
