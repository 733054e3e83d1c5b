import { Injectable } from '@nestjs/common';

import { notFound } from '../common/errors/common-errors';
import { authMessagesVi } from '../common/i18n/auth-messages.vi';
import { OfficersService } from '../officers/officers.service';
import type { AuthenticatedOfficer } from './authenticated-officer';
import type { MeResponseDto } from './dto/auth.response.dto';
import { permissionsOf } from './role-permissions';

@Injectable()
export class MeService {
  constructor(private readonly officers: OfficersService) {}

  async describe(officer: AuthenticatedOfficer): Promise<MeResponseDto> {
    const account = await this.officers.findForLogin(officer.username);
    if (!account) throw notFound(authMessagesVi.officerNotFound);
    return {
      id: account.id,
      username: account.username,
      fullName: account.fullName,
      agencyId: account.agencyId,
      roles: account.roles,
      permissions: [...permissionsOf(account.roles)].sort(),
      isTotpEnabled: account.isTotpEnabled,
      totpEnrolmentRequired: officer.assurance === 'totp_enrolment',
    };
  }
}
