import { Role } from '../../auth/role';
import {
  accessDecisionRefusal,
  type GrantFacts,
  identityAccessOf,
  type IdentityViewer,
  isConfidentialContext,
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

const denounced = (officerId: string): PersonAccessFacts =>
  person({ links: [{ agencyId: A, officerId, isConfidential: true }] });

const link = (over: Partial<RecordLinkFacts> = {}): RecordLinkFacts => ({
  agencyId: A,
  officerId: 'b',
  isConfidential: true,
  caseId: 'case-x',
  ...over,
});

/** A visit's screen: the person's link to it (confidential unless said otherwise). */
const onVisit = (id: string, ...links: RecordLinkFacts[]): ReadContext => ({
  recordType: PersonRecordType.Visit,
  recordId: id,
  links: links.length > 0 ? links : [link()],
});

const grant = (over: Partial<GrantFacts> = {}): GrantFacts => ({
  recordType: PersonRecordType.Visit,
  recordId: 'visit-x',
  caseId: null,
  agencyId: A,
  expiresAt: LATER,
  ...over,
});

describe('who reads an identity (DESIGN.md §7; Luật Tố cáo 2018 Điều 9(1)(b), Điều 47)', () => {
  it('the officer who recorded the person reads it, while still in the recording agency', () => {
    expect(identityAccessOf(viewer({ id: 'recorder' }), person(), NOW)).toEqual({
      visible: true,
      basis: 'recorder',
    });
    const moved = viewer({ id: 'recorder', agencyId: B, scopeAgencyIds: [B] });
    expect(identityAccessOf(moved, person(), NOW)).toEqual({ visible: true, basis: null });
  });

  it('a leader whose scope covers the recording agency or a linked record reads it', () => {
    const leader = viewer({ roles: [Role.Leader], scopeAgencyIds: ['city', A] });
    expect(identityAccessOf(leader, person(), NOW).basis).toBe('leader_scope');
    const linked = person({
      agencyId: 'elsewhere',
      links: [{ agencyId: A, officerId: null, isConfidential: false }],
    });
    expect(identityAccessOf(leader, linked, NOW).basis).toBe('leader_scope');
  });

  it('a leader outside that scope does not even see the person (404)', () => {
    const leader = viewer({ roles: [Role.Leader], agencyId: B, scopeAgencyIds: [B] });
    expect(identityAccessOf(leader, person(), NOW)).toEqual({ visible: false, basis: null });
  });

  it('the officer who handles a linked record reads it', () => {
    const facts = person({ links: [{ agencyId: A, officerId: 'handler', isConfidential: false }] });
    expect(
      identityAccessOf(viewer({ id: 'handler', roles: [Role.PetitionHandler] }), facts, NOW).basis,
    ).toBe('handler');
  });

  it('a desk officer of the same agency who neither recorded nor handles it sees only the pseudonym', () => {
    expect(identityAccessOf(viewer({ id: 'colleague' }), person(), NOW)).toEqual({
      visible: true,
      basis: null,
    });
  });

  it('a desk officer of another agency does not see the person at all', () => {
    const other = viewer({ id: 'other', agencyId: B, scopeAgencyIds: [B] });
    expect(identityAccessOf(other, person(), NOW).visible).toBe(false);
  });
});

describe('on a confidential record only that record decides (DESIGN.md §7; Luật Tố cáo Điều 9, 56)', () => {
  // P was recorded by officer A for a complaint; officer B recorded a denunciation visit with P.
  const facts = person({
    createdBy: 'a',
    links: [
      { agencyId: A, officerId: 'a', isConfidential: false },
      { agencyId: A, officerId: 'b', isConfidential: true },
    ],
  });
  const denunciationVisit = onVisit('visit-y', link({ officerId: 'b', caseId: 'case-y' }));
  const complaintVisit = onVisit('visit-c', link({ officerId: 'a', isConfidential: false }));

  it('is confidential for a denunciation record, or when the person’s link to it is', () => {
    expect(isConfidentialContext(denunciationVisit)).toBe(true);
    expect(isConfidentialContext(complaintVisit)).toBe(false);
    const proceeding = {
      recordType: PersonRecordType.Denunciation,
      recordId: 'd',
      links: [link({ isConfidential: false })],
    };
    expect(isConfidentialContext(proceeding)).toBe(true);
  });

  it('the officer who recorded P for another record reads it nowhere once P denounced to B', () => {
    const a = viewer({ id: 'a' });
    expect(identityAccessOf(a, facts, NOW, denunciationVisit)).toEqual({
      visible: true,
      basis: null,
    });
    // Điều 47(1): on their own complaint either, nor on P's screen — P's id is on B's record.
    expect(identityAccessOf(a, facts, NOW, complaintVisit).basis).toBeNull();
    expect(identityAccessOf(a, facts, NOW).basis).toBeNull();
  });

  it('the officer who recorded the denunciation reads it there, while in its agency', () => {
    expect(identityAccessOf(viewer({ id: 'b' }), facts, NOW, denunciationVisit).basis).toBe(
      'handler',
    );
    const moved = viewer({ id: 'b', agencyId: B, scopeAgencyIds: [B] });
    expect(identityAccessOf(moved, facts, NOW, denunciationVisit).basis).toBeNull();
  });

  it('calls it "recorder" when that officer also registered the person', () => {
    const own = person({
      createdBy: 'b',
      links: [{ agencyId: A, officerId: 'b', isConfidential: true }],
    });
    expect(identityAccessOf(viewer({ id: 'b' }), own, NOW, denunciationVisit).basis).toBe(
      'recorder',
    );
  });

  it('a leader reads it only when their scope covers that record’s agency', () => {
    const onB = onVisit('visit-b', link({ agencyId: B }));
    const leaderA = viewer({ roles: [Role.Leader], scopeAgencyIds: [A] });
    // The person's other links lie in A: that no longer opens the denunciation recorded in B.
    expect(identityAccessOf(leaderA, facts, NOW, onB)).toEqual({ visible: true, basis: null });
    expect(identityAccessOf(leaderA, facts, NOW, denunciationVisit).basis).toBe('leader_scope');
  });

  it('an investigator handling the denunciation still needs a grant (Điều 56)', () => {
    const inv = viewer({ id: 'b', roles: [Role.Investigator] });
    expect(identityAccessOf(inv, facts, NOW, denunciationVisit).basis).toBeNull();
  });

  it('a record the person is not linked to gives no right when it is a denunciation', () => {
    const unlinked = { recordType: PersonRecordType.Denunciation, recordId: 'd', links: [] };
    expect(identityAccessOf(viewer({ id: 'b' }), facts, NOW, unlinked).basis).toBeNull();
  });
});

describe('investigators work on redacted copies (Luật Tố cáo 2018 Điều 56)', () => {
  const investigator = viewer({ id: 'inv', roles: [Role.Investigator] });
  const visitX = onVisit('visit-x', link({ caseId: 'case-x' }));
  const visitY = onVisit('visit-y', link({ caseId: 'case-y' }));

  it('an investigator of the agency sees the pseudonym but not the identity without a grant', () => {
    expect(identityAccessOf(investigator, person(), NOW)).toEqual({ visible: true, basis: null });
  });

  it('handling a denunciation does not reveal the denouncer to its investigator', () => {
    expect(identityAccessOf(investigator, denounced('inv'), NOW).basis).toBeNull();
    const desk = viewer({ id: 'desk', roles: [Role.PetitionHandler] });
    expect(identityAccessOf(desk, denounced('desk'), NOW).basis).toBe('handler');
  });

  it('a grant opens the record it names, and no other', () => {
    const granted = person({ grants: [grant()] });
    expect(identityAccessOf(investigator, granted, NOW, visitX).basis).toBe('grant');
    expect(identityAccessOf(investigator, granted, NOW, visitY).basis).toBeNull();
    // Without a record a grant opens nothing.
    expect(identityAccessOf(investigator, granted, NOW).basis).toBeNull();
  });

  it('a grant for a case opens the records linked with that case, and no other', () => {
    const granted = person({
      grants: [grant({ recordType: null, recordId: null, caseId: 'case-x' })],
    });
    expect(identityAccessOf(investigator, granted, NOW, visitX).basis).toBe('grant');
    expect(identityAccessOf(investigator, granted, NOW, visitY).basis).toBeNull();
  });

  it('an expired grant, or one used from another agency, opens nothing', () => {
    const expired = person({ grants: [grant({ expiresAt: NOW })] });
    expect(identityAccessOf(investigator, expired, NOW, visitX).basis).toBeNull();
    const moved = viewer({
      id: 'inv',
      roles: [Role.Investigator],
      agencyId: B,
      scopeAgencyIds: [B],
    });
    const granted = person({ grants: [grant()] });
    expect(identityAccessOf(moved, granted, NOW, visitX)).toEqual({ visible: false, basis: null });
  });

  it('a grant naming nothing (requests older than per-record grants) opens nothing', () => {
    const legacy = person({
      grants: [grant({ recordType: null, recordId: null, agencyId: null })],
    });
    expect(identityAccessOf(investigator, legacy, NOW, visitX).basis).toBeNull();
  });
});

describe('admin and oversight never read an identity (DESIGN.md §7)', () => {
  it.each([[Role.Admin], [Role.Oversight]])('%s, whatever else the account holds', (role) => {
    const v = viewer({ id: 'recorder', roles: [role, Role.Leader], scopeAgencyIds: null });
    expect(identityAccessOf(v, person(), NOW).basis).toBeNull();
    expect(identityAccessOf(v, person(), NOW, onVisit('v')).basis).toBeNull();
  });

  it('nobody without identity.read reads it, even its recorder', () => {
    const v = viewer({ id: 'recorder', holdsIdentityRead: false });
    expect(identityAccessOf(v, person(), NOW).basis).toBeNull();
  });
});

describe('deciding an access request (DESIGN.md §7: a leader grants identity access)', () => {
  const leader = viewer({ id: 'leader', roles: [Role.Leader], scopeAgencyIds: [A] });

  it('a leader whose scope covers the record’s agency decides another officer’s request', () => {
    expect(accessDecisionRefusal(leader, [A], 'inv')).toBeNull();
  });

  it('never their own request', () => {
    expect(accessDecisionRefusal(leader, [A], 'leader')).toBe('own');
  });

  it('nobody outside the scope, and no other role', () => {
    expect(accessDecisionRefusal(leader, [B], 'inv')).toBe('notVisible');
    expect(accessDecisionRefusal(viewer(), [A], 'inv')).toBe('notVisible');
  });
});
