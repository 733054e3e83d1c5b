import type { Client } from 'pg';

/**
 * petition_month_count is kept by a row trigger (migration CountPetitionsByMonth), one delta row
 * per petition written: the load switches it off and recounts every month in one pass at the end
 * instead (rebuild_petition_month_count, the migration's own backfill).
 */
const TRIGGER = 'tr_petition__month_count';

export async function pausePetitionCounts(db: Client): Promise<void> {
  await db.query(`ALTER TABLE petition DISABLE TRIGGER ${TRIGGER}`);
}

export async function recountPetitions(db: Client): Promise<void> {
  await db.query('SELECT rebuild_petition_month_count()');
}

export async function resumePetitionCounts(db: Client): Promise<void> {
  await db.query(`ALTER TABLE petition ENABLE TRIGGER ${TRIGGER}`);
}
