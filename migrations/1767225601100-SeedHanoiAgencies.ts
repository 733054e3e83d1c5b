import type { MigrationInterface, QueryRunner } from 'typeorm';

import { type AgencySeed, buildHanoiSeed } from '../src/agencies/seed/hanoi-seed';

/** `($1, $2, …), ($9, …)` for `rows` rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  return Array.from({ length: rows }, (_, r) => {
    const cells = Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`);
    return `(${cells.join(', ')})`;
  }).join(', ');
}

async function insertAgencies(queryRunner: QueryRunner, seed: AgencySeed): Promise<void> {
  const rows = seed.agencies;
  const values = rows.flatMap((a) => [
    a.id,
    a.code,
    a.name,
    a.level,
    a.kind,
    a.parentId,
    a.validFrom,
    a.validTo,
  ]);
  await queryRunner.query(
    `INSERT INTO "agency" ("id", "code", "name", "level", "kind", "parent_id", "valid_from", "valid_to")
     VALUES ${placeholders(rows.length, 8)}`,
    values,
  );
}

async function insertSuccessions(queryRunner: QueryRunner, seed: AgencySeed): Promise<void> {
  const rows = seed.successions;
  const values = rows.flatMap((s) => [s.predecessorId, s.successorId, s.effectiveOn, s.kind]);
  await queryRunner.query(
    `INSERT INTO "agency_succession" ("predecessor_id", "successor_id", "effective_on", "kind")
     VALUES ${placeholders(rows.length, 4)}`,
    values,
  );
}

/**
 * Hà Nội: the city with its inspectorate and reception board, the district level until 30/6/2025
 * and the 126 commune-level units from 1/7/2025 with (approximate) succession links. The data and
 * its sources: src/agencies/seed/hanoi-agencies.ts. Ids are derived from codes (deterministic).
 */
export class SeedHanoiAgencies1767225601100 implements MigrationInterface {
  name = 'SeedHanoiAgencies1767225601100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const seed = buildHanoiSeed();
    await insertAgencies(queryRunner, seed);
    await insertSuccessions(queryRunner, seed);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const { agencies } = buildHanoiSeed();
    const ids = agencies.map((a) => a.id);
    await queryRunner.query(
      'DELETE FROM "agency_succession" WHERE "predecessor_id" = ANY($1) OR "successor_id" = ANY($1)',
      [ids],
    );
    const children = agencies.filter((a) => a.parentId !== null).map((a) => a.id);
    const roots = agencies.filter((a) => a.parentId === null).map((a) => a.id);
    await queryRunner.query('DELETE FROM "agency" WHERE "id" = ANY($1)', [children]);
    await queryRunner.query('DELETE FROM "agency" WHERE "id" = ANY($1)', [roots]);
  }
}
