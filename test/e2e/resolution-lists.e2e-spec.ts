import { Role } from '../../src/auth/role';
import { encodeCursor } from '../../src/common/http/page';
import {
  act,
  acceptedComplaint,
  openedDenunciation,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

// GET /complaints and GET /denunciations (DESIGN §5 drill-down, §7 scope): the viewer's
// proceedings newest receipt first, keyset-paginated; an investigator sees their assignments
// only; `?figure=` lists exactly what a statistics figure counts (the random-dataset check is in
// statistics-drilldown.e2e-spec.ts); a line never carries a person, so never the denouncer
// (Luật Tố cáo 2018 Điều 9).

const CANARY = 'Phạm Thị Bí Mật Danh Sách';

jest.setTimeout(60_000);

interface ListPage {
  items: { id: string; status: string; statusLabel: string; [k: string]: unknown }[];
  nextCursor: string | null;
  limit: number;
}

describe('complaint and denunciation lists', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let cityLeader: TestOfficer;
  let btcd: string;
  let tttp: string;
  /** TTTP: accepted and assigned to team.investigator. */
  let assigned: string;
  /** TTTP: opened, not accepted. */
  let received: string;
  /** BTCD: accepted. */
  let elsewhere: string;
  let denunciation: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    btcd = await agencyIdByCode(t, 'HN-BTCD');
    team = await resolutionTeam(t);
    cityLeader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, 'HN'),
    });

    const { complaint } = await acceptedComplaint(t, team);
    const assignment = await act(
      t,
      team.leader,
      `/complaints/${complaint.id}/assign-verification`,
      {
        version: complaint.version,
        leadId: team.investigator.id,
        scope: 'Xác minh nội dung khiếu nại',
        signer,
      },
    );
    expect(assignment.status).toBe(200);
    assigned = complaint.id;

    const proposed = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    expect(opened.status).toBe(201);
    received = opened.body.id as string;

    const other = await acceptedComplaint(t, await resolutionTeam(t, btcd));
    elsewhere = other.complaint.id;

    const d = await openedDenunciation(t, team, { name: CANARY });
    expect(d.opened.status).toBe(201);
    denunciation = d.opened.body.id as string;
  }, 120_000);
  afterAll(() => t.close());

  async function list(who: TestOfficer, path: string): Promise<ListPage> {
    const res = await read(t, who, path);
    expect(res.status).toBe(200);
    return res.body as ListPage;
  }
  const ids = (page: ListPage) => page.items.map((i) => i.id).sort();

  it('lists the agency’s proceedings to its leader, with their status, and only theirs', async () => {
    const page = await list(team.leader, '/complaints');
    expect(ids(page)).toEqual([assigned, received].sort());
    const line = page.items.find((i) => i.id === assigned)!;
    expect(line).toMatchObject({
      agencyId: tttp,
      round: 'first',
      status: 'verifying',
      statusLabel: 'Đang xác minh',
      acceptedOn: '2026-03-12',
      receivedOn: '2026-03-12',
      termination: null,
      decision: null,
    });
    expect(line.caseCode).toMatch(/^VV-2026-/);
    const open = await list(team.leader, '/complaints?status=received');
    expect(ids(open)).toEqual([received]);
    expect((await list(team.leader, '/denunciations')).items.map((i) => i.id)).toEqual([
      denunciation,
    ]);
  });

  it('shows an investigator only the proceedings assigned to them', async () => {
    expect(ids(await list(team.investigator, '/complaints'))).toEqual([assigned]);
    expect(ids(await list(team.other, '/complaints'))).toEqual([]);
    expect(ids(await list(team.investigator, '/denunciations'))).toEqual([]);
  });

  it('rolls up the subtree for the city leader, narrowed by agencyId (404 outside the scope)', async () => {
    expect(ids(await list(cityLeader, '/complaints'))).toEqual(
      [assigned, received, elsewhere].sort(),
    );
    expect(ids(await list(cityLeader, `/complaints?agencyId=${btcd}`))).toEqual([elsewhere]);
    const outside = await read(t, team.leader, `/complaints?agencyId=${btcd}`);
    expectError(outside, 404, 'NOT_FOUND');
  });

  it('pages by keyset and refuses a cursor it did not make (400 naming cursor)', async () => {
    const first = await list(cityLeader, '/complaints?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(cityLeader, `/complaints?limit=2&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect([...ids(first), ...ids(second)].sort()).toEqual([assigned, received, elsewhere].sort());
    const foreign = encodeCursor(['not-a-date', assigned]);
    expectError(
      await read(t, cityLeader, `/complaints?cursor=${foreign}`),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
    expectError(
      await read(t, cityLeader, '/denunciations?cursor=abc'),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
  });

  it('filters on the receipt day, or with a figure lists what it counts over its period', async () => {
    expect(ids(await list(team.leader, '/complaints?from=2026-03-13'))).toEqual([]);
    expect(ids(await list(team.leader, '/complaints?to=2026-03-12'))).toHaveLength(2);
    const accepted = await list(
      team.leader,
      '/complaints?figure=complaints.accepted&from=2026-03-01&to=2026-03-31',
    );
    expect(ids(accepted)).toEqual([assigned]); // `received` is not accepted: not in competence
    const pending = await list(
      cityLeader,
      `/complaints?figure=complaints.pending&from=2026-03-01&to=2026-03-31&agencyId=${tttp}`,
    );
    expect(ids(pending)).toEqual([assigned]);
    const notYet = await list(
      team.leader,
      '/complaints?figure=complaints.accepted&from=2026-01-01&to=2026-02-28',
    );
    expect(notYet.items).toEqual([]);
  });

  it('never shows the denouncer, not even by pseudonym, in the denunciation list', async () => {
    const detail = await read(t, team.leader, `/denunciations/${denunciation}`);
    const denouncer = (detail.body as { denouncers: { id: string; pseudonym: string }[] })
      .denouncers[0]!;
    for (const who of [team.leader, cityLeader]) {
      const text = JSON.stringify(await list(who, '/denunciations'));
      expect(text).toContain(denunciation);
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(denouncer.pseudonym);
      expect(text).not.toContain(denouncer.id);
    }
  });
});
