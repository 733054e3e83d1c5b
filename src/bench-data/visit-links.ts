import type { Client } from 'pg';

/**
 * reception_visit.previous_visit_on is kept by a row trigger (migration LinkVisitsOfACase), which
 * looks up each new visit's neighbours through an index the load drops: the load switches it off
 * and links the visits in one pass at the end instead (the same (visit_on, id) order).
 */
const TRIGGER = 'tr_reception_visit__link_previous';

export async function pauseVisitLinks(db: Client): Promise<void> {
  await db.query(`ALTER TABLE reception_visit DISABLE TRIGGER ${TRIGGER}`);
}

/** Links every visit to the one before it on the same case at the same agency. */
export async function linkVisits(db: Client): Promise<void> {
  await db.query(
    `UPDATE reception_visit v SET previous_visit_on = l.prev
       FROM (SELECT id, lag(visit_on) OVER (PARTITION BY case_id, agency_id ORDER BY visit_on, id) AS prev
               FROM reception_visit) l
      WHERE l.id = v.id AND l.prev IS DISTINCT FROM v.previous_visit_on`,
  );
}

export async function resumeVisitLinks(db: Client): Promise<void> {
  await db.query(`ALTER TABLE reception_visit ENABLE TRIGGER ${TRIGGER}`);
}
