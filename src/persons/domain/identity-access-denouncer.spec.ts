import { Role } from '../../auth/role';
import {
  type GrantFacts,
  identityAccessOf,
  type IdentityViewer,
  type PersonAccessFacts,
  type ReadContext,
  type RecordLinkFacts,
} from './identity-access';
import { PersonRecordType } from './person-enums';

const NOW = new Date('2026-03-10T02:00:00Z');
const LATER = new Date(NOW.getTime() + 86_400_000);
const A = 'agency-a';
const B = 'agency-b';

const viewer = (over: Partial<IdentityViewer> = {}): IdentityViewer => ({
  id: 'viewer',
  agencyId: A,
  roles: [Role.ReceptionOfficer],
  scopeAgencyIds: [A],
  holdsIdentityRead: true,
  ...over,
});

const person = (over: Partial<PersonAccessFacts> = {}): PersonAccessFacts => ({
  agencyId: A,
  createdBy: 'recorder',
  links: [],
  grants: [],
  ...over,
});

const link = (over: Partial<RecordLinkFacts> = {}): RecordLinkFacts => ({
  agencyId: A,
  officerId: 'b',
  isConfidential: true,
  caseId: 'case-x',
  ...over,
});

const onVisit = (id: string, l: RecordLinkFacts): ReadContext => ({
  recordType: PersonRecordType.Visit,
  recordId: id,
  links: [l],
});

const grant = (over: Partial<GrantFacts> = {}): GrantFacts => ({
  recordType: PersonRecordType.Visit,
  recordId: 'visit-x',
  caseId: null,
  agencyId: A,
  expiresAt: LATER,
  ...over,
});

describe('re-attaching a denouncer gives no right (Luật Tố cáo 2018 Điều 47 khoản 1, Điều 9 khoản 1 điểm b)', () => {
  // B recorded P's denunciation; colleague C then recorded a complaint visit with P (by id).
  const denunciation = { agencyId: A, officerId: 'b', isConfidential: true };
  const cComplaint = { agencyId: A, officerId: 'c', isConfidential: false };
  const facts = person({ createdBy: 'b', links: [denunciation, cComplaint] });
  const c = viewer({ id: 'c' });
  const complaintOfC = onVisit('visit-c', link({ officerId: 'c', isConfidential: false }));

  it('the colleague who recorded the new visit reads the identity neither there nor on P’s screen', () => {
    expect(identityAccessOf(c, facts, NOW, complaintOfC)).toEqual({ visible: true, basis: null });
    expect(identityAccessOf(c, facts, NOW)).toEqual({ visible: true, basis: null });
    const handler = viewer({ id: 'c', roles: [Role.PetitionHandler] });
    expect(identityAccessOf(handler, facts, NOW).basis).toBeNull();
  });

  it('nor by recording a denunciation of their own with P', () => {
    const second = person({
      createdBy: 'b',
      links: [denunciation, { agencyId: A, officerId: 'c', isConfidential: true }],
    });
    const own = onVisit('visit-c2', link({ officerId: 'c', caseId: 'case-c' }));
    expect(identityAccessOf(c, second, NOW, own).basis).toBeNull();
  });

  it('the officer of the denunciation keeps reading it, on both visits and on P’s screen', () => {
    const b = viewer({ id: 'b' });
    const onDenunciation = onVisit('visit-b', link({ officerId: 'b' }));
    expect(identityAccessOf(b, facts, NOW, onDenunciation).basis).toBe('recorder');
    expect(identityAccessOf(b, facts, NOW, complaintOfC).basis).toBe('recorder');
    expect(identityAccessOf(b, facts, NOW).basis).toBe('recorder');
  });

  it('a leader in scope, or a grant for the new visit, still opens it', () => {
    const leader = viewer({ id: 'l', roles: [Role.Leader] });
    expect(identityAccessOf(leader, facts, NOW, complaintOfC).basis).toBe('leader_scope');
    const granted = { ...facts, grants: [grant({ recordId: 'visit-c' })] };
    expect(identityAccessOf(c, granted, NOW, complaintOfC).basis).toBe('grant');
  });

  it('a denunciation outside the viewer’s scope (they cannot open it) does not withhold it', () => {
    const elsewhere = person({
      createdBy: 'c',
      links: [{ ...denunciation, agencyId: B }, cComplaint],
    });
    expect(identityAccessOf(c, elsewhere, NOW).basis).toBe('recorder');
    expect(identityAccessOf(c, elsewhere, NOW, complaintOfC).basis).toBe('recorder');
  });
});
