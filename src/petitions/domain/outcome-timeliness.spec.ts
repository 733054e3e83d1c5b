import { ContentType } from '../../cases/domain/case-enums';
import { Timeliness } from '../../decisions/domain/timeliness';
import { outcomeDeadline, outcomeTimeliness } from './outcome-timeliness';
import { HANDLING_OUTCOMES, HandlingOutcome as O } from './petition-enums';

// A denunciation received Monday 9/3/2026: D12 Monday 16/3 (5 working days), D11 Wednesday 18/3
// (7), D1 Monday 23/3 (10). The dates only need to differ for the rule to show.
const forwarded = {
  type: ContentType.Denunciation,
  outcome: O.Forward,
  handledOn: '2026-03-16',
  handlingDueOn: '2026-03-23',
  checkDueOn: '2026-03-18',
  transferDueOn: '2026-03-16',
};
const complaint = {
  ...forwarded,
  type: ContentType.Complaint,
  outcome: O.ProposeAcceptance,
  handledOn: '2026-03-23',
  checkDueOn: null,
  transferDueOn: null,
};

describe('a denunciation forwarded after D12 is late (Luật Tố cáo 2018 Điều 24 khoản 2; DOMAIN §11 D12)', () => {
  it('is on time when transferred on or before its D12 date (the due date counts)', () => {
    expect(outcomeTimeliness(forwarded)).toEqual({
      rule: 'D12',
      dueOn: '2026-03-16',
      timeliness: Timeliness.OnTime,
    });
    expect(outcomeTimeliness({ ...forwarded, handledOn: '2026-03-10' })?.timeliness).toBe(
      Timeliness.OnTime,
    );
  });

  it('is late when transferred the day after its D12 date, or later, though D11 and D1 still run', () => {
    expect(outcomeTimeliness({ ...forwarded, handledOn: '2026-03-17' })).toEqual({
      rule: 'D12',
      dueOn: '2026-03-16',
      timeliness: Timeliness.Late,
    });
    expect(outcomeTimeliness({ ...forwarded, handledOn: '2026-04-30' })?.timeliness).toBe(
      Timeliness.Late,
    );
  });
});

describe("a denunciation's other outcomes are judged against D11 (Luật Tố cáo 2018 Điều 24 khoản 1; DOMAIN §5.1, §11 D11)", () => {
  const others = HANDLING_OUTCOMES.filter((o) => o !== O.Forward);

  it.each(others)('%s: the preliminary handling period of 7 working days, not D1', (outcome) => {
    const onD11 = { ...forwarded, outcome, handledOn: '2026-03-18' };
    expect(outcomeTimeliness(onD11)).toEqual({
      rule: 'D11',
      dueOn: '2026-03-18',
      timeliness: Timeliness.OnTime,
    });
    // Within D1 (23/3) but after D11: late.
    expect(outcomeTimeliness({ ...onD11, handledOn: '2026-03-19' })).toEqual({
      rule: 'D11',
      dueOn: '2026-03-18',
      timeliness: Timeliness.Late,
    });
  });

  it('uses the extended D11 (10 working days) once the leader extended the check', () => {
    const extended = { ...forwarded, outcome: O.ProposeAcceptance, checkDueOn: '2026-03-23' };
    expect(outcomeTimeliness({ ...extended, handledOn: '2026-03-23' })?.timeliness).toBe(
      Timeliness.OnTime,
    );
    expect(outcomeTimeliness({ ...extended, handledOn: '2026-03-24' })?.timeliness).toBe(
      Timeliness.Late,
    );
  });

  it('falls back to D1 (TT 05/2021) when the denunciation has no D11 or D12 date', () => {
    const noLaw = { ...forwarded, checkDueOn: null, transferDueOn: null, handledOn: '2026-03-23' };
    expect(outcomeTimeliness(noLaw)).toEqual({
      rule: 'D1',
      dueOn: '2026-03-23',
      timeliness: Timeliness.OnTime,
    });
    expect(outcomeDeadline({ ...noLaw, outcome: O.File })).toEqual({
      rule: 'D1',
      dueOn: '2026-03-23',
    });
  });
});

describe('every other outcome is judged against D1 (TT 05/2021/TT-TTCP: 10 working days of receipt; DOMAIN §3.6, §11 D1)', () => {
  const otherTypes = Object.values(ContentType).filter((t) => t !== ContentType.Denunciation);
  const pairs = otherTypes.flatMap((type) => HANDLING_OUTCOMES.map((o) => [type, o] as const));

  it.each(pairs)('%s, %s: on time on D1, late the day after', (type, outcome) => {
    const onD1 = { ...complaint, type, outcome };
    expect(outcomeTimeliness(onD1)).toEqual({
      rule: 'D1',
      dueOn: '2026-03-23',
      timeliness: Timeliness.OnTime,
    });
    expect(outcomeTimeliness({ ...onD1, handledOn: '2026-03-24' })).toEqual({
      rule: 'D1',
      dueOn: '2026-03-23',
      timeliness: Timeliness.Late,
    });
  });

  it('judges a forward of a complaint or a feedback against D1, not D12', () => {
    const feedback = { ...complaint, type: ContentType.Feedback, outcome: O.Forward };
    expect(outcomeDeadline(feedback)).toEqual({ rule: 'D1', dueOn: '2026-03-23' });
    expect(outcomeDeadline({ ...feedback, type: ContentType.Complaint })?.rule).toBe('D1');
  });
});

describe('no judgement without an outcome', () => {
  it('is null for an open petition (the worklists show it as overdue instead)', () => {
    expect(outcomeDeadline({ ...forwarded, outcome: null, handledOn: null })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, outcome: null, handledOn: null })).toBeNull();
    expect(outcomeTimeliness({ ...complaint, outcome: null, handledOn: null })).toBeNull();
  });
});
