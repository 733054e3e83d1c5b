import type { SessionAssurance } from './domain/session-assurance';
import type { Role } from './role';

/** Who is calling: set on the request by the JWT guard, read with @CurrentOfficer(). */
export interface AuthenticatedOfficer {
  id: string;
  username: string;
  agencyId: string;
  roles: Role[];
  /** The token's session id (logout revokes it). */
  sessionId: string;
  /** `totp_enrolment` sessions may only enrol a second factor (admin and leader accounts). */
  assurance: SessionAssurance;
}
