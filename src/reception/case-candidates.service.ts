import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CasesService } from '../cases/cases.service';
import type { CaseCandidateDto } from '../cases/dto/case.response.dto';
import { atDesk, isLeader } from '../persons/domain/identity-access';
import type { CaseCandidatesQueryDto } from './dto/case-candidates.query.dto';

/**
 * Existing cases a new visit of these persons may belong to, at the viewer's own agency (never a
 * merged case: its persons lead to the surviving one). A case in which a given person's part is
 * secret (Luật Tố cáo 2018 Điều 9(1)(b), 47) is proposed only to whom the identity vault would
 * show that person there: a leader, or the desk officer of the record (the roles of
 * domain/identity-access.ts).
 */
@Injectable()
export class CaseCandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
  ) {}

  async candidates(
    viewer: AuthenticatedOfficer,
    q: CaseCandidatesQueryDto,
  ): Promise<{ items: CaseCandidateDto[] }> {
    const items = await this.cases.findCandidates(this.dataSource.manager, {
      agencyId: viewer.agencyId,
      personIds: q.personIds,
      contentType: q.contentType ?? null,
      viewer: {
        // Only a desk officer's own records open an identity (ownsLink, domain/identity-access.ts).
        deskOfficerId: atDesk(viewer) ? viewer.id : null,
        isLeader: isLeader(viewer),
      },
    });
    return { items };
  }
}
