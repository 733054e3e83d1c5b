import { completedOn, type TrackedItem } from './decision-completion';
import { countDecisions, enforcementPeriodFigures } from './enforcement-period';
import {
  EnforcementType as T,
  grouped,
  landEntry,
  landItem,
  moneyEntry,
  moneyItem,
  referralEntry,
  sampleItem,
  tracked,
} from './enforcement-samples';
import { FORM_02_KQGQ_COLUMNS, formRow } from './kqgq-forms';
import type { ReportPeriod } from './report-period';
import { reopenItem } from './reopen-item';

// Statutory quarters of 2025 under TT 01/2024/TT-TTCP (15/12 → 14/3, 15/3 → 14/6, …; DOMAIN §7.1).
const Q1: ReportPeriod = { from: '2024-12-15', to: '2025-03-14' };
const Q2: ReportPeriod = { from: '2025-03-15', to: '2025-06-14' };
const Q3: ReportPeriod = { from: '2025-06-15', to: '2025-09-14' };
const Q4: ReportPeriod = { from: '2025-09-15', to: '2025-12-14' };
const YEAR: ReportPeriod = { from: '2024-12-15', to: '2025-12-14' };

const decision = (legalEffectOn: string, items: TrackedItem[]) => ({
  legalEffectOn,
  completedOn: completedOn(items),
  items,
});

describe('a complaint decision with four items completed over three periods (02/KQGQ)', () => {
  const items = [
    tracked(moneyItem(T.RecoverMoney, '100000000'), [
      moneyEntry('2025-02-01', '40000000'),
      moneyEntry('2025-04-10', '60000000'), // completes in Q2
    ]),
    tracked(sampleItem({ type: T.ReturnMoneyOrg, amount: '30000000', beneficiaries: 1 }), [
      moneyEntry('2025-02-20', '30000000'), // completes in Q1
    ]),
    tracked(landItem(T.ReturnLandPerson, '250.5', 1), [
      landEntry('2025-03-01', '100.5'),
      landEntry('2025-07-01', '150'), // completes in Q3: the decision is complete on 1/7/2025
    ]),
    tracked(sampleItem({ type: T.ReferInvestigation, persons: 2 }), [
      referralEntry('2025-05-20', { cases: 1, persons: 2, officials: 1 }), // completes in Q2
    ]),
  ];
  const d = decision('2025-01-10', items);

  it('is complete on the day its last item was', () => {
    expect(d.completedOn).toBe('2025-07-01');
  });

  it('Q1: newly effective, not complete; 40 of 100 million recovered, the organisation repaid', () => {
    expect(enforcementPeriodFigures([d], Q1)).toMatchObject({
      toImplement: 1,
      carriedOver: 0,
      newlyEffective: 1,
      completed: 0,
      completionRate: 0,
      stateMoneyToRecover: '100000000',
      stateMoneyRecovered: '40000000',
      organisationMoneyToReturn: '30000000',
      organisationMoneyReturned: '30000000',
      organisationsToRestore: 1,
      organisationsRestored: 1,
      individualLandToReturn: '250.5',
      individualLandReturned: '100.5',
      individualsToRestore: 1,
      individualsRestored: 0,
      prosecutedCases: 0,
    });
  });

  it('Q2: carried over; the remaining 60 million recovered; the referral prosecuted', () => {
    const figures = enforcementPeriodFigures([d], Q2);
    expect(figures).toMatchObject({ toImplement: 1, carriedOver: 1, completed: 0 });
    // cols 1–2 | 3–6 thu hồi: phải thu, đã thu | 7–14 trả lại: phải trả, đã trả | 15–16 | 17–19
    expect(grouped(formRow(figures, FORM_02_KQGQ_COLUMNS), [2, 4, 8, 2, 3])).toBe(
      '1 0 | 60000000 0 60000000 0 | 0 0 0 150 0 0 0 0 | 0 0 | 1 2 1',
    );
  });

  it('Q3: the last 150 m² returned, the decision completed (rate 100%)', () => {
    expect(enforcementPeriodFigures([d], Q3)).toMatchObject({
      toImplement: 1,
      carriedOver: 1,
      completed: 1,
      completionRate: 1,
      stateMoneyToRecover: '0',
      individualLandToReturn: '150',
      individualLandReturned: '150',
      individualsRestored: 1,
      prosecutedPersons: 0,
    });
  });

  it('Q4: nothing left to implement (rate null, not 0)', () => {
    expect(enforcementPeriodFigures([d], Q4)).toMatchObject({
      toImplement: 0,
      completionRate: null,
    });
  });

  it('the year adds up the quarters', () => {
    const year = enforcementPeriodFigures([d], YEAR);
    expect(year).toMatchObject({
      toImplement: 1,
      newlyEffective: 1,
      completed: 1,
      stateMoneyToRecover: '100000000',
      stateMoneyRecovered: '100000000',
      organisationMoneyReturned: '30000000',
      individualLandToReturn: '250.5',
      individualLandReturned: '250.5',
      prosecutedCases: 1,
      prosecutedPersons: 2,
      prosecutedOfficials: 1,
    });
    const quarters = [Q1, Q2, Q3, Q4].map((q) => enforcementPeriodFigures([d], q));
    const sum = (f: (x: (typeof quarters)[number]) => string) =>
      quarters.reduce((t, q) => t + Number(f(q)), 0);
    expect(sum((q) => q.stateMoneyRecovered)).toBe(100_000_000);
    expect(sum((q) => q.individualLandReturned)).toBe(250.5);
  });
});

describe('a reopened decision: the statistics show the record as corrected', () => {
  const item = moneyItem(T.RecoverMoney, '10000000');
  const paid = [moneyEntry('2025-02-01', '10000000', 'receipt-1')];

  it('before the reopening, it was completed in Q1', () => {
    const d = decision('2025-01-10', [tracked(item, paid)]);
    expect(countDecisions([d], Q1)).toMatchObject({ toImplement: 1, completed: 1 });
  });

  it('reopened in Q2 and paid again in Q3: open in Q1 and Q2, completed in Q3', () => {
    const { item: reopened } = reopenItem(item, paid, {
      on: '2025-04-02',
      actor: { officerId: 'leader-1', isLeader: true },
      reason: 'Biên lai bị Kho bạc trả lại',
      voidEntryIds: ['receipt-1'],
    });
    const open = decision('2025-01-10', [tracked(reopened, paid)]);
    expect(open.completedOn).toBeNull();
    expect(enforcementPeriodFigures([open], Q1)).toMatchObject({
      completed: 0,
      stateMoneyToRecover: '10000000',
      stateMoneyRecovered: '0',
    });
    expect(countDecisions([open], Q2)).toMatchObject({
      toImplement: 1,
      carriedOver: 1,
      completed: 0,
    });
    const repaid = [...paid, moneyEntry('2025-07-15', '10000000')];
    const done = decision('2025-01-10', [tracked(reopened, repaid)]);
    expect(done.completedOn).toBe('2025-07-15');
    expect(enforcementPeriodFigures([done], Q3)).toMatchObject({
      toImplement: 1,
      carriedOver: 1,
      completed: 1,
      stateMoneyToRecover: '10000000',
      stateMoneyRecovered: '10000000',
    });
  });
});
