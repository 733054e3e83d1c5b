import {
  figuresOf,
  figureValueSql,
  summarySql,
  figureColumn,
} from '../../src/statistics/figures/figure-sql';
import { PetitionCountCompactor } from '../../src/statistics/figures/petition-count-compactor';
import { lcg, seedThreeAgencies } from '../factories/statistics.factory';
import { createTestApp, type TestApp } from '../support/test-app';

// The summary counts petitions from their month counts (migration CountPetitionsByMonth: a
// trigger appends a delta row per write; PetitionCountCompactor folds them), reading only the
// partial months row by row. On a seeded random dataset, then changed by SQL behind the service's
// back in every way a petition changes (handled, re-handled, un-handled, split, moved, re-dated,
// deleted): every petition figure equals the row-by-row definition (figure-definitions.ts), for
// periods that start and end inside or on the edges of months, before and after folding.

const PERIODS = [
  ['2026-03-03', '2026-03-20'], // inside one month
  ['2026-02-01', '2026-04-30'], // whole months
  ['2025-12-15', '2026-03-14'], // statutory quarter, across the new year
  ['2026-01-31', '2026-02-01'], // two days over a month's end
  ['2026-05-01', '2026-05-01'], // one day
  ['2025-10-01', '2026-12-31'], // the whole dataset
  ['2026-06-16', '2026-09-30'], // ends on a month's last day
] as const;

describe('statistics: petition figures from the month counts', () => {
  let t: TestApp;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-20T03:00:00Z') });
    ids = await seedThreeAgencies(t, 20261123);
  }, 120_000);
  afterAll(() => t.close());

  const exec = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) =>
    Number(((await exec(sql, params)) as { n: string }[])[0]!.n);

  /** The summary's petition figures and the definitions', for one scope and period. */
  async function figures(scope: string[], from: string, to: string) {
    const [row] = (await exec(summarySql('petitions', false), [scope, from, to])) as Record<
      string,
      string
    >[];
    const summary: Record<string, string> = {};
    const definition: Record<string, string> = {};
    for (const [i, key] of figuresOf('petitions').entries()) {
      summary[key] = row![figureColumn(i)]!;
      const [value] = (await exec(figureValueSql(key), [scope, from, to])) as { value: string }[];
      definition[key] = value!.value;
    }
    return { summary, definition };
  }

  async function expectDefinitions() {
    for (const [from, to] of PERIODS) {
      for (const scope of [ids, ...ids.map((id) => [id])]) {
        const { summary, definition } = await figures(scope, from, to);
        expect({ from, to, scope, summary }).toEqual({ from, to, scope, summary: definition });
      }
    }
  }

  /** Random changes of every kind, by SQL (the trigger sees what any writer does). */
  async function change(seed: number) {
    const r = lcg(seed);
    const pick = async (where: string, n: number) =>
      (
        (await exec(
          `SELECT id FROM petition WHERE ${where} ORDER BY md5(id::text || $1) LIMIT ${n}`,
          [seed],
        )) as { id: string }[]
      ).map((p) => p.id);
    const outcomes = ['guide', 'forward', 'urge', 'file', 'propose_acceptance'];
    for (const id of await pick(`handled_on IS NULL AND status <> 'split'`, 12)) {
      await exec(
        `UPDATE petition SET handled_on = received_on + $2::int, outcome = $3, status = 'filed',
           is_eligible = $4, is_in_competence = $5 WHERE id = $1`,
        [id, r.int(0, 45), r.pick(outcomes), r.chance(0.7), r.chance(0.5)],
      );
    }
    for (const id of await pick(`handled_on IS NOT NULL`, 8)) {
      await exec(`UPDATE petition SET outcome = $2, is_eligible = NOT is_eligible WHERE id = $1`, [
        id,
        r.pick(outcomes),
      ]);
    }
    const unhandle = await pick(`handled_on IS NOT NULL AND status <> 'split'`, 5);
    await exec(
      `UPDATE petition SET handled_on = NULL, outcome = NULL, is_eligible = NULL,
         is_in_competence = NULL, status = 'received' WHERE id = ANY($1)`,
      [unhandle],
    );
    await exec(`UPDATE petition SET status = 'split' WHERE id = ANY($1)`, [
      await pick(`status <> 'split'`, 5),
    ]);
    await exec(`UPDATE petition SET status = 'received' WHERE id = ANY($1)`, [
      await pick(`status = 'split' AND handled_on IS NULL`, 2),
    ]);
    for (const id of await pick('TRUE', 6)) {
      await exec(`UPDATE petition SET agency_id = $2 WHERE id = $1`, [id, r.pick(ids)]);
    }
    await exec(`UPDATE petition SET received_on = received_on - 30 WHERE id = ANY($1)`, [
      await pick('TRUE', 6),
    ]);
    const free = `NOT EXISTS (SELECT 1 FROM complaint_resolution c WHERE c.petition_id = petition.id)
      AND NOT EXISTS (SELECT 1 FROM denunciation_resolution d WHERE d.petition_id = petition.id)`;
    await exec(`DELETE FROM petition WHERE id = ANY($1)`, [await pick(free, 4)]);
  }

  it('counts what the definitions count, on the seeded data', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM petition WHERE agency_id = ANY($1)`, [ids]),
    ).toBeGreaterThan(40);
    await expectDefinitions();
  });

  it('follows every kind of change, before and after the deltas are folded', async () => {
    const before = await count('SELECT count(*) AS n FROM petition_month_count');
    await change(1);
    await change(2);
    expect(await count('SELECT count(*) AS n FROM petition_month_count')).toBeGreaterThan(before);
    await expectDefinitions();

    const folded = await t.app.get(PetitionCountCompactor).compactNow();
    expect(folded).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM (SELECT 1 FROM petition_month_count
        GROUP BY agency_id, month HAVING count(*) > 1) x`),
    ).toBe(0);
    await expectDefinitions();
  });

  it('appends nothing for a change the counts do not follow', async () => {
    const before = await count('SELECT count(*) AS n FROM petition_month_count');
    await exec(`UPDATE petition SET summary = summary || ' (sửa)' WHERE agency_id = ANY($1)`, [
      ids,
    ]);
    expect(await count('SELECT count(*) AS n FROM petition_month_count')).toBe(before);
  });

  it('refuses a petition handled before it was received', async () => {
    await expect(
      exec(`UPDATE petition SET handled_on = received_on - 1 WHERE id =
        (SELECT id FROM petition WHERE handled_on IS NOT NULL LIMIT 1)`),
    ).rejects.toThrow(/ck_petition__handled_after_received/);
  });
});
