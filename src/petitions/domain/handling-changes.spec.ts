import { ContentType } from '../../cases/domain/case-enums';
import {
  type HandledPetition,
  handlingChanges,
  handlingDayOf,
  repeatsOutcome,
} from './handling-changes';
import {
  CheckExtensionGround,
  HandlingOutcome,
  PetitionSource,
  SignatoryKind,
} from './petition-enums';
import { PetitionAction as A } from './petition-status';

const complaint: HandledPetition = {
  type: ContentType.Complaint,
  isAnonymous: false,
  source: PetitionSource.Post,
  isEligible: true,
  isInCompetence: true,
  guidedBefore: false,
  receivedOn: '2026-03-09',
  signatoryKind: SignatoryKind.One,
  checkExtended: false,
  outcome: null,
  handledOn: null,
};
const all = {
  vietnamese: true,
  dated: true,
  identified: true,
  signed: true,
  contentClear: true,
  notHandledBefore: true,
};
const today = '2026-03-10';

describe('what a handling action records on the petition (TT 05/2021/TT-TTCP)', () => {
  it('records the check item by item, eligibility and competence', () => {
    const r = handlingChanges(complaint, {
      action: A.Check,
      today,
      items: { ...all, signed: false },
      inCompetence: false,
    });
    expect(r).toEqual({
      ok: true,
      set: {
        eligibility: { ...all, signed: false },
        is_eligible: false,
        is_in_competence: false,
        resolution_status: null,
        outcome_note: null,
      },
    });
  });

  it('refuses a check with a condition unanswered, naming it', () => {
    const r = handlingChanges(complaint, { action: A.Check, today, items: {}, inCompetence: true });
    expect(r).toMatchObject({
      ok: false,
      v: { field: 'items.vietnamese', rule: 'checkItemsMissing' },
    });
  });

  it('records an outcome with its day, body and ground', () => {
    const r = handlingChanges(complaint, {
      action: A.NotAcceptable,
      today,
      ground: 'not_signed' as never,
    });
    expect(r).toMatchObject({
      ok: true,
      set: {
        outcome: HandlingOutcome.NotAcceptable,
        handled_on: today,
        not_acceptable_ground: 'not_signed',
      },
    });
  });

  it('refuses an outcome the rules forbid (409)', () => {
    const r = handlingChanges(complaint, { action: A.Guide, today, body: 'Tòa án' });
    expect(r).toMatchObject({
      ok: false,
      v: { code: 'PETITION_OUTCOME_NOT_ALLOWED', rule: 'outcomeNeedsNoCompetence' },
    });
  });

  it('refuses a denouncer notified before the petition was received or in the future', () => {
    const denunciation = { ...complaint, type: ContentType.Denunciation, isInCompetence: false };
    for (const day of ['2026-03-08', '2026-03-11']) {
      const r = handlingChanges(denunciation, {
        action: A.Forward,
        today,
        body: 'Sở',
        denouncerNotifiedOn: day,
      });
      expect(r).toMatchObject({ ok: false, v: { field: 'denouncerNotifiedOn' } });
    }
  });

  it('extends the denunciation check once, on a ground of Luật TC 2018 Điều 24(1)', () => {
    const denunciation = { ...complaint, type: ContentType.Denunciation };
    const extend = {
      action: A.ExtendCheck,
      today,
      extensionGround: CheckExtensionGround.SeveralPlaces,
    };
    expect(handlingChanges(denunciation, extend)).toEqual({
      ok: true,
      set: { check_extended: true },
    });
    expect(
      handlingChanges(denunciation, { ...extend, extensionGround: CheckExtensionGround.Delegated }),
    ).toEqual({ ok: true, set: { check_extended: true } });
    expect(handlingChanges({ ...denunciation, checkExtended: true }, extend)).toMatchObject({
      ok: false,
      v: { rule: 'extensionUsed' },
    });
    expect(handlingChanges(complaint, extend)).toMatchObject({
      ok: false,
      v: { rule: 'extensionNotForType' },
    });
    // Only when checks are needed at several places or delegated: the ground is required.
    expect(handlingChanges(denunciation, { action: A.ExtendCheck, today })).toMatchObject({
      ok: false,
      v: { code: 'PETITION_INVALID', field: 'ground', rule: 'extensionGroundRequired' },
    });
  });

  // TT 05/2021/TT-TTCP: a petition is handled once (within D1); forms 01–04/XLD count it in the
  // period of that day (DOMAIN §3.5, §7.2). A later urging letter (đôn đốc) follows it up.
  it('keeps the day a petition was handled when it is urged again later', () => {
    const outside = { ...complaint, isInCompetence: false };
    const first = handlingChanges(outside, { action: A.Urge, today, body: 'UBND phường' });
    expect(first).toMatchObject({ ok: true, set: { outcome: 'urge', handled_on: today } });

    const urged = { ...outside, outcome: HandlingOutcome.Urge, handledOn: today };
    const later = '2026-06-16'; // another statistics period (TT 01/2024: quý III from 15/6)
    const again = handlingChanges(urged, { action: A.Urge, today: later, body: 'UBND quận' });
    expect(again).toEqual({
      ok: true,
      set: {
        outcome: HandlingOutcome.Urge,
        handled_on: today, // not `later`: the petition stays in the period it was handled in
        outcome_body: 'UBND quận', // the latest letter's addressee
        not_acceptable_ground: null,
        outcome_note: null,
        denouncer_notified_on: null,
      },
    });
  });

  it('tells a repeated outcome from a first one', () => {
    const urged = { outcome: HandlingOutcome.Urge, handledOn: '2026-03-10' };
    expect(repeatsOutcome(urged, HandlingOutcome.Urge)).toBe(true);
    expect(handlingDayOf(urged, HandlingOutcome.Urge, '2026-06-16')).toBe('2026-03-10');
    const fresh = { outcome: null, handledOn: null };
    expect(repeatsOutcome(fresh, HandlingOutcome.Urge)).toBe(false);
    expect(handlingDayOf(fresh, HandlingOutcome.Urge, '2026-06-16')).toBe('2026-06-16');
    // Imported data may carry an outcome without a day: the step's day is then recorded.
    const undated = { outcome: HandlingOutcome.Urge, handledOn: null };
    expect(handlingDayOf(undated, HandlingOutcome.Urge, '2026-06-16')).toBe('2026-06-16');
  });

  it('refuses a reply dated before the petition was received', () => {
    expect(
      handlingChanges(complaint, { action: A.RecordReply, today, replyOn: '2026-03-01' }),
    ).toMatchObject({
      ok: false,
      v: { field: 'reply.replyOn' },
    });
    expect(handlingChanges(complaint, { action: A.RecordReply, today, replyOn: today })).toEqual({
      ok: true,
      set: {},
    });
  });
});
