import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins per client address and fixed window (src/auth/domain/login-address-throttle.ts).
 * The address itself is never stored: `address_key` is a keyed HMAC-SHA256 (hex) of it, so the
 * table cannot tell who logged in from where (whistleblower privacy, research A.1). Rows whose
 * window has passed are swept by the login statement itself (index on `window_started_at`).
 */
export class CreateLoginAddressThrottle1767225708000 implements MigrationInterface {
  name = 'CreateLoginAddressThrottle1767225708000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "login_address_throttle" (
      "address_key" character(64) NOT NULL,
      "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "failures" integer NOT NULL,
      CONSTRAINT "ck_login_address_throttle__failures" CHECK ("failures" >= 0),
      CONSTRAINT "pk_login_address_throttle" PRIMARY KEY ("address_key"))`);
    await q.query(`CREATE INDEX "ix_login_address_throttle__window_started_at"
      ON "login_address_throttle" ("window_started_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_login_address_throttle__window_started_at"`);
    await q.query(`DROP TABLE "login_address_throttle"`);
  }
}
