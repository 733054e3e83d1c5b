import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each visit knows the date of the visit before it on the same case at the same agency
 * (`previous_visit_on`, in (visit_on, id) order; null for the first). The statistics then count
 * the vụ việc seen at reception in a period without grouping the period's visits by case: a
 * (case, agency) pair is counted once, through its first visit in the period, the visit whose
 * previous one is null or before the period (figure-sources.ts). Over 10 years of a nation's 4M
 * visits the grouping was the costliest statement of a summary (DESIGN §10 P6).
 *
 * Kept by a trigger, whatever writes the visit (desk, bulk import, a test's fixture): before an
 * insert it links the new visit to its predecessor and re-links the successor, if the new visit
 * is dated before an existing one (a late entry). The columns the link depends on cannot change.
 */
const NAME = 'ix_reception_visit__visit_on__id';
const COVERING_BEFORE = `("visit_on", "id") INCLUDE ("agency_id", "case_id", "is_first_time", "persons_count", "is_delegation")`;
const COVERING = `("visit_on", "id") INCLUDE ("agency_id", "previous_visit_on", "persons_count", "is_delegation")`;

const LINK_FUNCTION = `CREATE FUNCTION reception_visit_link_previous() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'reception_visit %: case_id, agency_id and visit_on cannot change', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  SELECT max(w.visit_on) INTO NEW.previous_visit_on FROM reception_visit w
   WHERE w.case_id = NEW.case_id AND w.agency_id = NEW.agency_id
     AND (w.visit_on, w.id) < (NEW.visit_on, NEW.id);
  UPDATE reception_visit s SET previous_visit_on = NEW.visit_on
   WHERE s.id = (SELECT w.id FROM reception_visit w
                  WHERE w.case_id = NEW.case_id AND w.agency_id = NEW.agency_id
                    AND (w.visit_on, w.id) > (NEW.visit_on, NEW.id)
                  ORDER BY w.visit_on, w.id LIMIT 1);
  RETURN NEW;
END $$`;

export class LinkVisitsOfACase1767225820000 implements MigrationInterface {
  name = 'LinkVisitsOfACase1767225820000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reception_visit" ADD "previous_visit_on" date`);
    await q.query(
      `UPDATE "reception_visit" v SET "previous_visit_on" = l.prev
         FROM (SELECT id, lag(visit_on) OVER (PARTITION BY case_id, agency_id ORDER BY visit_on, id) AS prev
                 FROM "reception_visit") l
        WHERE l.id = v.id AND l.prev IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "reception_visit" ADD CONSTRAINT "ck_reception_visit__previous_visit_on"
         CHECK ("previous_visit_on" <= "visit_on")`,
    );
    await q.query(LINK_FUNCTION);
    await q.query(
      `CREATE TRIGGER "tr_reception_visit__link_previous" BEFORE INSERT ON "reception_visit"
         FOR EACH ROW EXECUTE FUNCTION reception_visit_link_previous()`,
    );
    await q.query(
      `CREATE TRIGGER "tr_reception_visit__link_keys_fixed"
         BEFORE UPDATE OF case_id, agency_id, visit_on ON "reception_visit" FOR EACH ROW
         WHEN (OLD.case_id IS DISTINCT FROM NEW.case_id OR OLD.agency_id IS DISTINCT FROM NEW.agency_id
               OR OLD.visit_on IS DISTINCT FROM NEW.visit_on)
         EXECUTE FUNCTION reception_visit_link_previous()`,
    );
    await q.query(`DROP INDEX "${NAME}"`);
    await q.query(`CREATE INDEX "${NAME}" ON "reception_visit" ${COVERING}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "${NAME}"`);
    await q.query(`CREATE INDEX "${NAME}" ON "reception_visit" ${COVERING_BEFORE}`);
    await q.query(`DROP TRIGGER "tr_reception_visit__link_keys_fixed" ON "reception_visit"`);
    await q.query(`DROP TRIGGER "tr_reception_visit__link_previous" ON "reception_visit"`);
    await q.query(`DROP FUNCTION reception_visit_link_previous()`);
    await q.query(
      `ALTER TABLE "reception_visit" DROP CONSTRAINT "ck_reception_visit__previous_visit_on"`,
    );
    await q.query(`ALTER TABLE "reception_visit" DROP COLUMN "previous_visit_on"`);
  }
}
