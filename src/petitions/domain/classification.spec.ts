import { CaseField as F, ContentType as T } from '../../cases/domain/case-enums';
import {
  arrivesWithDispatch,
  dispatchRequired,
  isFieldAllowed,
  signatoryProblem,
} from './classification';
import { PetitionSource as S, SignatoryKind as K } from './petition-enums';

describe('classification axes per type (DOMAIN §3.2: forms 02/XLD, 03/XLD, 04/XLD)', () => {
  it.each([
    [T.Denunciation, F.Corruption, true],
    [T.Denunciation, F.AdminCivilService, true],
    [T.Complaint, F.Corruption, false],
    [T.Complaint, F.AdminCivilService, false],
    [T.Complaint, F.PartyMassOrg, true],
    [T.Petition, F.AdminLandHousing, true],
    [T.Feedback, F.PartyMassOrg, false],
    [T.Mixed, F.Corruption, true],
  ])('%s in field %s: %s', (type, field, allowed) => {
    expect(isFieldAllowed(type, field)).toBe(allowed);
  });
});

describe('signatories (01/XLD columns 2–7: many, one, other)', () => {
  it.each([
    [K.One, 1, false, null],
    [K.One, 2, false, 'signatoriesForOne'],
    [K.Many, 2, false, null],
    [K.Many, 1, false, 'signatoriesForMany'],
    [K.Other, 0, false, null],
    [K.Other, 3, false, null],
    [K.Other, 0, true, null],
    [K.Other, 1, true, 'anonymousHasSignatories'],
    [K.One, 0, true, 'anonymousNotOther'],
  ] as const)('%s with %i signatories (anonymous %s) → %s', (kind, count, anonymous, problem) => {
    expect(signatoryProblem(kind, count, anonymous)).toBe(problem);
  });
});

describe('sources that arrive with a dispatch (DOMAIN §3.1)', () => {
  it.each([
    [S.ForwardedByAgency, true, true],
    [S.NationalAssemblyDeputy, true, false],
    [S.FatherlandFront, true, false],
    [S.Press, true, false],
    [S.Post, false, false],
    [S.Direct, false, false],
  ])('%s: dispatch %s, required %s', (source, arrives, required) => {
    expect(arrivesWithDispatch(source)).toBe(arrives);
    expect(dispatchRequired(source)).toBe(required);
  });
});
