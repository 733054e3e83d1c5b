import { ContentType } from '../../cases/domain/case-enums';
import { assessEligibility, EligibilityItem as I, requiredEligibilityItems } from './eligibility';
import { SignatoryKind } from './petition-enums';

const all = {
  vietnamese: true,
  dated: true,
  identified: true,
  signed: true,
  contentClear: true,
  notHandledBefore: true,
};

describe('conditions for processing a petition, checked item by item (TT 05/2021/TT-TTCP; DOMAIN §3.3)', () => {
  it('is eligible when every condition is met', () => {
    expect(assessEligibility(ContentType.Feedback, SignatoryKind.One, all)).toEqual({
      required: Object.keys(all),
      missing: [],
      failed: [],
      eligible: true,
    });
  });

  it('is not eligible when one condition fails (e.g. not signed: Luật KN 2011 Điều 8(2))', () => {
    const assessed = assessEligibility(ContentType.Complaint, SignatoryKind.One, {
      ...all,
      signed: false,
    });
    expect(assessed).toMatchObject({ failed: [I.Signed], eligible: false });
  });

  it('names the conditions not answered', () => {
    const { signed: _s, dated: _d, ...partial } = all;
    expect(assessEligibility(ContentType.Complaint, SignatoryKind.One, partial).missing).toEqual([
      I.Dated,
      I.Signed,
    ]);
  });

  it('asks a complaint of several persons for their representatives (NĐ 124/2020 Điều 7)', () => {
    expect(requiredEligibilityItems(ContentType.Complaint, SignatoryKind.Many)).toContain(
      I.RepresentativesAppointed,
    );
    expect(requiredEligibilityItems(ContentType.Denunciation, SignatoryKind.Many)).not.toContain(
      I.RepresentativesAppointed,
    );
    const assessed = assessEligibility(ContentType.Complaint, SignatoryKind.Many, all);
    expect(assessed).toMatchObject({ missing: [I.RepresentativesAppointed], eligible: false });
  });
});
