import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthenticatedOfficer } from './authenticated-officer';
import type { SessionAssurance } from './domain/session-assurance';
import type { Role } from './role';

interface PrincipalRow {
  officer_id: string;
  username: string;
  agency_id: string;
  roles: Role[];
  token_version: number;
  is_disabled: boolean;
  assurance: SessionAssurance;
  revoked_at: Date | null;
  expires_at: Date;
}

export interface TokenClaims {
  sub: string;
  sid: string;
  tv: number;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    session: { officerId: string; assurance: SessionAssurance; expiresAt: Date },
  ): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO auth_session (officer_id, assurance, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [session.officerId, session.assurance, session.expiresAt],
    );
    return rows[0]!.id;
  }

  /** True when this call revoked the session (false: it already was). In the caller's transaction. */
  async revoke(manager: EntityManager, sessionId: string, now: Date): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `WITH revoked AS (UPDATE auth_session SET revoked_at = $2
                         WHERE id = $1 AND revoked_at IS NULL RETURNING 1)
       SELECT 1 FROM revoked`,
      [sessionId, now],
    );
    return rows.length === 1;
  }

  /**
   * One query per request: the token's session and officer, valid only while the session is
   * neither revoked nor expired, the account is enabled and its token version unchanged.
   */
  async findPrincipal(claims: TokenClaims, now: Date): Promise<AuthenticatedOfficer | null> {
    const rows = await this.dataSource.query<PrincipalRow[]>(
      `SELECT o.id AS officer_id, o.username, o.agency_id, o.roles, o.token_version, o.is_disabled,
              s.assurance, s.revoked_at, s.expires_at
         FROM auth_session s JOIN officer o ON o.id = s.officer_id
        WHERE s.id = $1`,
      [claims.sid],
    );
    const row = rows[0];
    if (!row || row.officer_id !== claims.sub || row.token_version !== claims.tv) return null;
    if (row.is_disabled || row.revoked_at || row.expires_at.getTime() <= now.getTime()) return null;
    return {
      id: row.officer_id,
      username: row.username,
      agencyId: row.agency_id,
      roles: row.roles,
      sessionId: claims.sid,
      assurance: row.assurance,
    };
  }
}
