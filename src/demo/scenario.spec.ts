import { ACTIVE_2017, CARRIED_2016 } from './published-figures';
import { buildScenario } from './scenario';

// The scenario's records: every 2017 act between 2/1 and 15/12/2017 (so that the statutory year
// of TT 03/2013, 16/12/2016–15/12/2017, and the calendar year hold the same records), every
// carried-over acceptance before 16/12/2016.

describe('the Hà Nội 2017 scenario at full scale', () => {
  const s = buildScenario(1);
  const complaints = s.proceedings.filter((p) => p.type === 'complaint');
  const resolvedIn2017 = complaints.filter((p) => p.end && p.end.on >= ACTIVE_2017.first);
  const inCompetence = complaints.filter((p) => !p.end || p.end.on >= ACTIVE_2017.first);

  it('allocates every record to a unit, and the per-unit counts sum to the published totals', () => {
    const perUnit = s.units.map((_, u) => s.visits.filter((v) => v.unit === u).length);
    const viaVisit = s.proceedings.filter((p) => p.via === 'visit').length;
    expect(perUnit.reduce((a, b) => a + b, 0) + viaVisit).toBe(33_797);
    const viaPost = s.proceedings.filter(
      (p) => p.via === 'post' && p.acceptedOn >= ACTIVE_2017.first,
    ).length;
    const handedOver = s.visits.filter((v) => v.outcome === 'received_for_handling').length;
    expect(s.petitions.length + viaPost + handedOver + viaVisit).toBe(33_114);
    expect(s.visits.filter((v) => v.persons >= 5)).toHaveLength(479);
    expect(s.proceedings.every((p) => p.unit >= 1)).toBe(true); // never the reception board
  });

  it('gives bigger districts more records', () => {
    const count = (code: string) => {
      const u = s.units.findIndex((x) => x.code === code);
      return s.visits.filter((v) => v.unit === u).length;
    };
    expect(count('HN-Q-HOANGMAI')).toBeGreaterThan(count('HN-Q-HOANKIEM'));
  });

  it('has 2.348 complaints in competence of which 1.911 resolved in the period', () => {
    expect(inCompetence).toHaveLength(2_348);
    expect(resolvedIn2017).toHaveLength(1_911);
  });

  it('dates 2017 acts inside 2/1–15/12/2017 and carried-over acceptances before 16/12/2016', () => {
    for (const p of s.proceedings) {
      const first = p.acceptedOn >= ACTIVE_2017.first ? ACTIVE_2017.first : CARRIED_2016.first;
      expect(p.acceptedOn >= first && p.acceptedOn <= ACTIVE_2017.last).toBe(true);
      if (p.acceptedOn < ACTIVE_2017.first) expect(p.acceptedOn <= CARRIED_2016.last).toBe(true);
      if (p.end) expect(p.end.on > p.acceptedOn && p.end.on <= ACTIVE_2017.last).toBe(true);
    }
    expect(s.visits.every((v) => v.day >= ACTIVE_2017.first && v.day <= ACTIVE_2017.last)).toBe(
      true,
    );
  });

  it('sends repeat visits back to an earlier visit of the same unit', () => {
    const repeats = s.visits.filter((v) => v.repeatOf !== null);
    expect(repeats.length).toBeGreaterThan(3_000);
    for (const v of repeats) {
      const prior = s.visits[v.repeatOf!]!;
      expect(prior.unit).toBe(v.unit);
      expect(prior.day < v.day).toBe(true);
    }
  });

  it('is the same scenario on every run', () => {
    expect(buildScenario(0.02)).toEqual(buildScenario(0.02));
  });
});
