import { sourceSql } from '../../src/statistics/figures/figure-sources';
import { seedThreeAgencies } from '../factories/statistics.factory';
import { createTestApp, type TestApp } from '../support/test-app';

// The statistics read the proceedings in competence and the decisions to implement of a period
// from two index ranges each (migration IndexProceedingPeriods: still open; resolved or done since
// the period's start), with the resolution day kept on the row by triggers. On a seeded random
// dataset: the same rows as the definitions (DESIGN §5; enforcement-period.ts), for any period.

describe('statistics: period ranges of proceedings and decisions', () => {
  let t: TestApp;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-20T03:00:00Z') });
    ids = await seedThreeAgencies(t, 20261122);
  }, 120_000);
  afterAll(() => t.close());

  it.each([
    ['2026-02-01', '2026-07-31'],
    ['2026-04-15', '2026-05-14'],
    ['2026-09-01', '2026-12-31'],
  ])('selects the same proceedings and decisions as the definitions, %s – %s', async (from, to) => {
    const idsOf = async (sql: string) =>
      (await t.dataSource.query<{ id: string }[]>(sql, [ids, from, to])).map((r) => r.id).sort();
    const complaintResolved = `COALESCE(c.terminated_on, CASE WHEN d.kind IN
      ('complaint_first_round', 'complaint_second_round') THEN d.issued_on END)`;
    const definition = (table: string, resolved: string) => `
      SELECT c.id FROM ${table} c LEFT JOIN decision d ON d.id = c.decision_id
       WHERE c.agency_id = ANY($1) AND c.accepted_on <= $3::date
         AND (${resolved} IS NULL OR ${resolved} >= $2::date)`;
    const pairs: [string, string][] = [
      [definition('complaint_resolution', complaintResolved), sourceSql('complaints')],
      [
        definition('denunciation_resolution', 'COALESCE(c.terminated_on, c.concluded_on)'),
        sourceSql('denunciations'),
      ],
      [
        `SELECT ed.id FROM enforcement_decision ed WHERE ed.agency_id = ANY($1)
           AND ed.legal_effect_on <= $3::date AND (ed.completed_on IS NULL
             OR GREATEST(ed.completed_on, ed.legal_effect_on) >= $2::date)`,
        sourceSql('enforcementDecisions'),
      ],
    ];
    for (const [defined, source] of pairs) {
      const expected = await idsOf(defined);
      expect(expected.length).toBeGreaterThan(0);
      expect(await idsOf(`SELECT r.id FROM (${source}) r`)).toEqual(expected);
    }
    // the stored resolution day is the one the definition computes, on every row
    const drift = await t.dataSource.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM complaint_resolution c LEFT JOIN decision d ON d.id = c.decision_id
                WHERE c.resolved_on IS DISTINCT FROM ${complaintResolved})
            + (SELECT count(*) FROM denunciation_resolution c
                WHERE c.resolved_on IS DISTINCT FROM COALESCE(c.terminated_on, c.concluded_on)) AS n`,
    );
    expect(Number(drift[0]!.n)).toBe(0);
  });
});
