import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { hasPermission } from '../auth/role-permissions';
import { PetitionStatus } from './domain/petition-enums';
import type { RegistrationFacts } from './domain/registration-rules';
import type { RegisterPetitionDto } from './dto/register-petition.dto';
import { emptyHandling } from './petition-intake.service';
import { deadlineColumns, type ReceiptDeadlines } from './petition-deadlines.service';
import type { RegisteredRow } from './petition-registration.repository';
import type { PetitionRow } from './petition-row.sql';
import type { NewPetition } from './petitions.repository';

// Pure helpers of PetitionRegistrationService: request → facts, columns and the reply's row.

/** The position of the first signatory cited by an id the officer may not use; -1 if none. */
export const unknownCited = (dto: RegisterPetitionDto, visible: readonly string[]) =>
  (dto.signatories ?? []).findIndex(
    (s) => s.personId !== undefined && !visible.includes(s.personId),
  );

export function registrationFacts(dto: RegisterPetitionDto, today: string): RegistrationFacts {
  return {
    receivedOn: dto.receivedOn,
    today,
    source: dto.source,
    senderBody: dto.senderBody ?? null,
    dispatchNo: dto.dispatchNo ?? null,
    dispatchOn: dto.dispatchOn ?? null,
    signatoryKind: dto.signatoryKind,
    isAnonymous: dto.isAnonymous ?? false,
    signatories: (dto.signatories ?? []).map((s) => ({
      hasPersonId: s.personId !== undefined,
      hasIdNumber: s.idNumber !== undefined,
      hasIdentity: s.identity !== undefined,
    })),
    type: dto.type,
    field: dto.field,
    caseId: dto.caseId ?? null,
    newCase: dto.newCase === true,
  };
}

/** The petition's columns: the request, the computed deadlines, the handler (self if handling). */
export function columnsOf(
  d: { actor: AuthenticatedOfficer; dto: RegisterPetitionDto },
  caseId: string,
  due: ReceiptDeadlines,
): NewPetition {
  const handles = hasPermission(d.actor.roles, Permission.PetitionHandle);
  return {
    ...emptyHandling(),
    ...requestColumns(d.dto),
    ...deadlineColumns(due, d.dto.type, d.dto.receivedOn),
    agencyId: d.actor.agencyId,
    bookYear: Number(d.dto.receivedOn.slice(0, 4)),
    bookNo: 0,
    caseId,
    visitId: null,
    handlerId: handles ? d.actor.id : null,
    createdBy: d.actor.id,
  };
}

/** The columns the request gives (optional ones null when absent). */
function requestColumns(dto: RegisterPetitionDto) {
  return {
    receivedOn: dto.receivedOn,
    source: dto.source,
    senderBody: dto.senderBody ?? null,
    dispatchNo: dto.dispatchNo ?? null,
    dispatchOn: dto.dispatchOn ?? null,
    type: dto.type,
    field: dto.field,
    summary: dto.summary,
    respondent: dto.respondent ?? null,
    signatoryKind: dto.signatoryKind,
    isAnonymous: dto.isAnonymous ?? false,
  };
}

/** The reply's row, from what was written (no read-back: one statement less per create). */
export function rowOf(id: string, p: NewPetition, row: RegisteredRow): PetitionRow {
  return {
    ...p,
    id,
    bookNo: row.bookNo ?? 0,
    caseCode: row.caseCode ?? '',
    status: PetitionStatus.Received,
    version: row.version ?? 1,
    createdAt: row.createdAt ?? new Date(0),
    signatories: row.signatories,
  };
}
