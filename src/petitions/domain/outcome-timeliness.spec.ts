import { ContentType } from '../../cases/domain/case-enums';
import { Timeliness } from '../../decisions/domain/timeliness';
import { outcomeTimeliness } from './outcome-timeliness';
import { HandlingOutcome as O } from './petition-enums';

const forwarded = {
  type: ContentType.Denunciation,
  outcome: O.Forward,
  handledOn: '2026-03-16',
  transferDueOn: '2026-03-16',
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

  it('is late when transferred the day after its D12 date, or later', () => {
    expect(outcomeTimeliness({ ...forwarded, handledOn: '2026-03-17' })).toEqual({
      rule: 'D12',
      dueOn: '2026-03-16',
      timeliness: Timeliness.Late,
    });
    expect(outcomeTimeliness({ ...forwarded, handledOn: '2026-04-30' })?.timeliness).toBe(
      Timeliness.Late,
    );
  });

  it('judges no other step: forwards of other types, other outcomes, open petitions', () => {
    expect(outcomeTimeliness({ ...forwarded, type: ContentType.Feedback })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, type: ContentType.Complaint })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, outcome: O.File })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, outcome: O.ReferInvestigation })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, outcome: null, handledOn: null })).toBeNull();
    expect(outcomeTimeliness({ ...forwarded, transferDueOn: null })).toBeNull();
  });
});
