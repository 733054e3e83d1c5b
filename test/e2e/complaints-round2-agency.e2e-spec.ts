import {
  acceptedComplaint,
  act,
  proposedPetition,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { agencyIdByCode } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and whole proceedings per file

describe('a round-2 complaint goes to the directly superior body of the round-1 resolver (Luật KN 2011 Điều 33)', () => {
  let t: TestApp;
  let ward: ResolutionTeam;
  let city: ResolutionTeam;
  let cityInspectorate: ResolutionTeam;
  let wardRound1: string;
  let inspectorateRound1: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    ward = await resolutionTeam(t, await agencyIdByCode(t, 'HN-P-BADINH'));
    city = await resolutionTeam(t, await agencyIdByCode(t, 'HN'));
    cityInspectorate = await resolutionTeam(t, await agencyIdByCode(t, 'HN-TTTP'));
  });
  afterAll(() => t.close());

  const everyone = () => [ward, city, cityInspectorate].flatMap((x) => Object.values(x));

  /** Accepts, verifies and decides a round-1 complaint at `team`'s agency: "wrong". */
  async function decidedRound1(team: ResolutionTeam): Promise<string> {
    const { complaint } = await acceptedComplaint(t, team);
    let v = complaint.version;
    const go = async (who: 'leader' | 'investigator', path: string, body: object) => {
      const res = await act(t, team[who], `/complaints/${complaint.id}${path}`, {
        version: v,
        ...body,
      });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      v = res.body.version;
    };
    await go('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh',
      signer,
    });
    const report = await act(
      t,
      team.investigator,
      `/complaints/${complaint.id}/verification-records`,
      {
        version: v,
        kind: 'verification_report',
        recordedOn: t.clock.today(),
        summary: 'Quyết định thu hồi đúng pháp luật.',
        recommendation: 'Khiếu nại sai.',
        demandsDifferFromVerification: false,
      },
    );
    expect(report.status).toBe(201);
    v = report.body.version;
    await go('investigator', '/start-drafting', {});
    await go('leader', '/decide', { outcome: 'wrong', reasoning: 'Không có cơ sở.', signer });
    return complaint.id;
  }

  /** Opens a round-2 proceeding at `team`'s agency against `firstRoundId`. */
  async function openRound2(team: ResolutionTeam, firstRoundId: string) {
    const proposed = await proposedPetition(t, team.desk, { name: 'Phạm Văn Lần Hai' });
    const res = await act(t, team.leader, '/complaints', {
      petitionId: proposed.petitionId,
      round: 'second',
      firstRoundId,
    });
    return { res, petitionId: proposed.petitionId };
  }

  it('decides round 1 at the ward and at the city inspectorate', async () => {
    wardRound1 = await decidedRound1(ward);
    inspectorateRound1 = await decidedRound1(cityInspectorate);
    await travelTo(t, '2026-03-25', everyone());
  });

  it('refuses round 2 at the ward that resolved round 1 (409), and leaves the petition untouched', async () => {
    const { res, petitionId } = await openRound2(ward, wardRound1);
    expectError(res, 409, 'COMPLAINT_SECOND_ROUND_WRONG_AGENCY', 'firstRoundId');
    expect(res.body.message).toContain('cấp trên trực tiếp');
    expect(res.body.message).toContain('Điều 33');
    const [petition] = await t.dataSource.query<{ status: string }[]>(
      'SELECT status FROM petition WHERE id = $1',
      [petitionId],
    );
    expect(petition?.status).toBe('proposed_for_acceptance');
    const rows = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM complaint_resolution WHERE first_round_id = $1',
      [wardRound1],
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('opens round 2 against the ward at the city committee, its directly superior body', async () => {
    const atCity = await openRound2(city, wardRound1);
    expect(atCity.res.status).toBe(201);
    expect(atCity.res.body).toMatchObject({ round: 'second', firstRoundId: wardRound1 });
  });

  it('refuses round 2 at the city against a round 1 the city inspectorate resolved for the city (409: the superior is outside the tree)', async () => {
    const { res } = await openRound2(city, inspectorateRound1);
    expectError(res, 409, 'COMPLAINT_SECOND_ROUND_WRONG_AGENCY', 'firstRoundId');
  });
});
