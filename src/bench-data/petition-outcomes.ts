import { ContentType } from '../cases/domain/case-enums';
import { arrivesWithDispatch } from '../petitions/domain/classification';
import {
  HandlingOutcome as O,
  PetitionSource,
  PetitionStatus,
} from '../petitions/domain/petition-enums';
import { nextPetitionStatus, type PetitionAction } from '../petitions/domain/petition-status';
import { lit, weighted } from './sql-helpers';

// The handling outcomes of the generated petitions (bench_p), as data the unit test checks
// against the handling rules (domain/outcome-rules.ts, handling-input.ts, petition-status.ts):
// the dataset holds only what the API could have recorded (DOMAIN §3.5).

type Mix = readonly (readonly [O, number])[];

/**
 * The outcome mix of each type (domain/outcome-rules.ts decides what is lawful): a complaint
 * outside competence is guided, a denunciation outside competence forwarded (Luật Tố cáo 2018
 * Điều 24(2)), kiến nghị / phản ánh in competence proposed for resolution, a mixed petition (split
 * in real handling) filed here; not_acceptable is for complaints only (Luật Khiếu nại 2011 Điều 11).
 */
const MIXES: Readonly<Record<ContentType, Mix>> = {
  [ContentType.Complaint]: [
    [O.ProposeAcceptance, 22],
    [O.Guide, 32],
    [O.NotAcceptable, 9],
    [O.Forward, 12],
    [O.Urge, 4],
    [O.ReturnOriginals, 2],
    [O.ReferInvestigation, 1],
    [O.File, 18],
  ],
  [ContentType.Denunciation]: [
    [O.ProposeAcceptance, 25],
    [O.Forward, 40],
    [O.Urge, 5],
    [O.ReturnOriginals, 2],
    [O.ReferInvestigation, 4],
    [O.ReferParty, 2],
    [O.File, 22],
  ],
  [ContentType.Petition]: [
    [O.ProposeResolution, 40],
    [O.Forward, 30],
    [O.Urge, 5],
    [O.ReturnMisrouted, 3],
    [O.File, 22],
  ],
  [ContentType.Feedback]: [
    [O.ProposeResolution, 35],
    [O.Forward, 35],
    [O.Urge, 5],
    [O.ReturnMisrouted, 3],
    [O.File, 22],
  ],
  [ContentType.Mixed]: [
    [O.ReturnMisrouted, 3],
    [O.File, 97],
  ],
};

/** Luật Tố cáo 2018 Điều 25: an anonymous denunciation is filed, or passed on (25(2)). */
const ANONYMOUS_DENUNCIATION: Mix = [
  [O.File, 70],
  [O.Forward, 25],
  [O.ReferInvestigation, 5],
];

/** A class of petitions that share one outcome mix. */
export interface OutcomeProfile {
  type: ContentType;
  /** An anonymous denunciation (signatory kind `other`; Luật Tố cáo 2018 Điều 25). */
  anonymous: boolean;
  /** Arrived with another body's dispatch: only such a petition goes back as misrouted. */
  dispatched: boolean;
}

/** The outcomes (with weights) the generator chooses from for a petition of this profile. */
export function outcomeMix(p: OutcomeProfile): Mix {
  const mix =
    p.anonymous && p.type === ContentType.Denunciation ? ANONYMOUS_DENUNCIATION : MIXES[p.type];
  return p.dispatched ? mix : mix.filter(([o]) => o !== O.ReturnMisrouted);
}

/** Every profile a generated petition can have (only a denunciation is anonymous). */
export const OUTCOME_PROFILES: readonly OutcomeProfile[] = Object.values(ContentType).flatMap(
  (type) =>
    (type === ContentType.Denunciation ? [false, true] : [false]).flatMap((anonymous) =>
      [true, false].map((dispatched) => ({ type, anonymous, dispatched })),
    ),
);

/**
 * What the check recorded for a petition that got this outcome (the facts outcome-rules.ts
 * judges): eligible for handling (TT 05/2021), and within the agency's competence — proposals
 * and a non-acceptance notice are for matters in competence; guidance, forwarding, urging and
 * the return of originals for matters outside it.
 */
export const CHECK_OF_OUTCOME: Readonly<Record<O, { eligible: boolean; inCompetence: boolean }>> = {
  [O.ProposeAcceptance]: { eligible: true, inCompetence: true },
  [O.ProposeResolution]: { eligible: true, inCompetence: true },
  [O.NotAcceptable]: { eligible: false, inCompetence: true },
  [O.Guide]: { eligible: true, inCompetence: false },
  [O.Forward]: { eligible: true, inCompetence: false },
  [O.Urge]: { eligible: true, inCompetence: false },
  [O.ReturnOriginals]: { eligible: false, inCompetence: false },
  [O.ReturnMisrouted]: { eligible: false, inCompetence: false },
  [O.ReferInvestigation]: { eligible: true, inCompetence: false },
  [O.ReferParty]: { eligible: true, inCompetence: false },
  [O.File]: { eligible: true, inCompetence: true },
};

/** Outcomes whose request names a body (guided, forwarded, urged or referred to). */
export const OUTCOMES_WITH_BODY: readonly O[] = [
  O.Guide,
  O.Forward,
  O.Urge,
  O.ReferInvestigation,
  O.ReferParty,
];

/**
 * The status after the outcome, from the handling transitions (an outcome action carries its
 * outcome's code); a proposed acceptance has been taken by the resolution module (`accepted`).
 */
export function statusOfOutcome(outcome: O): PetitionStatus {
  if (outcome === O.ProposeAcceptance) return PetitionStatus.Accepted;
  const status = nextPetitionStatus(PetitionStatus.Checked, outcome as string as PetitionAction);
  if (status === null) throw new Error(`no status after ${outcome}`);
  return status;
}

const list = (values: readonly string[]) => values.map(lit).join(', ');

/** SQL: `source` arrived with another body's dispatch (domain/classification.ts). */
export const DISPATCHED_SQL = `source IN (${list(Object.values(PetitionSource).filter(arrivesWithDispatch))})`;

/** SQL: the outcome of a handled row of bench_p, by its profile (`r_outcome` decides). */
export function outcomeSql(): string {
  const whens = OUTCOME_PROFILES.map(
    (p) =>
      `WHEN type = ${lit(p.type)} AND is_anonymous = ${p.anonymous} AND (${DISPATCHED_SQL}) = ${p.dispatched}
        THEN ${weighted('r_outcome', outcomeMix(p))}`,
  );
  return `CASE WHEN NOT handled THEN NULL ${whens.join('\n      ')} END`;
}

/** SQL: `CASE outcome WHEN … THEN …` over every outcome (NULL for an open petition). */
export function byOutcomeSql(of: (o: O) => string): string {
  const whens = Object.values(O).map((o) => `WHEN ${lit(o)} THEN ${of(o)}`);
  return `(CASE outcome ${whens.join(' ')} END)`;
}
