import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { petitionMessagesVi as m } from '../common/i18n/petition-messages.vi';
import { atDesk, isLeader } from '../persons/domain/identity-access';
import {
  type MatchReason,
  matchReasons,
  matchScore,
  type MatchViewer,
  shownPersonMatches,
} from './domain/case-match';
import type { CaseCandidatesQueryDto } from './dto/case-candidates.query.dto';
import type {
  CaseCandidateItemDto,
  CaseCandidatesResponseDto,
  MatchReasonDto,
} from './dto/case-candidate.response.dto';
import { CASE_CANDIDATES_SQL, type CandidateRow } from './case-matching.sql';
import { requireActor } from './require-actor';

/** Rows read before ranking, and candidates returned. */
const SCANNED = 200;
const RETURNED = 20;

const percent = (weight: number) => Math.round(weight * 100);

function reasonOf(r: MatchReason): MatchReasonDto {
  switch (r.kind) {
    case 'same_person':
      return {
        kind: r.kind,
        text: m.reasonSamePerson(r.pseudonyms ?? []),
        weight: r.weight,
        pseudonyms: r.pseudonyms ?? [],
      };
    case 'similar_content':
      return { kind: r.kind, text: m.reasonSimilarContent(percent(r.weight)), weight: r.weight };
    case 'same_respondent':
      return { kind: r.kind, text: m.reasonSameRespondent(percent(r.weight)), weight: r.weight };
  }
}

function itemOf(row: CandidateRow, viewer: MatchViewer): CaseCandidateItemDto {
  const signals = {
    // Luật Tố cáo 2018 Điều 9(1)(b), 47: no "same person" on a secret part the viewer may not read.
    sharedPseudonyms: shownPersonMatches(row.personMatches, viewer),
    contentSimilarity: row.contentSimilarity === null ? null : Number(row.contentSimilarity),
    respondentSimilarity:
      row.respondentSimilarity === null ? null : Number(row.respondentSimilarity),
    sameType: row.sameType,
  };
  const {
    personMatches: _p,
    contentSimilarity: _c,
    respondentSimilarity: _r,
    sameType: _s,
    ...c
  } = row;
  return { case: c, score: matchScore(signals), reasons: matchReasons(signals).map(reasonOf) };
}

/**
 * Proposes existing cases of the officer's agency for a new petition (DOMAIN §3.4): the same
 * person (the given persons and all persons with the same ID-number blind index), a similar
 * summary, the same respondent — each with its reason and a score. Persons appear by pseudonym,
 * and a denouncer's (secret) part in a case is never named to a viewer who may not read it.
 */
@Injectable()
export class CaseMatchingService {
  constructor(private readonly dataSource: DataSource) {}

  async candidates(
    ctx: ActionContext,
    q: CaseCandidatesQueryDto,
  ): Promise<CaseCandidatesResponseDto> {
    const viewer = requireActor(ctx);
    const matchViewer = { isLeader: isLeader(viewer) };
    const rows = await this.dataSource.query<CandidateRow[]>(CASE_CANDIDATES_SQL, [
      viewer.agencyId,
      q.personIds ?? [],
      q.summary ?? null,
      q.respondent ?? null,
      q.type ?? null,
      SCANNED,
      // Only a desk officer's own records open an identity (ownsLink, domain/identity-access.ts).
      atDesk(viewer) ? viewer.id : null,
      matchViewer.isLeader,
    ]);
    const items = rows
      .map((row) => itemOf(row, matchViewer))
      .filter((i) => i.score > 0)
      .sort((a, b) => b.score - a.score || b.case.openedOn.localeCompare(a.case.openedOn));
    return { items: items.slice(0, RETURNED) };
  }
}
