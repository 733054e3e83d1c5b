import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { PetitionSource, SignatoryKind } from './petition-enums';
import {
  checkDistinctSignatories,
  checkRegistration,
  type RegistrationFacts,
} from './registration-rules';

const one = { hasPersonId: true, hasIdNumber: false, hasIdentity: false };
const base: RegistrationFacts = {
  receivedOn: '2026-03-09',
  today: '2026-03-10',
  source: PetitionSource.Post,
  senderBody: null,
  dispatchNo: null,
  dispatchOn: null,
  signatoryKind: SignatoryKind.One,
  isAnonymous: false,
  signatories: [one],
  type: ContentType.Complaint,
  field: CaseField.AdminLandHousing,
  caseId: null,
  newCase: true,
};
const forwarded = {
  source: PetitionSource.ForwardedByAgency,
  senderBody: 'Sở Xây dựng',
  dispatchNo: '12/SXD',
  dispatchOn: '2026-03-05',
};

describe('registering a petition (DOMAIN §3.1–3.2; DESIGN §2 Case)', () => {
  it('accepts a complete petition', () => {
    expect(checkRegistration(base)).toBeNull();
    expect(checkRegistration({ ...base, ...forwarded })).toBeNull();
  });

  it.each([
    [{ receivedOn: '2026-03-11' }, 'receivedOn', 'receivedInFuture'],
    [{ dispatchNo: '1/CV' }, 'dispatchNo', 'dispatchOnlyWhenForwarded'],
    [{ ...forwarded, dispatchNo: null }, 'dispatchNo', 'dispatchRequired'],
    [{ ...forwarded, dispatchOn: '2026-03-10' }, 'dispatchOn', 'dispatchAfterReceipt'],
    [{ type: ContentType.Complaint, field: CaseField.Corruption }, 'field', 'fieldNotForType'],
    [{ signatories: [{ ...one, hasIdentity: true }] }, 'signatories.0', 'signatoryRefAmbiguous'],
    [{ signatories: [one, one] }, 'signatories', 'signatoriesForOne'],
    [{ isAnonymous: true }, 'signatoryKind', 'anonymousNotOther'],
    [{ newCase: false }, 'caseId', 'caseChoiceRequired'],
    [{ caseId: 'c' }, 'caseId', 'caseChoiceRequired'],
  ] as const)('refuses %j naming %s (%s)', (change, field, rule) => {
    expect(checkRegistration({ ...base, ...change })).toEqual({
      code: 'PETITION_INVALID',
      field,
      rule,
    });
  });

  it('accepts a dispatch from a deputy without requiring it', () => {
    const deputy = { ...base, source: PetitionSource.NationalAssemblyDeputy };
    expect(checkRegistration(deputy)).toBeNull();
    expect(checkRegistration({ ...deputy, dispatchNo: '3/ĐBQH' })).toBeNull();
  });

  it('refuses the same person twice among the signatories', () => {
    expect(checkDistinctSignatories(['a', 'b', 'a'])).toMatchObject({ field: 'signatories.2' });
    expect(checkDistinctSignatories(['a', 'b'])).toBeNull();
  });
});
