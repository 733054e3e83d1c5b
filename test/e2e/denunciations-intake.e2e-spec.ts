import {
  act,
  allConditions,
  auditActions,
  openedDenunciation,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  idsOf,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('denunciation intake: anonymous, refused, transferred, follow-up (Luật Tố cáo 2018 Điều 24, 25, 29, 37, 38)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  it('does not process an anonymous denunciation (Điều 25), whatever the checklist says', async () => {
    const { opened } = await openedDenunciation(t, team, { anonymous: true });
    expect(opened.body).toMatchObject({ isAnonymous: true, status: 'prelim_check' });
    const id = opened.body.id as string;
    const accept = await act(t, team.leader, `/denunciations/${id}/accept`, {
      version: opened.body.version,
      conditions: allConditions,
      signer,
    });
    expectError(accept, 409, 'DENUNCIATION_NOT_ACCEPTABLE', 'conditions.proper_form');
    const marked = await act(t, team.leader, `/denunciations/${id}/mark-anonymous`, {
      version: opened.body.version,
      specificInformation: true,
    });
    expect(marked.body).toMatchObject({
      status: 'anonymous_not_processed',
      usableAsInformation: true,
      deadline: null,
    });
    const after = await act(t, team.leader, `/denunciations/${id}/accept`, {
      version: marked.body.version,
      conditions: allConditions,
      signer,
    });
    expectError(after, 409, 'DENUNCIATION_INVALID_TRANSITION', 'status');
    expect(await auditActions(t, id)).toEqual([
      'denunciation.start_prelim_check',
      'denunciation.mark_anonymous',
    ]);
    const waiting = await read(t, team.leader, '/resolutions/worklist?awaitingApproval=true');
    expect(idsOf(waiting.body.items)).not.toContain(id);
  });

  it('refuses to mark a named denouncer anonymous, and routes the checklist: refuse or transfer', async () => {
    const named = await openedDenunciation(t, team);
    const marked = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/mark-anonymous`,
      {
        version: named.opened.body.version,
        specificInformation: false,
      },
    );
    expectError(marked, 409, 'DENUNCIATION_DENOUNCER_IDENTIFIED', 'anonymity.denouncerIdentified');
    const notCompetent = { ...allConditions, within_competence: false };
    const wrongRoute = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/refuse-acceptance`,
      {
        version: named.opened.body.version,
        conditions: notCompetent,
        signer,
      },
    );
    expectError(wrongRoute, 409, 'DENUNCIATION_ROUTE_MISMATCH', 'acceptance');
    const transferred = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/transfer`,
      {
        version: named.opened.body.version,
        conditions: notCompetent,
        transferTo: 'Thanh tra Bộ Tài nguyên và Môi trường',
      },
    );
    expect(transferred.body).toMatchObject({
      status: 'transferred',
      transferredTo: 'Thanh tra Bộ Tài nguyên và Môi trường',
    });
    const vague = await openedDenunciation(t, team, { name: 'Ngô Văn Từ Chối' });
    const refused = await act(
      t,
      team.leader,
      `/denunciations/${vague.opened.body.id}/refuse-acceptance`,
      {
        version: vague.opened.body.version,
        conditions: { ...allConditions, identifiable_violation: false },
        signer,
      },
    );
    expect(refused.body).toMatchObject({ status: 'not_accepted', checklist: { route: 'refuse' } });
    const pdf = await pdfOf(
      t,
      team.leader,
      `/denunciations/${vague.opened.body.id}/documents/non-acceptance-notice`,
    );
    expect(pdf.text).toContain('Về việc không thụ lý tố cáo');
    expect(pdf.text).toContain('Điều 29 khoản 1 điểm d');
    expect(pdf.text).toContain('Ngô Văn Từ Chối');
  });

  it('links a follow-up denunciation to the first, only once the first is resolved or overdue', async () => {
    const first = await openedDenunciation(t, team);
    const accepted = await act(t, team.leader, `/denunciations/${first.opened.body.id}/accept`, {
      version: first.opened.body.version,
      conditions: allConditions,
      signer,
    });
    const early = await openedDenunciation(t, team, {}, first.opened.body.id);
    expectError(early.opened, 409, 'DENUNCIATION_FOLLOW_UP_NOT_ALLOWED', 'firstResolution');
    await travelTo(t, '2026-04-20', [team.desk, team.leader]);
    const followUp = await openedDenunciation(t, team, {}, first.opened.body.id);
    expect(followUp.opened.status).toBe(201);
    expect(followUp.opened.body).toMatchObject({
      kind: 're_resolution',
      firstId: first.opened.body.id,
      followUpBasis: 'overdue',
      status: 'prelim_check',
    });
    expect(accepted.body.deadline.dueOn).toBe('2026-04-13');
    const events = await t.dataSource.query(
      'SELECT legal_basis FROM resolution_event WHERE proceeding_id = $1',
      [followUp.opened.body.id],
    );
    expect(events).toEqual([{ legal_basis: 'Luật Tố cáo 2018, Điều 37, 38' }]);
  });
});
