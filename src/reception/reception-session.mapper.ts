import type { SessionResponseDto } from './dto/session.response.dto';
import type { ReceptionSessionEntity } from './reception-session.entity';

/** `visitCount`: the visits recorded in the session (ReceptionSessionsRepository.visitCounts). */
export function toSessionResponse(
  s: ReceptionSessionEntity,
  visitCount: number,
): SessionResponseDto {
  return {
    id: s.id,
    agencyId: s.agencyId,
    headName: s.headName,
    headTitle: s.headTitle,
    plannedOn: s.plannedOn,
    place: s.place,
    status: s.status,
    heldOn: s.heldOn,
    cancelReason: s.cancelReason,
    visitCount,
    createdBy: s.createdBy,
    version: s.version,
    createdAt: new Date(s.createdAt).toISOString(),
    updatedAt: new Date(s.updatedAt).toISOString(),
  };
}
