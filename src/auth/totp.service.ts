import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { deriveKey, open, seal } from '../common/crypto/secret-box';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { runInTransaction } from '../database/transaction';
import { OfficersService } from '../officers/officers.service';
import type { ActionContext } from './action-context';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { authErrors } from './domain/auth-errors';
import type { TotpEnrolmentResponseDto } from './dto/auth.response.dto';

export interface TotpHolder {
  id: string;
  totpSecretSealed: string | null;
  totpLastTimeStep: string | null;
}

/** RFC 6238 codes (30 s, 6 digits, ±1 step); a code is accepted once (replay refused). */
@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly officers: OfficersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    // Seeds are secrets at rest like identities: sealed under the identity key, not the token key.
    this.key = deriveKey(config.identityKey ?? '', 'totp-seed');
  }

  /**
   * A new seed, replacing one not yet confirmed, with its audit row (never the seed). Neither
   * `version` nor `token_version` moves: `version` guards what an admin edits (roles, status,
   * password), which a self-service seed must not turn stale; a new `token_version` would end
   * the very session that must confirm the seed. Refused once TOTP is on (also when a confirm
   * commits meanwhile: the UPDATE re-checks it), so an active seed is never replaced here.
   */
  async enrol(
    actor: AuthenticatedOfficer,
    requestId: string | null = null,
  ): Promise<TotpEnrolmentResponseDto> {
    const secret = generateSecret();
    await runInTransaction(this.dataSource, async (manager) => {
      const rows = await manager.query<unknown[]>(
        `WITH enrolled AS (
           UPDATE officer SET totp_secret_sealed = $2, totp_last_time_step = NULL
            WHERE id = $1 AND NOT is_totp_enabled RETURNING 1)
         SELECT 1 FROM enrolled`,
        [actor.id, seal(this.key, secret)],
      );
      if (rows.length === 0) throw authErrors.totpAlreadyEnabled();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'auth.totp_enrol',
        entityType: 'officer',
        entityId: actor.id,
        agencyId: actor.agencyId,
        requestId,
      });
    });
    const otpauthUri = generateURI({ issuer: 'KNTC', label: actor.username, secret });
    return { secret, otpauthUri };
  }

  /**
   * Confirms enrolment with a first code; the session in use is upgraded to full. The UPDATE
   * applies only to the seed the code was checked against (a re-enrolment meanwhile refuses it).
   */
  async confirm(ctx: ActionContext & { actor: AuthenticatedOfficer }, code: string): Promise<void> {
    const account = await this.officers.findForLogin(ctx.actor.username);
    if (!account?.totpSecretSealed) throw authErrors.totpNotStarted();
    if (account.isTotpEnabled) throw authErrors.totpAlreadyEnabled();
    const step = this.check(account, code);
    if (step === null) throw authErrors.totpInvalid();
    await runInTransaction(this.dataSource, async (manager) => {
      const rows = await manager.query<unknown[]>(
        `WITH enabled AS (
           UPDATE officer SET is_totp_enabled = true, totp_last_time_step = $2
            WHERE id = $1 AND totp_secret_sealed = $3 AND NOT is_totp_enabled RETURNING 1)
         SELECT 1 FROM enabled`,
        [account.id, step, account.totpSecretSealed],
      );
      if (rows.length === 0) throw authErrors.totpInvalid();
      await manager.query("UPDATE auth_session SET assurance = 'full' WHERE id = $1", [
        ctx.actor.sessionId,
      ]);
      await this.audit.record(manager, {
        actorId: ctx.actor.id,
        action: 'auth.totp_enable',
        entityType: 'officer',
        entityId: account.id,
        agencyId: ctx.actor.agencyId,
        requestId: ctx.requestId,
      });
    });
  }

  /** For login: true and the step remembered, or false. Atomic against concurrent replays. */
  async consumeLoginCode(account: TotpHolder, code: string): Promise<boolean> {
    const step = this.check(account, code);
    if (step === null) return false;
    const result: unknown = await this.dataSource.query(
      `UPDATE officer SET totp_last_time_step = $2
        WHERE id = $1 AND (totp_last_time_step IS NULL OR totp_last_time_step < $2) RETURNING id`,
      [account.id, step],
    );
    const rows = Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]) : [];
    return rows.length === 1;
  }

  /** A seed sealed under another key (e.g. after a key change) needs a new enrolment. */
  private openSeed(sealed: string): string {
    try {
      return open(this.key, sealed);
    } catch {
      throw authErrors.totpResetRequired();
    }
  }

  private check(account: TotpHolder, code: string): number | null {
    if (!account.totpSecretSealed) return null;
    const result = verifySync({
      secret: this.openSeed(account.totpSecretSealed),
      token: code,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: 30,
      afterTimeStep: account.totpLastTimeStep ? Number(account.totpLastTimeStep) : undefined,
    });
    return result.valid && 'timeStep' in result ? Number(result.timeStep) : null;
  }
}
