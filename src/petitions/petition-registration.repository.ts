import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonKind } from '../persons/domain/person-enums';
import type { NewPetition } from './petitions.repository';
import { REGISTER_PETITION_SQL, REGISTRATION_DIAGNOSIS_SQL } from './petition-registration.sql';

/** The registration's inputs beyond the petition's own columns. */
export interface RegistrationWrite {
  id: string;
  petition: NewPetition;
  signatoryIds: readonly string[];
  citedPersonIds: readonly string[];
  scopeAgencyIds: readonly string[] | null;
  legalBasis: string | null;
  eventData: Record<string, unknown>;
  /**
   * The petition's `created_at` and its history row's time: the service's `Clock`, as its audit
   * row's.
   */
  occurredAt: Date;
}

export interface RegisteredRow {
  id: string | null;
  bookNo: number | null;
  version: number | null;
  createdAt: Date | null;
  caseCode: string | null;
  personsOk: boolean;
  signatories: { personId: string; pseudonym: string; kind: PersonKind }[];
}

export interface RegistrationDiagnosis {
  caseMerged: boolean | null;
  visiblePersonIds: string[];
}

/** The one-statement registration (petition-registration.sql.ts) and its failure diagnosis. */
@Injectable()
export class PetitionRegistrationRepository {
  async register(manager: EntityManager, w: RegistrationWrite): Promise<RegisteredRow> {
    const p = w.petition;
    const rows = await manager.query<RegisteredRow[]>(REGISTER_PETITION_SQL, [
      w.id,
      p.agencyId,
      p.bookYear,
      p.receivedOn,
      p.source,
      p.senderBody,
      p.dispatchNo,
      p.dispatchOn,
      p.type,
      p.field,
      p.summary,
      p.respondent,
      p.signatoryKind,
      p.isAnonymous,
      p.caseId,
      p.handlingDueOn,
      p.handlingRuleKey,
      p.handlingRuleVersion,
      p.checkDueOn,
      p.checkRuleVersion,
      p.transferDueOn,
      p.transferRuleVersion,
      p.dueOn,
      p.handlerId,
      p.createdBy,
      w.signatoryIds,
      w.citedPersonIds,
      w.scopeAgencyIds,
      w.legalBasis,
      w.eventData,
      w.occurredAt,
    ]);
    return rows[0]!;
  }

  async diagnose(
    manager: EntityManager,
    q: {
      caseId: string;
      agencyId: string;
      cited: readonly string[];
      scope: readonly string[] | null;
    },
  ): Promise<RegistrationDiagnosis> {
    const rows = await manager.query<RegistrationDiagnosis[]>(REGISTRATION_DIAGNOSIS_SQL, [
      q.caseId,
      q.agencyId,
      q.cited,
      q.scope,
    ]);
    return rows[0] ?? { caseMerged: null, visiblePersonIds: [] };
  }
}
