import type { AuthenticatedOfficer } from './authenticated-officer';

/** Who acts and in which request: what every state-changing service needs for its audit row. */
export interface ActionContext {
  actor: AuthenticatedOfficer | null;
  requestId: string | null;
}
