import { RefusalGround, VisitOutcome } from './reception-enums';
import { checkOutcome, type OutcomeFacts } from './visit-outcome';

const facts = (over: Partial<OutcomeFacts>): OutcomeFacts => ({
  outcome: VisitOutcome.Explained,
  refusalGround: null,
  refusalNotice: null,
  visitOn: '2026-03-10',
  guidedTo: null,
  guidanceReason: null,
  forwardedTo: null,
  ...over,
});
const notice = { number: '12/TB-UBND', issuedOn: '2026-02-01' };

describe('refusal to receive: Luật Tiếp công dân 2013 Điều 9', () => {
  it.each([
    [
      'a refusal without a ground',
      facts({ outcome: VisitOutcome.Refused }),
      'refusalGround',
      'refusalGroundRequired',
    ],
    [
      'a ground without a refusal',
      facts({ refusalGround: RefusalGround.Incapacitated }),
      'refusalGround',
      'refusalGroundNotAllowed',
    ],
    [
      'ground 1 (incapacitated) without a notice',
      facts({ outcome: VisitOutcome.Refused, refusalGround: RefusalGround.Incapacitated }),
      null,
      null,
    ],
    [
      'ground 2 (threatening) with a notice',
      facts({
        outcome: VisitOutcome.Refused,
        refusalGround: RefusalGround.ThreateningOrDisruptive,
        refusalNotice: notice,
      }),
      'refusalNotice',
      'refusalNoticeNotAllowed',
    ],
  ])('%s → %s %s', (_title, f, field, rule) => {
    const v = checkOutcome(f);
    expect(v ? [v.field, v.rule] : [null, null]).toEqual([field, rule]);
  });

  describe('Điều 9 khoản 3: a matter already resolved needs the head’s refusal notice', () => {
    const refused = facts({
      outcome: VisitOutcome.Refused,
      refusalGround: RefusalGround.RepeatedResolvedMatter,
    });

    it('refuses without the notice', () => {
      expect(checkOutcome(refused)).toMatchObject({
        field: 'refusalNotice',
        rule: 'refusalNoticeRequired',
      });
    });

    it('accepts a notice issued before or on the day of the visit', () => {
      expect(checkOutcome({ ...refused, refusalNotice: notice })).toBeNull();
      const sameDay = { ...notice, issuedOn: '2026-03-10' };
      expect(checkOutcome({ ...refused, refusalNotice: sameDay })).toBeNull();
    });

    it('refuses a notice dated after the visit', () => {
      const later = { ...notice, issuedOn: '2026-03-11' };
      expect(checkOutcome({ ...refused, refusalNotice: later })).toMatchObject({
        field: 'refusalNotice.issuedOn',
        rule: 'refusalNoticeAfterVisit',
      });
    });
  });
});

describe('outcomes of a visit (DOMAIN.md §2.5): where the citizen is guided or the matter forwarded', () => {
  it.each([
    [facts({ outcome: VisitOutcome.Guided }), 'guidedTo', 'guidedToRequired'],
    [facts({ outcome: VisitOutcome.Guided, guidedTo: 'UBND phường Ba Đình' }), null, null],
    [facts({ outcome: VisitOutcome.Forwarded }), 'forwardedTo', 'forwardedToRequired'],
    [facts({ outcome: VisitOutcome.Forwarded, forwardedTo: 'Công an TP' }), null, null],
    [facts({ guidedTo: 'UBND phường Ba Đình' }), 'guidedTo', 'notForThisOutcome'],
    [facts({ forwardedTo: 'Công an TP' }), 'forwardedTo', 'notForThisOutcome'],
    [
      facts({ guidanceReason: 'Thuộc thẩm quyền cấp phường' }),
      'guidanceReason',
      'notForThisOutcome',
    ],
  ])('%o → %s %s', (f, field, rule) => {
    const v = checkOutcome(f);
    expect(v ? [v.field, v.rule] : [null, null]).toEqual([field, rule]);
  });
});
