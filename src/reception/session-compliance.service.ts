import { Injectable } from '@nestjs/common';

import { AgenciesService } from '../agencies/agencies.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { LegalRulesService } from '../legal/legal-rules.service';
import { assessCompliance } from './domain/head-reception-compliance';
import { headReceptionObligation } from './domain/head-reception-frequency';
import { checkPeriod } from './domain/period';
import { throwIfViolated } from './domain/reception-errors';
import { SessionStatus } from './domain/reception-session-status';
import type { PeriodQueryDto } from './dto/list-sessions.query.dto';
import type { ComplianceResponseDto } from './dto/session.response.dto';
import { ReceptionScopeService } from './reception-scope.service';
import { ReceptionSessionsRepository, type SessionDayRow } from './reception-sessions.repository';

/** D17 (DOMAIN.md §11): the head reception days the law requires of an agency, vs those held. */
const HEAD_RECEPTION_RULE = 'D17';

const within = (day: string | null, from: string, to: string): day is string =>
  day !== null && day >= from && day <= to;

function countSessions(rows: readonly SessionDayRow[], from: string, to: string) {
  const count = (status: SessionStatus, day: (r: SessionDayRow) => string | null) =>
    rows.filter((r) => r.status === status && within(day(r), from, to)).length;
  return {
    plannedSessions: count(SessionStatus.Planned, (r) => r.plannedOn),
    heldSessions: count(SessionStatus.Held, (r) => r.heldOn),
    cancelledSessions: count(SessionStatus.Cancelled, (r) => r.plannedOn),
  };
}

@Injectable()
export class SessionComplianceService {
  constructor(
    private readonly sessions: ReceptionSessionsRepository,
    private readonly scope: ReceptionScopeService,
    private readonly agencies: AgenciesService,
    private readonly rules: LegalRulesService,
  ) {}

  /** The minimum number of head reception days for the period against the held sessions. */
  async compliance(
    viewer: AuthenticatedOfficer,
    q: PeriodQueryDto,
  ): Promise<ComplianceResponseDto> {
    throwIfViolated(checkPeriod(q.from, q.to));
    const agencyId = await this.scope.oneAgency(viewer, q.agencyId);
    const agency = await this.agencies.get(agencyId);
    const rule = await this.rules.selectFor(HEAD_RECEPTION_RULE, q.from, { dateField: 'from' });
    const obligation = headReceptionObligation(agency.level, agency.kind);
    const rows = await this.sessions.inPeriod(agencyId, q.from, q.to);
    const held = rows
      .filter((r) => r.status === SessionStatus.Held && within(r.heldOn, q.from, q.to))
      .map((r) => r.heldOn ?? '');
    const assessment = assessCompliance(obligation, { from: q.from, to: q.to }, held);
    return {
      from: q.from,
      to: q.to,
      agency: {
        id: agency.id,
        code: agency.code,
        name: agency.name,
        level: agency.level,
        kind: agency.kind,
      },
      rule: {
        key: rule.key,
        version: rule.version,
        title: rule.title,
        legalBasis: rule.legalBasis,
      },
      unit: obligation.unit,
      minDaysPerUnit: obligation.minDays,
      legalBasis: obligation.legalBasis,
      ...assessment,
      ...countSessions(rows, q.from, q.to),
    };
  }
}
