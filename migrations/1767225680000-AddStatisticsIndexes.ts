import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the statistics summary (issue 9, P5): petitions carried over into a period (received
 * before it, handled in or after it, or not yet handled: a BitmapOr with the received_on index),
 * and proceedings in competence (accepted on or before the period's end).
 */
const INDEXES = [
  `"ix_petition__agency_id__handled_on" ON "petition" ("agency_id", "handled_on")`,
  `"ix_complaint_resolution__agency_id__accepted_on"
    ON "complaint_resolution" ("agency_id", "accepted_on")`,
  `"ix_denunciation_resolution__agency_id__accepted_on"
    ON "denunciation_resolution" ("agency_id", "accepted_on")`,
];

export class AddStatisticsIndexes1767225680000 implements MigrationInterface {
  name = 'AddStatisticsIndexes1767225680000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.query(`CREATE INDEX ${index}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [...INDEXES].reverse()) {
      await q.query(`DROP INDEX ${index.slice(0, index.indexOf(' ON '))}`);
    }
  }
}
