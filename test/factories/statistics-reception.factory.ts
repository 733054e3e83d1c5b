import type { TestApp } from '../support/test-app';

/**
 * Marks every other classified petition of the random statistics dataset (statistics.factory) as
 * brought to the reception desk, one visit of its agency each, so that 02/TCD has figures.
 */
export async function linkPetitionsToVisits(t: TestApp): Promise<void> {
  await t.dataSource.query(`
    WITH v AS (SELECT id, agency_id, row_number() OVER (PARTITION BY agency_id ORDER BY id) n
                 FROM reception_visit),
         p AS (SELECT id, agency_id, row_number() OVER (PARTITION BY agency_id ORDER BY id) n
                 FROM petition WHERE is_in_competence IS NOT NULL AND visit_id IS NULL)
    UPDATE petition SET visit_id = v.id FROM p JOIN v USING (agency_id, n)
     WHERE petition.id = p.id AND p.n % 2 = 0
       AND NOT EXISTS (SELECT 1 FROM petition q WHERE q.visit_id = v.id)`);
}
