import { verificationRecordKindLabelsVi } from '../common/i18n/resolution-labels.vi';
import type { PersonIdentityDto } from '../persons/dto/person-ref.response.dto';
import type { VerificationRecordKind } from './domain/proceeding-enums';
import type {
  ProceedingPersonDto,
  SuspensionResponseDto,
  VerificationRecordResponseDto,
} from './dto/proceeding-parts.dto';

export interface StoredVerificationRecord {
  kind: VerificationRecordKind;
  recordedOn: string;
  summary: string;
  documents: string | null;
  recommendation: string | null;
}

export interface StoredSuspension {
  suspendedOn: string;
  resumedOn: string | null;
  reason: string;
}

/** A linked person; `identity` only when the caller read it through IdentityService. */
export interface ProceedingPerson {
  personId: string;
  pseudonym: string;
  role: string;
  identity?: PersonIdentityDto | null;
}

export function toVerificationRecordResponse(
  r: StoredVerificationRecord,
): VerificationRecordResponseDto {
  return {
    kind: r.kind,
    kindLabel: verificationRecordKindLabelsVi[r.kind],
    recordedOn: r.recordedOn,
    summary: r.summary,
    documents: r.documents,
    recommendation: r.recommendation,
  };
}

export function toSuspensionResponse(s: StoredSuspension): SuspensionResponseDto {
  return { suspendedOn: s.suspendedOn, resumedOn: s.resumedOn, reason: s.reason };
}

export function toProceedingPerson(p: ProceedingPerson): ProceedingPersonDto {
  const dto: ProceedingPersonDto = { id: p.personId, pseudonym: p.pseudonym, role: p.role };
  if (p.identity) dto.identity = p.identity;
  return dto;
}
