import { Role } from '../../src/auth/role';
import {
  act,
  allConditions,
  openedDenunciation,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import type { FormJson } from '../support/form-json';

// 03/XLD col 24 "Tố cáo tiếp — quá thời hạn chưa giải quyết" (Luật Tố cáo 2018 Điều 37 k1): a
// denunciation petition not resolved yet, received when a denunciation proceeding of the same case
// was past its due date without conclusion; col 22 "chưa giải quyết trong hạn" counts the others.


describe('03/XLD: follow-up denunciations after the first ran out of time', () => {
  let t: TestApp;
  let city: string;
  let team: ResolutionTeam;
  let cityLeader: TestOfficer;

  const denunciationVisit = async (over: Record<string, unknown>): Promise<string> => {
    const body = visitBody({
      receivedAt: '2026-04-20T08:30:00+07:00',
      contentType: 'denunciation',
      field: 'admin_civil_service',
      summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
      outcome: 'received_for_handling',
      ...over,
    });
    const res = await postVisit(t, team.desk, body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return (res.body as { petition: { id: string } }).petition.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-02T02:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    team = await resolutionTeam(t);
    cityLeader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const first = await openedDenunciation(t, team);
    const accepted = await act(t, team.leader, `/denunciations/${first.opened.body.id}/accept`, {
      version: first.opened.body.version,
      conditions: allConditions,
      signer,
    });
    expect(accepted.body.deadline.dueOn).toBe('2026-04-01');
    await travelTo(t, '2026-04-20', [team.desk, team.leader, cityLeader]);
    const followUp = await denunciationVisit({
      caseId: first.proposed.caseId,
      newCase: undefined,
      visitors: [{ personId: first.proposed.personIds[0] }],
    });
    const unrelated = await denunciationVisit({ visitors: [newVisitor('Đỗ Văn Khác')] });
    // handled as eligible, in competence, "not resolved yet" (classification axes of DOMAIN §3.2)
    await t.dataSource.query(
      `UPDATE petition SET handled_on = '2026-04-21', is_eligible = true, is_in_competence = true,
              resolution_status = 'not_resolved' WHERE id = ANY($1::uuid[])`,
      [[followUp, unrelated]],
    );
  }, 90_000);
  afterAll(() => t.close());

  it('puts the petition that followed the overdue denunciation in col 24, the other in col 22', async () => {
    const res = await t.http
      .get('/api/v1/statistics/forms/03-xld')
      .query({ agencyId: city, from: '2026-01-01', to: '2026-12-31' })
      .set(bearer(cityLeader.token))
      .expect(200);
    const body = res.body as FormJson;
    expect({ col22: body.total.values[22], col24: body.total.values[24] }).toEqual({
      col22: 1,
      col24: 1,
    });
    expect(body.checks).toEqual([]);
  });
});
