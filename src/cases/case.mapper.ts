import type { CaseEntity } from './case.entity';
import type { CaseCandidateRow } from './cases.repository';
import type { CaseCandidateDto, CaseSummaryDto } from './dto/case.response.dto';

export function toCaseSummary(c: CaseEntity): CaseSummaryDto {
  return {
    id: c.id,
    code: c.code,
    agencyId: c.agencyId,
    openedOn: c.openedOn,
    contentType: c.contentType,
    field: c.field,
    summary: c.summary,
    respondent: c.respondent,
    isConfidential: c.isConfidential,
  };
}

export function toCaseCandidate(row: CaseCandidateRow): CaseCandidateDto {
  return {
    id: row.id,
    code: row.code,
    openedOn: row.openedOn,
    contentType: row.contentType,
    field: row.field,
    summary: row.summary,
    respondent: row.respondent,
    isConfidential: row.isConfidential,
    sharedPersons: row.sharedPersons,
    isSameContentType: row.isSameContentType,
  };
}
