import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import { CheckExtensionGround } from '../../petitions/domain/petition-enums';
import {
  BASE_CONDITIONS,
  type BaseCondition,
  evaluateDenunciationAcceptance,
} from './denunciation-acceptance';
import { openingPrelimCheck, type PetitionStageExtension } from './denunciation-prelim-opening';
import {
  DenunciationAction as A,
  DenunciationKind,
  DenunciationStatus as S,
  nextDenunciationStatus,
} from './denunciation-status';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2026].flatMap(defaultCalendarForYear)),
};
const MET = Object.fromEntries(BASE_CONDITIONS.map((c) => [c, true])) as Record<
  BaseCondition,
  boolean
>;
const atPetition: PetitionStageExtension = {
  ground: CheckExtensionGround.Delegated,
  decidedBy: '6f1c2a9e-0000-4000-8000-000000000001',
  decidedAt: '2026-02-24T03:00:00.000Z',
};

/** The proceeding as opened, then moved into its preliminary check (POST /denunciations). */
function opened(fromPetition: PetitionStageExtension | null) {
  const { prelimExtended } = openingPrelimCheck(fromPetition);
  const received = { status: S.Received, kind: DenunciationKind.First, resumeTo: null };
  return nextDenunciationStatus({ ...received, prelimExtended }, A.StartPrelimCheck, {}).state;
}

function secondExtension(state: ReturnType<typeof opened>) {
  try {
    nextDenunciationStatus(state, A.ExtendPrelimCheck, {});
  } catch (error) {
    const e = error as { httpStatus: number; code: string; errors: { field: string }[] };
    return { status: e.httpStatus, code: e.code, fields: e.errors.map((x) => x.field) };
  }
  return null;
}

describe('an extension of the preliminary check at the petition stage is the proceeding’s one extension (Luật Tố cáo 2018 Điều 24 khoản 1)', () => {
  it('opens extended, recording the ground and the leader who decided it', () => {
    expect(openingPrelimCheck(atPetition)).toEqual({
      prelimExtended: true,
      extension: { stage: 'petition', ...atPetition },
      record: {
        stage: 'petition',
        ground: CheckExtensionGround.Delegated,
        decidedBy: atPetition.decidedBy,
        decidedOn: '2026-02-24',
      },
    });
  });

  it('keeps the Vietnamese day of the decision (UTC+7), not the UTC one', () => {
    const lateEvening = { ...atPetition, decidedAt: '2026-02-24T18:30:00.000Z' };
    expect(openingPrelimCheck(lateEvening).record?.decidedOn).toBe('2026-02-25');
    const unknown = { ground: null, decidedBy: null, decidedAt: null };
    expect(openingPrelimCheck(unknown).record).toEqual({
      stage: 'petition',
      ground: null,
      decidedBy: null,
      decidedOn: null,
    });
  });

  it('opens with the 7 working days, nothing recorded, when the petition was not extended', () => {
    expect(openingPrelimCheck(null)).toEqual({
      prelimExtended: false,
      extension: null,
      record: null,
    });
  });

  it('keeps the extension through the start of the check and refuses a second one (409)', () => {
    const state = opened(atPetition);
    expect(state).toMatchObject({ status: S.PrelimCheck, prelimExtended: true });
    expect(secondExtension(state)).toEqual({
      status: 409,
      code: 'DENUNCIATION_EXTENSION_LIMIT',
      fields: ['prelimExtended'],
    });
    expect(secondExtension(opened(null))).toBeNull();
  });

  // Thu 12/02: 7 working days end Mon 02/03 (Tết skipped); extended, 10 end Thu 05/03.
  it.each([
    ['extended at the petition stage', '2026-03-05', 'on_time', atPetition],
    ['extended at the petition stage', '2026-03-06', 'late', atPetition],
    ['not extended', '2026-03-05', 'late', null],
  ])('judges the acceptance against D11 as opened (%s) on %s: %s', (_, today, timeliness, from) => {
    const { prelimExtended } = opened(from);
    const evaluation = evaluateDenunciationAcceptance({
      ...source,
      conditions: MET,
      receivedOn: '2026-02-12',
      prelimExtended,
      today,
    });
    expect(evaluation.prelimDueOn).toBe(from ? '2026-03-05' : '2026-03-02');
    expect(evaluation.acceptanceTimeliness).toBe(timeliness);
  });
});
