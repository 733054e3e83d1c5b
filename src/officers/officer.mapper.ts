import type { OfficerResponseDto } from './dto/officer.response.dto';
import type { OfficerEntity } from './officer.entity';

/** Whitelist: never the password hash, TOTP seed or token version. */
export function toOfficerResponse(o: OfficerEntity): OfficerResponseDto {
  return {
    id: o.id,
    username: o.username,
    fullName: o.fullName,
    agencyId: o.agencyId,
    roles: o.roles,
    isDisabled: o.isDisabled,
    isTotpEnabled: o.isTotpEnabled,
    version: o.version,
    createdAt: new Date(o.createdAt).toISOString(),
    updatedAt: new Date(o.updatedAt).toISOString(),
  };
}
