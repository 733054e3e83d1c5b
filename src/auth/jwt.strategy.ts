import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { jwtKey } from './jwt-key';
import { SessionsRepository, type TokenClaims } from './sessions.repository';

export const JWT_ISSUER = 'kntc';
export const JWT_AUDIENCE = 'kntc-api';

function claimsOf(payload: unknown): TokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const ok = typeof p.sub === 'string' && typeof p.sid === 'string' && typeof p.tv === 'number';
  return ok ? { sub: p.sub as string, sid: p.sid as string, tv: p.tv as number } : null;
}

/** Bearer tokens: HS256 only (no `none`, no algorithm confusion), issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // a KeyObject made once (jwt-key.ts); the typings say string | Buffer
      secretOrKey: jwtKey(config) as unknown as string,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<AuthenticatedOfficer | false> {
    const claims = claimsOf(payload);
    if (!claims) return false;
    return (await this.sessions.findPrincipal(claims, this.clock.now())) ?? false;
  }
}
