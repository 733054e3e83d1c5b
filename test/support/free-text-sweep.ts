import type { TestApp } from './test-app';

/**
 * How many event and audit rows hold `text` in their data: audit_event, resolution_event and
 * petition_event — the append-only tables (the audit rows hash-chained) where text an officer
 * typed must never go (docs/security.md, docs/resolution.md "free-text notes", docs/petitions.md).
 */
export async function textHolders(t: TestApp, text: string): Promise<number> {
  const rows = await t.dataSource.query<{ n: number }[]>(
    `SELECT (SELECT count(*) FROM audit_event WHERE data::text LIKE $1)::int
          + (SELECT count(*) FROM resolution_event WHERE data::text LIKE $1)::int
          + (SELECT count(*) FROM petition_event WHERE data::text LIKE $1)::int AS n`,
    [`%${text}%`],
  );
  return rows[0]!.n;
}

/** The keys of `notes` whose text some event or audit row holds (none, on correct code). */
export async function leakedNotes<K extends string>(
  t: TestApp,
  notes: Readonly<Record<K, string>>,
): Promise<K[]> {
  const leaked: K[] = [];
  for (const key of Object.keys(notes) as K[]) {
    if ((await textHolders(t, notes[key])) > 0) leaked.push(key);
  }
  return leaked;
}
