import { RecordDenunciationPrelimExtension1767225791000 as Migration } from '../../migrations/1767225791000-RecordDenunciationPrelimExtension';
import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import {
  act,
  openedDenunciation,
  read,
  resolutionTeam,
  type ResolutionTeam,
} from '../factories/resolution.factory';
import { auditRows, rowOf } from '../support/audit-rows';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // argon2 sign-ins and three proceedings

// Luật Tố cáo 2018 Điều 24 khoản 1: the preliminary check (D11) takes 7 working days from
// receipt, extended once to 10 by a leader on one of two grounds. GET /denunciations/:id shows
// that extension — the new D11, the ground, the leader (officer id), the day, and the leader's
// free-text note. The note stays on the proceeding's row, as the other notes of a proceeding
// (`handling_note`) and a petition's `outcome_note`: the event and the audit row hold codes and
// dates only (ResolutionEventInput), and a hash-chained audit row could never be corrected if a
// note named a person. (The carried-over extension: denunciations-petition-extension.e2e-spec.ts.)
//
// Migration 1767225791000 gives the proceedings extended before it the same columns from the
// events already written: the opening step's `prelimExtension` (granted at the petition stage),
// else the extend_prelim_check step (its leader, day, ground, and the free-text `reason` those
// events carried, which becomes the note). The events and the audit rows are not rewritten.

const NOTE = 'Phải xác minh tại hai phường';

interface Columns {
  stage: string | null;
  ground: string | null;
  by: string | null;
  on: string | null;
  note: string | null;
}

describe('the D11 extension of a denunciation proceeding (Luật Tố cáo 2018 Điều 24 khoản 1)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let handler: TestOfficer;
  const ids = { proceeding: '', petition: '', plain: '' };

  const columns = async (id: string) =>
    (
      await t.dataSource.query<Columns[]>(
        `SELECT prelim_extension_stage AS stage, prelim_extension_ground AS ground,
                prelim_extended_by AS by, prelim_extended_on::text AS on,
                prelim_extension_note AS note
           FROM denunciation_resolution WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });

    // extended in the proceeding, with a note
    const { opened } = await openedDenunciation(t, team);
    ids.proceeding = opened.body.id;
    const extended = await act(
      t,
      team.leader,
      `/denunciations/${ids.proceeding}/extend-prelim-check`,
      {
        version: opened.body.version,
        ground: 'several_places',
        reason: NOTE,
      },
    );
    expect(extended.status).toBe(200);

    // extended at the petition stage, carried over on opening
    let petition = await checkedPetition(t, handler, {
      type: 'denunciation',
      field: 'corruption',
      receivedOn: '2026-03-09',
    });
    const atPetition = await t.http
      .post(`/api/v1/petitions/${petition.id}/extend-check`)
      .set(bearer(team.leader.token))
      .send({ version: petition.version, ground: 'delegated' });
    expect(atPetition.status).toBe(201);
    petition = atPetition.body;
    const proposed = await handle(t, handler, petition.id, {
      action: 'propose_acceptance',
      version: petition.version,
    });
    expect(proposed.status).toBe(201);
    const carried = await act(t, team.leader, '/denunciations', { petitionId: petition.id });
    expect(carried.status).toBe(201);
    ids.petition = carried.body.id;

    ids.plain = (await openedDenunciation(t, team)).opened.body.id;
  });
  afterAll(() => t.close());

  it('shows an extension granted in the proceeding: new D11, ground, leader, day and note', async () => {
    const res = await read(t, team.leader, `/denunciations/${ids.proceeding}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      prelimDeadline: { dueOn: '2026-03-24' },
      prelimExtended: true,
      prelimExtension: {
        stage: 'proceeding',
        dueOn: '2026-03-24',
        ground: 'several_places',
        groundLabel: 'Phải kiểm tra, xác minh tại nhiều địa điểm',
        decidedBy: team.leader.id,
        decidedOn: '2026-03-10',
        note: NOTE,
      },
    });
    const plain = await read(t, team.leader, `/denunciations/${ids.plain}`);
    expect(plain.body).toMatchObject({ prelimExtended: false, prelimExtension: null });
  });

  it('keeps the free-text note out of the event and the audit row (codes and dates only)', async () => {
    const audited = rowOf(await auditRows(t, ids.proceeding), 'denunciation.extend_prelim_check');
    expect(audited.data).toEqual({
      from: 'prelim_check',
      to: 'prelim_check',
      prelimDueOn: '2026-03-24',
      ground: 'several_places',
    });
    const holding = await t.dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM audit_event WHERE data::text LIKE $1)::int
            + (SELECT count(*) FROM resolution_event WHERE data::text LIKE $1)::int AS n`,
      [`%${NOTE}%`],
    );
    expect(holding).toEqual([{ n: 0 }]);
  });

  it('fills stage, ground, leader and day as the services write them, and the old reason as the note', async () => {
    const written = {
      proceeding: await columns(ids.proceeding),
      petition: await columns(ids.petition),
      plain: await columns(ids.plain),
    };
    expect(written).toEqual({
      proceeding: {
        stage: 'proceeding',
        ground: 'several_places',
        by: team.leader.id,
        on: '2026-03-10',
        note: NOTE,
      },
      petition: {
        stage: 'petition',
        ground: 'delegated',
        by: team.leader.id,
        on: '2026-03-10',
        note: null,
      },
      plain: { stage: null, ground: null, by: null, on: null, note: null },
    });

    // Before this release the extension's event carried the free-text reason in its data.
    await t.dataSource.query(
      `UPDATE resolution_event SET data = data || jsonb_build_object('reason', $2::text)
        WHERE proceeding_id = $1 AND action = 'extend_prelim_check'`,
      [ids.proceeding, NOTE],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new Migration().down(runner);
      await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    expect({
      proceeding: await columns(ids.proceeding),
      petition: await columns(ids.petition),
      plain: await columns(ids.plain),
    }).toEqual(written);
  });
});
