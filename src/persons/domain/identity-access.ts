import { Role } from '../../auth/role';
import { PersonRecordType } from './person-enums';

/** Why a viewer may read an identity; written to the audit row of every read. */
export type AccessBasis = 'leader_scope' | 'recorder' | 'handler' | 'grant';

export interface IdentityViewer {
  id: string;
  agencyId: string;
  roles: readonly Role[];
  /** Agencies whose records the viewer sees (AccessScopeService); null = every agency. */
  scopeAgencyIds: readonly string[] | null;
  /** The viewer's roles hold `identity.read` in the role table. */
  holdsIdentityRead: boolean;
}

/** One record the person is linked to: its agency, its officer, and whether it is confidential. */
export interface PersonLinkFacts {
  agencyId: string;
  officerId: string | null;
  isConfidential: boolean;
}

/** The person's link to the record being read, with the record's case when the link knows it. */
export interface RecordLinkFacts extends PersonLinkFacts {
  caseId: string | null;
}

/** One approved request of this viewer about the person: what it covers, from where, until when. */
export interface GrantFacts {
  recordType: PersonRecordType | null;
  recordId: string | null;
  caseId: string | null;
  /** The requester's agency when it was approved: the grant works only from that agency. */
  agencyId: string | null;
  expiresAt: Date;
}

export interface PersonAccessFacts {
  /** The recording agency. */
  agencyId: string;
  createdBy: string | null;
  links: readonly PersonLinkFacts[];
  /** This viewer's approved requests for the person (expired ones may be left out). */
  grants: readonly GrantFacts[];
}

/** The record on whose screen the identity is shown, and the person's links to it. */
export interface ReadContext {
  recordType: PersonRecordType;
  recordId: string;
  /** Usually one; several when the person holds several roles on the record; none if unlinked. */
  links: readonly RecordLinkFacts[];
}

export interface IdentityAccess {
  /** The person exists for this viewer (pseudonym); otherwise 404. */
  visible: boolean;
  /** Non-null exactly when the viewer may read the identity. */
  basis: AccessBasis | null;
}

/** DESIGN.md §7: admin keeps accounts, oversight reads statistics; neither ever reads identity. */
const NEVER_READ: readonly Role[] = [Role.Admin, Role.Oversight];
/** Roles that take down or handle a record at the desk and so must know who they deal with. */
const DESK_ROLES: readonly Role[] = [Role.ReceptionOfficer, Role.PetitionHandler, Role.Leader];

const agenciesOf = (f: PersonAccessFacts) => [f.agencyId, ...f.links.map((l) => l.agencyId)];

const covers = (viewer: IdentityViewer, agencyId: string) =>
  viewer.scopeAgencyIds === null || viewer.scopeAgencyIds.includes(agencyId);

const inScope = (viewer: IdentityViewer, facts: PersonAccessFacts) =>
  agenciesOf(facts).some((id) => covers(viewer, id));

/** A leader (who reads identities of records in scope). */
export const isLeader = (viewer: Pick<IdentityViewer, 'roles'>) =>
  viewer.roles.includes(Role.Leader);
/** A desk role: only a desk officer's own records open an identity to them (see ownsLink). */
export const atDesk = (viewer: Pick<IdentityViewer, 'roles'>) =>
  viewer.roles.some((r) => DESK_ROLES.includes(r));

/** Approved, unexpired, and used from the agency the requester belonged to when it was approved. */
function liveGrants(viewer: IdentityViewer, facts: PersonAccessFacts, now: Date): GrantFacts[] {
  return facts.grants.filter(
    (g) => g.expiresAt.getTime() > now.getTime() && g.agencyId === viewer.agencyId,
  );
}

/** A grant covers the record it names, or every record of the case it names. */
function grantCovers(grant: GrantFacts, context: ReadContext): boolean {
  if (grant.recordId !== null) {
    return grant.recordType === context.recordType && grant.recordId === context.recordId;
  }
  return grant.caseId !== null && context.links.some((l) => l.caseId === grant.caseId);
}

/**
 * Luật Tố cáo 2018 Điều 9(1)(b), Điều 47: the denouncer's identity (and the protected relatives')
 * is secret. A denunciation record is confidential by its type; any other record when the
 * person's link to it is (denunciation or mixed content).
 */
export function isConfidentialContext(context: ReadContext): boolean {
  return (
    context.recordType === PersonRecordType.Denunciation ||
    context.links.some((l) => l.isConfidential)
  );
}

function isVisible(viewer: IdentityViewer, facts: PersonAccessFacts, now: Date): boolean {
  return (
    inScope(viewer, facts) ||
    facts.createdBy === viewer.id ||
    facts.links.some((l) => l.officerId === viewer.id) ||
    liveGrants(viewer, facts, now).length > 0
  );
}

/** The viewer is the officer of this record at the desk, while still in its agency. */
const ownsLink = (viewer: IdentityViewer, l: PersonLinkFacts) =>
  l.officerId === viewer.id && l.agencyId === viewer.agencyId && atDesk(viewer);

/**
 * The officer who handles a linked record, while still in that record's agency. A confidential
 * link (denunciation) counts only for desk roles: the verifying investigator works on a redacted
 * copy and needs an approved request (Luật Tố cáo 2018 Điều 56).
 */
function handles(viewer: IdentityViewer, facts: PersonAccessFacts): boolean {
  return facts.links.some(
    (l) =>
      l.officerId === viewer.id &&
      l.agencyId === viewer.agencyId &&
      (!l.isConfidential || atDesk(viewer)),
  );
}

/**
 * Luật Tố cáo 2018 Điều 47 khoản 1 and Điều 9 khoản 1 điểm b: whoever receives a denunciation
 * keeps the denouncer's identity secret. Recording or handling a record opens a person's identity
 * only when no denunciation of that person that the viewer can open (one in their scope) was
 * recorded or is handled by someone else: otherwise a colleague who re-attaches the denouncer to a
 * new visit of their own (by id, by ID number, even by typing the identity) would learn who the
 * denouncer of that other record is. Leaders and grants are not concerned.
 */
function anotherOfficersDenouncer(viewer: IdentityViewer, facts: PersonAccessFacts): boolean {
  return facts.links.some(
    (l) => l.isConfidential && covers(viewer, l.agencyId) && !ownsLink(viewer, l),
  );
}

/** Per person (no record, or a record that is not confidential): the person's facts decide. */
function personBasis(
  viewer: IdentityViewer,
  facts: PersonAccessFacts,
  grants: readonly GrantFacts[],
  context: ReadContext | null,
): AccessBasis | null {
  if (isLeader(viewer) && inScope(viewer, facts)) return 'leader_scope';
  const ownRight = !anotherOfficersDenouncer(viewer, facts);
  // DESIGN.md §7: the officer who recorded the person (identity check at reception), while still
  // in the recording agency.
  if (ownRight && facts.createdBy === viewer.id && facts.agencyId === viewer.agencyId) {
    return 'recorder';
  }
  if (ownRight && handles(viewer, facts)) return 'handler';
  // A grant is for a record or a case: it never opens an identity outside one.
  return context && grants.some((g) => grantCovers(g, context)) ? 'grant' : null;
}

/**
 * A confidential record: only that record decides (DESIGN.md §7) — a leader whose scope covers
 * its agency, its own officer at the desk (while in its agency), or a grant for it or its case.
 * The person's other records, and whoever registered the person for them, give no right here.
 */
function recordBasis(
  viewer: IdentityViewer,
  facts: PersonAccessFacts,
  grants: readonly GrantFacts[],
  context: ReadContext,
): AccessBasis | null {
  if (isLeader(viewer) && context.links.some((l) => covers(viewer, l.agencyId))) {
    return 'leader_scope';
  }
  const own = context.links.some((l) => ownsLink(viewer, l));
  // Luật Tố cáo 2018 Điều 47(1): not when the person also denounced on a record of another officer.
  if (own && !anotherOfficersDenouncer(viewer, facts)) {
    return facts.createdBy === viewer.id ? 'recorder' : 'handler';
  }
  // Luật Tố cáo 2018 Điều 56: anyone else only with a leader's approval, for a limited time.
  return grants.some((g) => grantCovers(g, context)) ? 'grant' : null;
}

function readBasis(
  viewer: IdentityViewer,
  facts: PersonAccessFacts,
  now: Date,
  context: ReadContext | null,
): AccessBasis | null {
  // Any person may be (or become) a denouncer or a protected relative, so every identity is kept.
  if (!viewer.holdsIdentityRead || viewer.roles.some((r) => NEVER_READ.includes(r))) return null;
  const grants = liveGrants(viewer, facts, now);
  if (context && isConfidentialContext(context)) return recordBasis(viewer, facts, grants, context);
  return personBasis(viewer, facts, grants, context);
}

/**
 * May this viewer see that the person exists, and read the identity — on this record's screen
 * when `context` is given, else on the person's own? Pure; `now` from the Clock.
 */
export function identityAccessOf(
  viewer: IdentityViewer,
  facts: PersonAccessFacts,
  now: Date,
  context: ReadContext | null = null,
): IdentityAccess {
  if (!isVisible(viewer, facts, now)) return { visible: false, basis: null };
  return { visible: true, basis: readBasis(viewer, facts, now, context) };
}

/** Why a leader may not decide an access request; null when they may. */
export type AccessDecisionRefusal = 'notVisible' | 'own' | null;

/**
 * Only a leader whose scope covers the agency of the record (or case) the request names decides,
 * and never on their own request. `agencyIds`: that agency (older requests: the person's).
 */
export function accessDecisionRefusal(
  viewer: IdentityViewer,
  agencyIds: readonly string[],
  requesterId: string,
): AccessDecisionRefusal {
  if (!isLeader(viewer) || !agencyIds.some((id) => covers(viewer, id))) return 'notVisible';
  return requesterId === viewer.id ? 'own' : null;
}
