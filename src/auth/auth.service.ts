import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../common/crypto/password-hasher';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { runInTransaction } from '../database/transaction';
import type { OfficerEntity } from '../officers/officer.entity';
import { OfficersService } from '../officers/officers.service';
import type { ActionContext } from './action-context';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { authErrors } from './domain/auth-errors';
import { type SessionAssurance, secondFactorOutcome } from './domain/session-assurance';
import type { LoginResponseDto } from './dto/auth.response.dto';
import type { LoginDto } from './dto/login.dto';
import { lockoutAuditEntry } from './lockout-audit';
import {
  type AttemptKey,
  type AttemptReservation,
  LoginThrottleRepository,
} from './login-throttle.repository';
import { SessionsRepository } from './sessions.repository';
import { TotpService } from './totp.service';

/** Password (+ TOTP) → a session and a signed access token. */
@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly officers: OfficersService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: SessionsRepository,
    private readonly totp: TotpService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** `clientIp`: Fastify's request.ip (from X-Forwarded-For only with TRUST_PROXY set). */
  async login(dto: LoginDto, clientIp: string, requestId: string): Promise<LoginResponseDto> {
    const username = dto.username.trim().toLowerCase();
    const key = { username, clientIp };
    const reserved = await this.reserveAttempt(key, requestId);
    if (reserved.secondsAddressBlocked > 0) {
      throw authErrors.addressLocked(reserved.secondsAddressBlocked);
    }
    if (reserved.secondsLocked > 0) throw authErrors.accountLocked(reserved.secondsLocked);
    const officer = await this.checkPassword(username, dto.password);
    if (!officer) throw authErrors.invalidCredentials();
    const assurance = await this.secondFactor(officer, dto.totpCode);
    if (assurance === 'totp_invalid') throw authErrors.totpInvalid();
    await this.throttle.clear(key, reserved.addressWindow);
    return this.openSession(officer, assurance, requestId);
  }

  /** Revokes the session the token names, with its audit row, in one transaction. */
  async logout(ctx: ActionContext & { actor: AuthenticatedOfficer }): Promise<void> {
    const { actor } = ctx;
    await runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.sessions.revoke(manager, actor.sessionId, this.clock.now()))) return;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'auth.logout',
        entityType: 'auth_session',
        entityId: actor.sessionId,
        agencyId: actor.agencyId,
        requestId: ctx.requestId,
      });
    });
  }

  /**
   * Counts the attempt per username and per client address before any hashing, atomically, in one
   * statement (OWASP; research/security-perf.md A.5.6). The attempt that locks the account writes
   * `auth.lockout` in the same transaction. Known and unknown usernames run the same statements
   * (the unknown one is audited under `login_throttle`), so neither answer nor timing tells them apart.
   */
  private reserveAttempt(key: AttemptKey, requestId: string): Promise<AttemptReservation> {
    return runInTransaction(this.dataSource, async (manager) => {
      const reserved = await this.throttle.reserveAttempt(manager, key, this.clock.now());
      if (reserved.lockout) {
        await this.audit.record(manager, lockoutAuditEntry(reserved.lockout, requestId));
      }
      return reserved;
    });
  }

  /** Same answer and the same argon2 work for unknown, disabled and wrong-password accounts. */
  private async checkPassword(username: string, password: string) {
    const officer = await this.officers.findForLogin(username);
    if (!officer || officer.isDisabled) return this.hasher.verifyDummy(password).then(() => null);
    return (await this.hasher.verify(officer.passwordHash, password)) ? officer : null;
  }

  private async secondFactor(
    officer: OfficerEntity,
    code: string | undefined,
  ): Promise<SessionAssurance | 'totp_invalid'> {
    const outcome = secondFactorOutcome(officer.roles, officer.isTotpEnabled, code);
    if (outcome === 'totp_required') throw authErrors.totpRequired();
    if (outcome === 'enrolment_required') return 'totp_enrolment';
    if (outcome === 'ok') return 'full';
    return (await this.totp.consumeLoginCode(officer, code ?? '')) ? 'full' : 'totp_invalid';
  }

  private async openSession(
    officer: OfficerEntity,
    assurance: SessionAssurance,
    requestId: string,
  ) {
    const expiresIn = this.config.jwtTtlSeconds;
    const expiresAt = new Date(this.clock.now().getTime() + expiresIn * 1000);
    const sessionId = await runInTransaction(this.dataSource, async (manager) => {
      const id = await this.sessions.create(manager, {
        officerId: officer.id,
        assurance,
        expiresAt,
      });
      await this.audit.record(manager, {
        actorId: officer.id,
        action: 'auth.login',
        entityType: 'auth_session',
        entityId: id,
        agencyId: officer.agencyId,
        requestId,
        data: { assurance },
      });
      return id;
    });
    const claims = { sub: officer.id, sid: sessionId, tv: officer.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn });
    const totpEnrolmentRequired = assurance === 'totp_enrolment';
    return { accessToken, tokenType: 'Bearer' as const, expiresIn, totpEnrolmentRequired };
  }
}
