import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';

import { PUBLIC_KEY, type RequestWithOfficer } from '../../auth/auth.decorators';
import { runInTransaction } from '../../database/transaction';
import { Clock } from '../time/clock';
import { idempotencyErrors } from './idempotency-errors';
import { idempotencyKeyOf, requestHashOf } from './idempotency-request';
import { AppConfig } from '../../config/app-config';
import { Semaphore } from '../concurrency/semaphore';
import { deriveKey } from '../crypto/secret-box';
import { NO_IDEMPOTENCY_KEY } from './no-idempotency.decorator';
import { type IdempotencyClaim, IdempotencyRepository } from './idempotency.repository';

export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * POST + `Idempotency-Key` (research A.5.4): opens the request's transaction, claims the key in
 * it, runs the handler inside it (services' runInTransaction joins it), stores the reply and
 * commits — so the key exists exactly when the write does. A retry replays the stored reply; a
 * concurrent duplicate waits on the key's primary key, then replays. Any error rolls everything
 * back, the key included, so the client may retry. Public and @NoIdempotency routes (login, TOTP
 * enrolment) are left alone: their bodies and replies hold secrets that must not be stored.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly repository: IdempotencyRepository,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.hashKey = deriveKey(config.jwtSecret ?? '', 'idempotency-request');
    // Each admitted request holds a pooled connection for its whole transaction; leave at least
    // half the pool free for the queries its services run outside it, so requests never starve.
    this.admission = new Semaphore(Math.max(1, Math.floor(config.dbPoolSize / 2)));
  }

  private readonly hashKey: Buffer;
  private readonly admission: Semaphore;

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<RequestWithOfficer>();
    if (request.method !== 'POST' || this.isExempt(context)) return next.handle();
    const key = idempotencyKeyOf(request.headers['idempotency-key']);
    if (key === null) return next.handle();
    const claim: IdempotencyClaim = {
      principal: request.officer?.id ?? 'anonymous',
      key,
      requestHash: requestHashOf(this.hashKey, request.method, request.url, request.body),
      method: request.method,
      path: request.url,
      createdAt: this.clock.now(),
    };
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.runOnce(claim, next, reply));
  }

  private isExempt(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const flag = (key: string) => this.reflector.getAllAndOverride<boolean>(key, targets) === true;
    return flag(PUBLIC_KEY) || flag(NO_IDEMPOTENCY_KEY);
  }

  private runOnce(claim: IdempotencyClaim, next: CallHandler, reply: FastifyReply) {
    return this.admission.run(() => this.runInOwnTransaction(claim, next, reply));
  }

  /**
   * The reply is stored by an UPDATE sent together with the COMMIT (the connection pipelines,
   * data-source-options.ts): the handler's locks — an agency's book counter — are held for one
   * round trip less. When that UPDATE fails, PostgreSQL turns the COMMIT into a rollback; its
   * error is then thrown here, after the transaction, so nothing is written and the client may retry.
   */
  private async runInOwnTransaction(
    claim: IdempotencyClaim,
    next: CallHandler,
    reply: FastifyReply,
  ) {
    let completed: Promise<{ error: unknown } | null> = Promise.resolve(null);
    const body = await runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.repository.claim(manager, claim))) return this.replay(manager, claim, reply);
      // Subscribed inside the transaction's async context, so the handler joins it.
      const handled: Observable<unknown> = next.handle();
      const result = await lastValueFrom(handled, { defaultValue: undefined });
      // sent now, ahead of the COMMIT (IdempotencyRepository.complete), not awaited: settled
      // here, read after the COMMIT (no unhandled rejection in between)
      completed = this.repository
        .complete(manager, claim, { statusCode: reply.statusCode, body: result })
        .then(
          () => null,
          (error: unknown) => ({ error }),
        );
      return result;
    });
    const failure = await completed;
    if (failure) throw failure.error;
    return body;
  }

  private async replay(manager: EntityManager, claim: IdempotencyClaim, reply: FastifyReply) {
    const stored = await this.repository.find(manager, claim.principal, claim.key);
    if (stored && stored.requestHash !== claim.requestHash) throw idempotencyErrors.keyReused();
    if (!stored || stored.statusCode === null) throw idempotencyErrors.inProgress();
    void reply.status(stored.statusCode).header(REPLAYED_HEADER, 'true');
    return stored.body;
  }
}
