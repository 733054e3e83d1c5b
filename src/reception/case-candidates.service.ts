import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CasesService } from '../cases/cases.service';
import type { CaseCandidateDto } from '../cases/dto/case.response.dto';
import type { CaseCandidatesQueryDto } from './dto/case-candidates.query.dto';

/** Existing cases a new visit of these persons may belong to, at the viewer's own agency. */
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
    });
    return { items };
  }
}
