import { ContentType } from '../../cases/domain/case-enums';
import { arrivesWithDispatch } from './classification';
import { HandlingOutcome as O, type PetitionSource } from './petition-enums';
import type { PetitionRule } from './petition-errors';

/** What decides whether an outcome is lawful for one petition. */
export interface OutcomeFacts {
  type: ContentType;
  isAnonymous: boolean;
  source: PetitionSource;
  /** Đủ điều kiện xử lý, as checked (null: not checked). */
  isEligible: boolean | null;
  /** Thuộc thẩm quyền, as checked (null: not checked). */
  isInCompetence: boolean | null;
  /** Another petition of the same case and type was already guided. */
  guidedBefore: boolean;
}

const T = ContentType;
const TYPES: Readonly<Record<O, readonly ContentType[]>> = {
  [O.ProposeAcceptance]: [T.Complaint, T.Denunciation], // Luật KN 2011 Điều 27; Luật TC 2018 Điều 29
  [O.ProposeResolution]: [T.Petition, T.Feedback], // TT 05/2021: kiến nghị, phản ánh in competence
  [O.NotAcceptable]: [T.Complaint], // Luật KN 2011 Điều 11 concerns complaints only
  // DOMAIN §3.5: a complaint outside competence is guided (once); a denunciation outside
  // competence is forwarded, never guided (Luật TC 2018 Điều 24(2)); 04/XLD has no guidance.
  [O.Guide]: [T.Complaint],
  [O.Forward]: [T.Complaint, T.Denunciation, T.Petition, T.Feedback],
  [O.Urge]: [T.Complaint, T.Denunciation, T.Petition, T.Feedback],
  [O.ReturnOriginals]: [T.Complaint, T.Denunciation, T.Petition, T.Feedback],
  [O.ReturnMisrouted]: Object.values(T),
  [O.ReferInvestigation]: [T.Complaint, T.Denunciation, T.Petition, T.Feedback],
  [O.ReferParty]: [T.Complaint, T.Denunciation, T.Petition, T.Feedback],
  [O.File]: Object.values(T),
};

/** Luật Tố cáo 2018 Điều 25(1): not processed as a denunciation; Điều 25(2): may be passed on. */
const ANONYMOUS_DENUNCIATION: readonly O[] = [O.File, O.Forward, O.ReferInvestigation];

/** Outcomes for a matter in the agency's competence (true) or outside it (false). */
const COMPETENCE: Partial<Record<O, boolean>> = {
  [O.ProposeAcceptance]: true,
  [O.ProposeResolution]: true,
  [O.NotAcceptable]: true,
  [O.Guide]: false, // TT 05/2021: a complaint outside competence is guided
  [O.Forward]: false, // Luật TC 2018 Điều 24(2): a denunciation outside competence is forwarded
  [O.Urge]: false, // the matter is a subordinate's
  [O.ReturnOriginals]: false,
};

function competenceProblem(outcome: O, facts: OutcomeFacts): PetitionRule | null {
  const needed = COMPETENCE[outcome];
  if (needed === undefined || facts.isInCompetence === needed) return null;
  if (outcome === O.Forward && facts.isAnonymous) return null; // Điều 25(2): for management
  return needed ? 'outcomeNeedsCompetence' : 'outcomeNeedsNoCompetence';
}

/** Luật TC 2018 Điều 24(2), 25; a return of a misrouted petition; the type's own outcomes. */
function kindProblem(outcome: O, facts: OutcomeFacts): PetitionRule | null {
  // DOMAIN §3.5: a denunciation outside competence is forwarded to the competent body within
  // 5 working days and the denouncer told (Luật TC 2018 Điều 24(2)); it is never guided.
  if (outcome === O.Guide && facts.type === T.Denunciation) return 'denunciationNotGuided';
  if (!TYPES[outcome].includes(facts.type)) return 'outcomeNotForType';
  const anonymousDenunciation = facts.type === T.Denunciation && facts.isAnonymous;
  if (anonymousDenunciation && !ANONYMOUS_DENUNCIATION.includes(outcome)) {
    return 'anonymousNotProcessed';
  }
  return null;
}

/** Only a petition another body sent (with its dispatch) goes back as misrouted. */
function misroutedProblem(facts: OutcomeFacts): PetitionRule | null {
  const misrouted = arrivesWithDispatch(facts.source) && facts.isInCompetence !== true;
  return misrouted ? null : 'misroutedNeedsForwardedSource';
}

/** Pure: why `outcome` is not lawful for this petition (a 409), or null when it is. */
export function outcomeProblem(outcome: O, facts: OutcomeFacts): PetitionRule | null {
  const kind = kindProblem(outcome, facts);
  if (kind) return kind;
  if (outcome === O.ReturnMisrouted) return misroutedProblem(facts);
  const competence = competenceProblem(outcome, facts);
  if (competence) return competence;
  const needsEligible = outcome === O.ProposeAcceptance || outcome === O.ProposeResolution;
  if (needsEligible && facts.isEligible !== true) return 'outcomeNeedsEligible';
  // TT 05/2021: guidance is given once; later copies of the same matter are filed.
  return outcome === O.Guide && facts.guidedBefore ? 'guidedBefore' : null;
}
