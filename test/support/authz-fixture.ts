import { ALL_ROLES, Role } from '../../src/auth/role';
import { EnforcementType } from '../../src/decisions/domain/recommended-measures';
import { insertDecision, money, openEnforcement, progress } from '../factories/enforcement.factory';
import { petitionBody, postPetition } from '../factories/petition.factory';
import { allConditions, noGrounds, signer } from '../factories/resolution.factory';
import { newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from './auth';
import type { TestApp } from './test-app';

// The authorization matrix's fixture (test/e2e/authorization-matrix.e2e-spec.ts): one record of
// every resource type in agency A and one in agency B, all created through the public API (the
// enforcement decision by SQL, as the enforcement specs do), and one officer of A per role.

/** Agency A, its sibling B (outside A's subtree) and their parent (A and B are in its subtree). */
export const AGENCY_CODES = { a: 'HN-TTTP', b: 'HN-BTCD', parent: 'HN' } as const;

/** Every record of one agency, by resource type. */
export interface AgencyRecords {
  agency: string;
  officer: string;
  person: string;
  visit: string;
  session: string;
  petition: string;
  petitionAttachment: string;
  case: string;
  complaint: string;
  denunciation: string;
  decision: string;
  progressEntry: string;
  enforcementAttachment: string;
  accessRequest: string;
}

export interface AuthzFixture {
  a: AgencyRecords;
  b: AgencyRecords;
  /** One officer of A per role (the matrix's viewers; they also created A's records). */
  officersOfA: Map<Role, TestOfficer>;
  /** A leader and an oversight officer of the parent agency (A is in their subtree). */
  officersOfParent: Map<Role, TestOfficer>;
  /** An investigator of A to whom no proceeding is assigned. */
  unassignedInvestigator: TestOfficer;
  /** The ID number both agencies' complainants share (a search must find only one of them). */
  sharedIdNumber: string;
}

const pdf = (marker: string) => ({
  fileName: `${marker}.pdf`,
  mediaType: 'application/pdf',
  contentBase64: Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`, 'latin1').toString('base64'),
});

type Body = Record<string, any>;

async function call(t: TestApp, who: TestOfficer, path: string, body: object): Promise<Body> {
  const res = await t.http.post(`/api/v1${path}`).set(bearer(who.token)).send(body);
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as Body;
}

/** A visit received for handling, its petition moved to the proposal (as resolution.factory does). */
async function proposedVisit(t: TestApp, desk: TestOfficer, over: Body): Promise<Body> {
  const res = await postVisit(t, desk, visitBody({ outcome: 'received_for_handling', ...over }));
  if (res.status !== 201) throw new Error(`visit: ${res.status} ${JSON.stringify(res.body)}`);
  const visit = res.body as Body;
  await t.dataSource.query(`UPDATE petition SET status = 'proposed_for_acceptance' WHERE id = $1`, [
    visit.petition.id,
  ]);
  return visit;
}

async function complaintOf(t: TestApp, team: Map<Role, TestOfficer>, visit: Body) {
  const leader = team.get(Role.Leader)!;
  const opened = await call(t, leader, '/complaints', { petitionId: visit.petition.id });
  const id = opened.id as string;
  const accepted = await call(t, leader, `/complaints/${id}/accept`, {
    version: opened.version,
    grounds: noGrounds,
    decisionKnownOn: '2026-02-20',
    signer,
  });
  await call(t, leader, `/complaints/${id}/assign-verification`, {
    version: accepted.version,
    leadId: team.get(Role.Investigator)!.id,
    scope: 'Xác minh trình tự thu hồi đất',
    signer,
  });
  return id;
}

async function denunciationOf(t: TestApp, team: Map<Role, TestOfficer>) {
  const leader = team.get(Role.Leader)!;
  const visit = await proposedVisit(t, team.get(Role.ReceptionOfficer)!, {
    contentType: 'denunciation',
    visitors: [newVisitor('Trần Thị Tố')],
    summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
  });
  const opened = await call(t, leader, '/denunciations', { petitionId: visit.petition.id });
  const id = opened.id as string;
  const accepted = await call(t, leader, `/denunciations/${id}/accept`, {
    version: opened.version,
    conditions: allConditions,
    signer,
  });
  await call(t, leader, `/denunciations/${id}/assign-verification`, {
    version: accepted.version,
    leadId: team.get(Role.Investigator)!.id,
    scope: 'Xác minh nội dung tố cáo',
    signer,
  });
  return id;
}

async function enforcementOf(t: TestApp, team: Map<Role, TestOfficer>, agencyId: string) {
  const leader = team.get(Role.Leader)!;
  const decision = await insertDecision(t, {
    agencyId,
    signerId: leader.id,
    issuedOn: '2025-12-02', // another register year than the proceedings' documents
    legalEffectOn: '2026-02-01',
    measures: [{ type: EnforcementType.RecoverMoney, amount: '5000000' }],
  });
  const opened = await openEnforcement(t, leader, decision);
  const investigator = team.get(Role.Investigator)!;
  const view = await progress(t, investigator, opened, 0, money('2026-03-01', '2000000'));
  const progressEntry = view.items[0]!.progress[0]!.id;
  const file = await call(t, investigator, `/enforcement/progress/${progressEntry}/attachments`, {
    ...pdf('bien-lai'),
  });
  return { decision, progressEntry, enforcementAttachment: file.id as string };
}

/** Every resource of one agency, created by `team` (officers of that agency). */
async function recordsOf(
  t: TestApp,
  team: Map<Role, TestOfficer>,
  agency: string,
  idNumber: string,
): Promise<AgencyRecords> {
  const desk = team.get(Role.ReceptionOfficer)!;
  const handler = team.get(Role.PetitionHandler)!;
  const leader = team.get(Role.Leader)!;
  const visit = await proposedVisit(t, desk, {
    visitors: [newVisitor('Lê Văn Khiếu', { idNumber })],
  });
  const person = visit.visitors[0].id as string;
  const created = await postPetition(t, handler, petitionBody());
  if (created.status !== 201) throw new Error(`petition: ${created.status}`);
  const petition = (created.body as Body).id as string;
  const attachment = await call(t, handler, `/petitions/${petition}/attachments`, pdf('don-goc'));
  const session = await call(t, leader, '/reception/sessions', {
    headName: 'Nguyễn Văn Hùng',
    headTitle: 'Chánh Thanh tra',
    plannedOn: '2026-03-20',
    place: 'Trụ sở Tiếp công dân',
  });
  const request = await call(
    t,
    team.get(Role.Investigator)!,
    `/persons/${person}/identity-access-requests`,
    {
      reason: 'Xác minh nội dung khiếu nại số 12/2026',
      recordType: 'visit',
      recordId: visit.id,
    },
  );
  return {
    agency,
    officer: desk.id,
    person,
    visit: visit.id as string,
    session: session.id as string,
    petition,
    petitionAttachment: attachment.id as string,
    case: visit.case.id as string,
    complaint: await complaintOf(t, team, visit),
    denunciation: await denunciationOf(t, team),
    ...(await enforcementOf(t, team, agency)),
    accessRequest: request.id as string,
  };
}

async function teamOf(t: TestApp, agencyId: string, roles: readonly Role[]) {
  const team = new Map<Role, TestOfficer>();
  for (const role of roles) team.set(role, await createOfficer(t, { roles: [role], agencyId }));
  return team;
}

export async function buildAuthzFixture(t: TestApp): Promise<AuthzFixture> {
  const a = await agencyIdByCode(t, AGENCY_CODES.a);
  const b = await agencyIdByCode(t, AGENCY_CODES.b);
  const parent = await agencyIdByCode(t, AGENCY_CODES.parent);
  const officersOfA = await teamOf(t, a, ALL_ROLES);
  const workers = [Role.ReceptionOfficer, Role.PetitionHandler, Role.Investigator, Role.Leader];
  const officersOfB = await teamOf(t, b, workers);
  const officersOfParent = await teamOf(t, parent, [Role.Leader, Role.Oversight]);
  const sharedIdNumber = newVisitor('x').identity.idNumber;
  return {
    a: await recordsOf(t, officersOfA, a, sharedIdNumber),
    b: await recordsOf(t, officersOfB, b, sharedIdNumber),
    officersOfA,
    officersOfParent,
    unassignedInvestigator: await createOfficer(t, { roles: [Role.Investigator], agencyId: a }),
    sharedIdNumber,
  };
}
