import { roundPercent } from '../statistics/domain/rates';
import { HANOI_2017 } from './published-figures';
import { buildScenarioPlan, splitAmount } from './scenario-plan';

// DOMAIN.md §9.1: the Hà Nội 2017 figures, and DESIGN §5: in competence = carried over + accepted,
// resolved = by decision + by withdrawal, completion = completed ÷ decisions to implement.

describe('the Hà Nội 2017 scenario plan at scale 1', () => {
  const plan = buildScenarioPlan(1);

  it('holds the published counts', () => {
    expect(plan.visits).toMatchObject({ total: 33_797, delegations: 479 });
    expect(plan.petitions.received).toBe(33_114);
    expect(plan.complaints).toMatchObject({ inCompetence: 2_348, resolved: 1_911 });
    expect(plan.denunciations).toMatchObject({ inCompetence: 801, resolved: 554 });
    expect(plan.enforcement).toMatchObject({ toImplement: 426, completed: 292 });
  });

  it('adds up: carried over + accepted, decided + withdrawn, carried + newly effective', () => {
    const k = plan.complaints;
    expect(k.carriedOver + k.accepted).toBe(k.inCompetence);
    expect(k.decided + k.withdrawn).toBe(k.resolved);
    const t = plan.denunciations;
    expect(t.carriedOver + t.accepted).toBe(t.inCompetence);
    expect(t.concluded + t.withdrawn).toBe(t.resolved);
    const e = plan.enforcement;
    expect(e.carriedOver + e.newlyEffective).toBe(e.toImplement);
    expect(e.completedCarried + e.completedNew).toBe(e.completed);
    expect(plan.petitions.registered + plan.visits.receivedForHandling).toBe(33_114);
  });

  it('rounds to the published rates 81,4 %, 69,2 % and 68,54 %', () => {
    const rate = (a: number, b: number) => roundPercent(a / b, 1);
    expect(rate(plan.complaints.resolved, plan.complaints.inCompetence)).toBe(81.4);
    expect(rate(plan.denunciations.resolved, plan.denunciations.inCompetence)).toBe(69.2);
    expect(roundPercent(plan.enforcement.completed / plan.enforcement.toImplement, 2)).toBe(68.54);
  });

  it('recovers 2,6 tỷ đồng and 2.982 m², returns 7,02 tỷ and 840 m², disciplines 64 + 61, refers 4', () => {
    const m = plan.measures;
    expect(m.recoverMoney.total).toBe(HANOI_2017.moneyToState);
    expect(m.recoverLand.total).toBe(2_982n);
    expect(m.returnMoney.total).toBe(7_020_000_000n);
    expect(m.returnLand.total).toBe(840n);
    expect(m.disciplineOrg.total).toBe(64n);
    expect(m.disciplinePerson.total).toBe(61n);
    expect(m.referral).toEqual({ count: 4, total: 4n });
  });
});

describe('a reduced scale keeps the structure', () => {
  it.each([0.02, 0.1, 0.5])('scale %s: parts add up and nothing is negative', (scale) => {
    const p = buildScenarioPlan(scale);
    expect(p.complaints.carriedOver + p.complaints.accepted).toBe(p.complaints.inCompetence);
    expect(p.complaints.resolved).toBeLessThanOrEqual(p.complaints.inCompetence);
    expect(p.enforcement.completed).toBeLessThanOrEqual(p.enforcement.toImplement);
    expect(p.petitions.registered).toBeGreaterThan(0);
    expect(p.measures.referral.total).toBeGreaterThanOrEqual(1n);
  });

  it('refuses a scale outside (0, 1]', () => {
    expect(() => buildScenarioPlan(0)).toThrow();
    expect(() => buildScenarioPlan(1.5)).toThrow();
  });
});

describe('splitAmount', () => {
  it('splits into positive parts that sum to the total', () => {
    expect(splitAmount(10n, 3)).toEqual([3n, 3n, 4n]);
    expect(() => splitAmount(2n, 3)).toThrow();
  });
});
