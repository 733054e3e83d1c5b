import { Role } from '../../src/auth/role';
import { bearer, createOfficer, login, type TestOfficer } from '../support/auth';
import type { TestApp } from '../support/test-app';
import { pdfText } from '../support/pdf-text';
import { newVisitor, postVisit, visitBody } from './visit.factory';

/** The officers of one resolving agency (HN-TTTP unless another is given). */
export interface ResolutionTeam {
  desk: TestOfficer;
  leader: TestOfficer;
  investigator: TestOfficer;
  other: TestOfficer;
}

export async function resolutionTeam(t: TestApp, agencyId?: string): Promise<ResolutionTeam> {
  const make = (roles: Role[]) => createOfficer(t, { roles, agencyId });
  return {
    desk: await make([Role.ReceptionOfficer]),
    leader: await make([Role.Leader]),
    investigator: await make([Role.Investigator]),
    other: await make([Role.Investigator]),
  };
}

let travels = 0;

/**
 * Moves the app's clock to `date`, 10:00 in Hà Nội plus a few minutes per call (a TOTP code is
 * accepted once: every sign-in needs a later time step), and signs the officers in again.
 */
export async function travelTo(t: TestApp, date: string, officers: readonly TestOfficer[]) {
  travels += 1;
  t.clock.set(new Date(Date.parse(`${date}T03:00:00Z`) + travels * 180_000));
  for (const o of officers) o.token = await login(t, o.username, o.totpSecret);
}

export interface ProposedPetition {
  petitionId: string;
  caseId: string;
  personIds: string[];
}

export interface PetitionOptions {
  contentType?: 'complaint' | 'denunciation';
  /** The visitor's name: the canary searched for in documents and responses. */
  name?: string;
  summary?: string;
  anonymous?: boolean;
}

/**
 * A petition proposed for acceptance (status `proposed_for_acceptance`): received at the desk on
 * the clock's day, then moved to the proposal by SQL until the petitions API (issue 6) is used.
 */
export async function proposedPetition(
  t: TestApp,
  desk: TestOfficer,
  options: PetitionOptions = {},
): Promise<ProposedPetition> {
  const today = t.clock.today();
  const body = visitBody({
    receivedAt: `${today}T08:30:00+07:00`,
    contentType: options.contentType ?? 'complaint',
    visitors: [newVisitor(options.name ?? 'Lê Văn Khiếu')],
    summary: options.summary ?? 'Khiếu nại quyết định thu hồi đất của UBND phường',
    outcome: 'received_for_handling',
  });
  const res = await postVisit(t, desk, body);
  if (res.status !== 201) throw new Error(`visit: ${res.status} ${JSON.stringify(res.body)}`);
  const visit = res.body as {
    petition: { id: string };
    case: { id: string };
    visitors: { id: string }[];
  };
  await t.dataSource.query(
    `UPDATE petition SET status = 'proposed_for_acceptance', is_anonymous = $2 WHERE id = $1`,
    [visit.petition.id, options.anonymous === true],
  );
  return {
    petitionId: visit.petition.id,
    caseId: visit.case.id,
    personIds: visit.visitors.map((v) => v.id),
  };
}

export const signer = { name: 'Nguyễn Văn Chánh', title: 'CHÁNH THANH TRA' };

/** Every Điều 11 ground answered "does not apply". */
export const noGrounds = {
  not_complainable: false,
  not_directly_affected: false,
  no_capacity_no_representative: false,
  unlawful_representative: false,
  not_signed: false,
  second_round_decided: false,
  termination_not_pursued: false,
  court_seized: false,
};

/** POST as an officer; returns the response. */
export function act(t: TestApp, who: TestOfficer, path: string, body: object = {}) {
  return t.http.post(`/api/v1${path}`).set(bearer(who.token)).send(body);
}

export function read(t: TestApp, who: TestOfficer, path: string) {
  return t.http.get(`/api/v1${path}`).set(bearer(who.token));
}

/** Audit actions recorded for one entity, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.dataSource.query<{ action: string }[]>(
    'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq',
    [entityId],
  );
  return rows.map((r) => r.action);
}

/** GET a PDF as text (pdf2json), with its status. */
export async function pdfOf(
  t: TestApp,
  who: TestOfficer,
  path: string,
): Promise<{ status: number; text: string; body: unknown }> {
  const res = await t.http
    .get(`/api/v1${path}`)
    .set(bearer(who.token))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const buffer = res.body as Buffer;
  if (res.status !== 200) {
    return { status: res.status, text: '', body: JSON.parse(buffer.toString('utf8')) };
  }
  return { status: 200, text: await pdfText(buffer), body: null };
}

/** Opens a complaint from a new petition and accepts it on the clock's day. */
export async function acceptedComplaint(
  t: TestApp,
  team: ResolutionTeam,
  accept: Record<string, unknown> = {},
  petition: PetitionOptions = {},
) {
  const proposed = await proposedPetition(t, team.desk, petition);
  const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
  if (opened.status !== 201) {
    throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
  }
  const accepted = await act(t, team.leader, `/complaints/${opened.body.id}/accept`, {
    version: opened.body.version,
    grounds: noGrounds,
    decisionKnownOn: '2026-02-20',
    signer,
    ...accept,
  });
  if (accepted.status !== 200) {
    throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  return {
    proposed,
    complaint: accepted.body as { id: string; version: number; [k: string]: any },
  };
}

/** Every condition of Luật TC 2018 Điều 29 k1 met. */
export const allConditions = {
  proper_form: true,
  denouncer_capacity: true,
  within_competence: true,
  identifiable_violation: true,
};

/** Opens a denunciation from a new petition (prelim check) on the clock's day. */
export async function openedDenunciation(
  t: TestApp,
  team: ResolutionTeam,
  petition: PetitionOptions = {},
  firstId?: string,
) {
  const proposed = await proposedPetition(t, team.desk, {
    contentType: 'denunciation',
    summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
    ...petition,
  });
  const opened = await act(t, team.leader, '/denunciations', {
    petitionId: proposed.petitionId,
    ...(firstId ? { firstId } : {}),
  });
  return { proposed, opened };
}

/** Typed views of untyped response bodies (lint: no calls on `any`). */
export const idsOf = (items: unknown): string[] => (items as { id: string }[]).map((i) => i.id);
export const kindsOf = (steps: unknown): string[] =>
  (steps as { kind: string }[]).map((s) => s.kind);
export const actionsOf = (events: unknown): string[] =>
  (events as { action: string }[]).map((e) => e.action);
export function lastOf(items: unknown): Record<string, any> {
  const list = items as Record<string, any>[];
  return list[list.length - 1] ?? {};
}
export function findById(items: unknown, id: string): Record<string, any> | undefined {
  return (items as Record<string, any>[]).find((i) => i.id === id);
}
