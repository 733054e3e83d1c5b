/**
 * Deterministic SQL building blocks for the generator: every random choice is a hash of the
 * seed, a salt and the row's global index (hashint8extended), every id an md5 of them, so the
 * same seed and "today" give the same dataset.
 */
export class BenchSql {
  constructor(readonly seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 1_000_000) {
      throw new Error('seed must be an integer 0–1000000');
    }
  }

  /** Uniform in [0, 1) for row expression `e` and salt `salt`. */
  r(e: string, salt: number): string {
    return `((hashint8extended((${e})::bigint, ${this.seed * 1000 + salt}) & 2147483647)::float8 / 2147483648.0)`;
  }

  /** A deterministic uuid for entity `kind` and key expression `e`. */
  uid(kind: string, e: string): string {
    return `pg_temp.bench_uuid('${this.seed}:${kind}:' || (${e})::text)`;
  }

  /** The person with global index `e` (persons are numbered in creation order). */
  person(e: string): string {
    return this.uid('person', e);
  }

  /** Officer k of an agency: 1 reception officer, 2 petition handler/investigator, 3 leader. */
  officer(agency: string, k: 1 | 2 | 3): string {
    return `pg_temp.bench_uuid('${this.seed}:officer:' || (${agency})::text || ':${k}')`;
  }
}

/** md5 of the key shaped as a version-4 uuid (the API's uuid pipes accept only v4). */
export const BENCH_UUID_FUNCTION = `CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(key text) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT overlay(overlay(md5(key) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`;

export function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `CASE WHEN r < c1 THEN v1 … ELSE vn END` for cumulative weights (values are SQL literals). */
export function weighted(r: string, choices: ReadonlyArray<readonly [string, number]>): string {
  if (choices.length === 1) return lit(choices[0]![0]); // CASE needs a WHEN
  const total = choices.reduce((a, [, w]) => a + w, 0);
  let acc = 0;
  const whens = choices.slice(0, -1).map(([v, w]) => {
    acc += w;
    return `WHEN ${r} < ${(acc / total).toFixed(6)} THEN ${lit(v)}`;
  });
  return `(CASE ${whens.join(' ')} ELSE ${lit(choices[choices.length - 1]![0])} END)`;
}

/** One element of a literal list, chosen by r in [0, 1). */
export function pick(r: string, values: readonly string[]): string {
  return `(ARRAY[${values.map(lit).join(', ')}])[1 + floor(${r} * ${values.length})::int]`;
}

/** A local date and clock time (hours after midnight) in Hà Nội as timestamptz. */
export function localTime(date: string, hours: string): string {
  return `((${date})::timestamp + (${hours}) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
}

/** Number within (agency, year) continuing the book's record_counter. */
export function bookNo(scope: string, agency: string, year: string, order: string): string {
  return `(row_number() OVER (PARTITION BY ${agency}, ${year} ORDER BY ${order})
    + COALESCE((SELECT rc.last_value FROM record_counter rc WHERE rc.scope = ${lit(scope)}
       AND rc.agency_id = ${agency} AND rc.year = ${year}), 0))::int`;
}

/** Moves the book's counter to the highest number used (gapless numbering continues from it). */
export function counterUpsert(scope: string, from: string): string {
  return `INSERT INTO record_counter (scope, agency_id, year, last_value)
    SELECT ${lit(scope)}, agency_id, yr, max(no) FROM (${from}) t GROUP BY agency_id, yr
    ON CONFLICT (scope, agency_id, year)
    DO UPDATE SET last_value = GREATEST(record_counter.last_value, EXCLUDED.last_value)`;
}
