import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Asynchronous sealing of the audit trail (issue 6, P1). Request transactions now insert their
 * audit rows without the global chain lock, each with its own HMAC (`mac`); the AuditSealer
 * appends the chain links to `audit_chain` (append-only too) after the rows commit. The links of
 * the existing rows move there unchanged (their hashes seal the payload: the verifier accepts
 * both forms), and the first new link continues from the last one.
 */
export class AddAuditChain1767225683000 implements MigrationInterface {
  name = 'AddAuditChain1767225683000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_event" ADD "mac" character(64)');
    await q.query(`
      CREATE TABLE "audit_chain" (
        "pos" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "seq" bigint NOT NULL,
        "prev_hash" character(64) NOT NULL,
        "hash" character(64) NOT NULL,
        CONSTRAINT "pk_audit_chain" PRIMARY KEY ("pos")
      )`);
    await q.query(`
      INSERT INTO "audit_chain" ("seq", "prev_hash", "hash")
      SELECT "seq", "prev_hash", "hash" FROM "audit_event" ORDER BY "seq"`);
    await q.query('CREATE UNIQUE INDEX "uq_audit_chain__seq" ON "audit_chain" ("seq")');
    await q.query(`ALTER TABLE "audit_chain" ADD CONSTRAINT "fk_audit_chain__seq"
      FOREIGN KEY ("seq") REFERENCES "audit_event"("seq") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query('ALTER TABLE "audit_event" DROP COLUMN "prev_hash"');
    await q.query('ALTER TABLE "audit_event" DROP COLUMN "hash"');
    await q.query(`
      CREATE FUNCTION "audit_chain_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_chain is append-only: % refused', TG_OP
          USING ERRCODE = 'P0001',
                HINT = 'Chain links are never changed or removed.';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "trg_audit_chain__append_only"
        BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_chain"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_chain_append_only"()`);
  }

  /**
   * Back to the columns. Links of sealed rows move back; rows never sealed (and rows written
   * after up, whose hashes are HMAC(prev ‖ mac)) do not verify under the old code.
   */
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_event" ADD "prev_hash" character(64)');
    await q.query('ALTER TABLE "audit_event" ADD "hash" character(64)');
    await q.query('ALTER TABLE "audit_event" DISABLE TRIGGER "trg_audit_event__append_only"');
    await q.query(`
      UPDATE "audit_event" e SET "prev_hash" = c."prev_hash", "hash" = c."hash"
        FROM "audit_chain" c WHERE c."seq" = e."seq"`);
    await q.query(`
      UPDATE "audit_event" SET "prev_hash" = repeat('0', 64), "hash" = repeat('0', 64)
       WHERE "hash" IS NULL`);
    await q.query('ALTER TABLE "audit_event" ENABLE TRIGGER "trg_audit_event__append_only"');
    await q.query('ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" SET NOT NULL');
    await q.query('ALTER TABLE "audit_event" ALTER COLUMN "hash" SET NOT NULL');
    await q.query('DROP TRIGGER "trg_audit_chain__append_only" ON "audit_chain"');
    await q.query('DROP FUNCTION "audit_chain_append_only"()');
    await q.query('DROP TABLE "audit_chain"');
    await q.query('ALTER TABLE "audit_event" DROP COLUMN "mac"');
  }
}
