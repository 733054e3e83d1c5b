import { ContentType } from '../cases/domain/case-enums';
import { arrivesWithDispatch } from '../petitions/domain/classification';
import { type HandlingDetail, handlingInputProblem } from '../petitions/domain/handling-input';
import { outcomeProblem } from '../petitions/domain/outcome-rules';
import {
  HandlingOutcome as O,
  type PetitionSource,
  PetitionStatus,
} from '../petitions/domain/petition-enums';
import { nextPetitionStatus, type PetitionAction } from '../petitions/domain/petition-status';
import { BENCH_SOURCES, BENCH_TYPES } from './month-plan';
import {
  CHECK_OF_OUTCOME,
  OUTCOME_PROFILES,
  OUTCOMES_WITH_BODY,
  outcomeMix,
  statusOfOutcome,
} from './petition-outcomes';

// The benchmark dataset must look like data the API could have produced: every outcome it
// generates is one domain/outcome-rules.ts allows for that petition (DOMAIN §3.5).

/** Every petition the generator can draw: type, source, anonymity (denunciations only). */
const drawn = BENCH_TYPES.flatMap(([type]) =>
  [...BENCH_SOURCES.map(([s]) => s), 'direct' as const].flatMap((source) =>
    (type === 'denunciation' ? [false, true] : [false]).map((anonymous) => ({
      type: type as ContentType,
      source: source as PetitionSource,
      anonymous,
    })),
  ),
);

const profileOf = (p: (typeof drawn)[number]) => ({
  type: p.type,
  anonymous: p.anonymous,
  dispatched: arrivesWithDispatch(p.source),
});

const generated = drawn.flatMap((p) =>
  outcomeMix(profileOf(p))
    .filter(([, weight]) => weight > 0)
    .map(([outcome]) => [p.type, p.source, p.anonymous, outcome] as const),
);

describe('the bench generator only records outcomes the handling rules allow', () => {
  it('draws every type and source from a profile the generator knows', () => {
    for (const p of drawn) expect(OUTCOME_PROFILES).toContainEqual(profileOf(p));
    expect(generated.length).toBeGreaterThan(100);
  });

  it('every (type, source, anonymity, outcome) drawn passes outcomeProblem, with the check it records', () => {
    const problems = generated.flatMap(([type, source, anonymous, outcome]) => {
      const check = CHECK_OF_OUTCOME[outcome];
      const problem = outcomeProblem(outcome, {
        type,
        isAnonymous: anonymous,
        source,
        isEligible: check.eligible,
        isInCompetence: check.inCompetence,
        guidedBefore: false, // every generated petition opens its own case
      });
      return problem ? [[type, source, anonymous, outcome, problem]] : [];
    });
    expect(problems).toEqual([]);
  });

  it('every outcome drawn carries the details its request needs (body, ground, notification)', () => {
    const problems = generated.flatMap(([type, source, anonymous, outcome]) => {
      const given: HandlingDetail[] = [];
      if (OUTCOMES_WITH_BODY.includes(outcome)) given.push('body');
      if (outcome === O.NotAcceptable) given.push('ground');
      const notify = type === ContentType.Denunciation && !anonymous; // Luật TC 2018 Điều 24(2)
      if (outcome === O.Forward && notify) given.push('denouncerNotifiedOn');
      const action = outcome as string as PetitionAction;
      const problem = handlingInputProblem(action, given, notify);
      return problem ? [[type, source, anonymous, outcome, problem.rule]] : [];
    });
    expect(problems).toEqual([]);
  });

  it('never guides a denunciation nor any kiến nghị, phản ánh or mixed petition (Luật TC 2018 Điều 24(2); DOMAIN §3.5)', () => {
    const guided = generated.filter(([, , , o]) => o === O.Guide).map(([type]) => type);
    expect([...new Set(guided)]).toEqual([ContentType.Complaint]);
    const forwarded = generated.filter(
      ([t, , , o]) => t === ContentType.Denunciation && o === O.Forward,
    );
    expect(forwarded.length).toBeGreaterThan(0);
  });

  it('sets the status the handling transitions give the outcome (a proposed acceptance accepted)', () => {
    for (const outcome of Object.values(O)) {
      const after = nextPetitionStatus(PetitionStatus.Checked, outcome as string as PetitionAction);
      const expected = outcome === O.ProposeAcceptance ? PetitionStatus.Accepted : after;
      expect([outcome, statusOfOutcome(outcome)]).toEqual([outcome, expected]);
    }
  });
});
