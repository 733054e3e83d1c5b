import type { SessionResponseDto } from './dto/session.response.dto';
import type { ReceptionSessionEntity } from './reception-session.entity';

export function toSessionResponse(s: ReceptionSessionEntity): SessionResponseDto {
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
    createdBy: s.createdBy,
    version: s.version,
    createdAt: new Date(s.createdAt).toISOString(),
    updatedAt: new Date(s.updatedAt).toISOString(),
  };
}
