/** What the candidate search found about one existing case. */
export interface MatchSignals {
  /** Pseudonyms of the given persons who raise the case (never their identity). */
  sharedPseudonyms: readonly string[];
  /** pg_trgm similarity of the summaries, without diacritics (0–1); null: no summary asked. */
  contentSimilarity: number | null;
  /** The same for the respondent (người, cơ quan bị khiếu nại, tố cáo). */
  respondentSimilarity: number | null;
  sameType: boolean;
}

export type MatchReasonKind = 'same_person' | 'similar_content' | 'same_respondent';

export interface MatchReason {
  kind: MatchReasonKind;
  /** The similarity behind the reason (1 for the same person). */
  weight: number;
  pseudonyms?: string[];
}

/** One person of an existing case found by the same-person search (by pseudonym, never identity). */
export interface PersonMatch {
  pseudonym: string;
  /**
   * The person's part in the case is secret: a denunciation (or mixed) case, or a confidential
   * record of theirs in it (Luật Tố cáo 2018 Điều 9(1)(b), Điều 47).
   */
  confidential: boolean;
  /** The viewer is the officer of one of those confidential records (at the desk, in its agency). */
  knownToViewer: boolean;
}

/** Who asks for proposals. */
export interface MatchViewer {
  /** A leader (the cases proposed are of the leader's own agency, so within their scope). */
  isLeader: boolean;
}

/**
 * Pure: the pseudonyms a "same person" reason may name. Luật Tố cáo 2018 Điều 8, Điều 9 khoản 1
 * điểm b, Điều 47: the denouncer's identity is kept from everyone without the right to read it
 * (DESIGN §7). The officer asking about a known person (typed at the desk, or found by their ID
 * number) who is told "same person as in case X" of a denunciation learns that this person
 * denounced in X: a same-person match on a confidential part is shown only to whom the vault
 * would show that identity on that record — a leader in scope, or the officer of the record
 * (domain rules of src/persons/domain/identity-access.ts). Anyone else gets no such reason, and
 * the case is proposed exactly as if the person had not been given: only when the text or
 * respondent search finds it on its own (case-matching.sql.ts applies this same rule before
 * reading any case), with the score of those alone. Approved grants are not consulted: they
 * serve investigators, not intake.
 */
export function shownPersonMatches(matches: readonly PersonMatch[], viewer: MatchViewer): string[] {
  const shown = matches.filter((m) => !m.confidential || viewer.isLeader || m.knownToViewer);
  return [...new Set(shown.map((m) => m.pseudonym))].sort();
}

/** Below these, a text match is not a reason (pg_trgm's own default is 0.3). */
export const CONTENT_THRESHOLD = 0.3;
export const RESPONDENT_THRESHOLD = 0.5;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Why a case is proposed: each signal strong enough to be a reason, strongest first. */
export function matchReasons(s: MatchSignals): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (s.sharedPseudonyms.length > 0) {
    reasons.push({ kind: 'same_person', weight: 1, pseudonyms: [...s.sharedPseudonyms] });
  }
  if (s.contentSimilarity !== null && s.contentSimilarity >= CONTENT_THRESHOLD) {
    reasons.push({ kind: 'similar_content', weight: round2(s.contentSimilarity) });
  }
  if (s.respondentSimilarity !== null && s.respondentSimilarity >= RESPONDENT_THRESHOLD) {
    reasons.push({ kind: 'same_respondent', weight: round2(s.respondentSimilarity) });
  }
  return reasons;
}

/**
 * Pure: a score in [0, 1] to rank candidates. The same person weighs most (a case is a matter of
 * the same person(s), DESIGN §2), then the content, then the respondent; the same type breaks ties.
 */
export function matchScore(s: MatchSignals): number {
  const reasons = matchReasons(s);
  if (reasons.length === 0) return 0;
  const weight = (kind: MatchReasonKind) => reasons.find((r) => r.kind === kind)?.weight ?? 0;
  const score =
    0.5 * weight('same_person') +
    0.3 * weight('similar_content') +
    0.15 * weight('same_respondent') +
    (s.sameType ? 0.05 : 0);
  return round2(Math.min(1, score));
}
