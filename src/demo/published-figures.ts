// The Hà Nội 2017 figures the demo scenario reproduces (DOMAIN.md §9.1: a 2018 UBND Hà Nội
// decision, TT 03/2013 regime). Money in whole đồng, land in m².

export const HANOI_2017 = {
  visits: 33_797,
  delegations: 479,
  petitionsReceived: 33_114,
  complaints: { inCompetence: 2_348, resolved: 1_911 },
  denunciations: { inCompetence: 801, resolved: 554 },
  complaintDecisions: { toImplement: 426, completed: 292 },
  moneyToState: 2_600_000_000n,
  landToState: 2_982n,
  moneyReturned: 7_020_000_000n,
  landReturned: 840n,
  collectivesDisciplined: 64,
  individualsDisciplined: 61,
  referredToInvestigationCases: 4,
} as const;

/** Every 2017 act is dated in [first, last]: inside both the calendar year and TT 03/2013's 16/12–15/12. */
export const ACTIVE_2017 = { first: '2017-01-02', last: '2017-12-15' } as const;
/** Carried-over matters (accepted, taking effect) are dated before 16/12/2016. */
export const CARRIED_2016 = { first: '2016-05-02', last: '2016-12-15' } as const;
