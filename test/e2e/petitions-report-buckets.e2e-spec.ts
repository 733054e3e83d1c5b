import { Role } from '../../src/auth/role';
import { ContentType } from '../../src/cases/domain/case-enums';
import { allBucketFacts, type BucketFacts } from '../../src/petitions/domain/handling-outcome';
import { outcomeProblem } from '../../src/petitions/domain/outcome-rules';
import { HandlingOutcome as O, PetitionSource } from '../../src/petitions/domain/petition-enums';
import type { FormCode } from '../../src/statistics/domain/form-definition';
import { loadFormDefinition } from '../../src/statistics/form-templates';
import { ALL_MET, checkedPetition, handle } from '../factories/petition.factory';
import { agencyIdByCode, bearer, createOfficer, login, type TestOfficer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { createTestApp, type TestApp } from '../support/test-app';

// DOMAIN §3.5, §7.2: for every (outcome, type, eligible, in competence) the API lets a handler
// reach, the petition's `reportBucket` names the one result column of 01/XLD (and of the form of
// its type, 02–04/XLD) that counts it; NOT_COUNTED means none of them does. Each petition is
// received and handled on a day of its own, and the forms are asked for that day alone.

jest.setTimeout(180_000);

const DETAILS: Readonly<Record<O, Record<string, string>>> = {
  [O.ProposeAcceptance]: {},
  [O.ProposeResolution]: {},
  [O.NotAcceptable]: { ground: 'limitation_expired' },
  [O.Guide]: { body: 'Tòa án nhân dân khu vực 1' },
  [O.Forward]: { body: 'UBND phường Ba Đình' },
  [O.Urge]: { body: 'UBND phường Hoàn Kiếm' },
  [O.ReturnOriginals]: {},
  [O.ReturnMisrouted]: { body: 'Sở Tài nguyên và Môi trường' },
  [O.ReferInvestigation]: { body: 'Cơ quan Cảnh sát điều tra' },
  [O.ReferParty]: { body: 'Ủy ban Kiểm tra Thành ủy' },
  [O.File]: { note: 'Lưu đơn' },
};

const FIELD: Record<ContentType, string> = {
  complaint: 'admin_land_housing',
  denunciation: 'corruption',
  petition: 'admin_policy',
  feedback: 'other',
  mixed: 'other',
};

/** The result columns of each form, by bucket (sources of templates/forms/0N-xld.json). */
const COLUMNS: Record<string, Record<string, string>> = {
  '01-xld': {
    IN_COMPETENCE_KN: 'petitions.inCompetence.complaints',
    IN_COMPETENCE_TC: 'petitions.inCompetence.denunciations',
    IN_COMPETENCE_KNPA: 'petitions.inCompetence.feedback',
    GUIDED: 'petitions.outOfCompetence.guided',
    FORWARDED: 'petitions.outOfCompetence.forwarded',
    URGED: 'petitions.outOfCompetence.urged',
  },
  '02-xld': {
    IN_COMPETENCE_KN: 'complaintPetitions.inCompetence.firstRound',
    GUIDED: 'complaintPetitions.outOfCompetence.guided',
    FORWARDED: 'complaintPetitions.outOfCompetence.forwarded',
    URGED: 'complaintPetitions.outOfCompetence.urged',
  },
  '03-xld': {
    IN_COMPETENCE_TC: 'denunciationPetitions.inCompetence.firstTime',
    GUIDED: 'denunciationPetitions.outOfCompetence.guided',
    FORWARDED: 'denunciationPetitions.outOfCompetence.forwarded',
    URGED: 'denunciationPetitions.outOfCompetence.urged',
  },
  '04-xld': {
    IN_COMPETENCE_KNPA: 'feedbackPetitions.inCompetence',
    FORWARDED: 'feedbackPetitions.outOfCompetence.forwarded',
    URGED: 'feedbackPetitions.outOfCompetence.urged',
  },
};

const formOfType = (type: ContentType): string =>
  type === ContentType.Complaint
    ? '02-xld'
    : type === ContentType.Denunciation
      ? '03-xld'
      : '04-xld';

/** Column number → bucket, for the result columns of one form. */
function bucketByColumn(code: string): Map<number, string> {
  const numbers = new Map(
    loadFormDefinition(code.toUpperCase().replace('-', '/') as FormCode).columns.map((c) => [
      c.source,
      c.number,
    ]),
  );
  const out = new Map<number, string>();
  for (const [bucket, source] of Object.entries(COLUMNS[code]!)) {
    const number = numbers.get(source);
    if (number === undefined) throw new Error(`${code} has no column ${source}`);
    out.set(number, bucket);
  }
  return out;
}

/** Every combination a handler can reach through the API (the outcome rules allow it). */
function reachable(): (BucketFacts & { outcome: O; source: PetitionSource })[] {
  return allBucketFacts().flatMap((facts) => {
    const { outcome } = facts;
    if (outcome === null) return []; // the API always records one
    const f = { ...facts, outcome };
    const source =
      f.outcome === O.ReturnMisrouted ? PetitionSource.ForwardedByAgency : PetitionSource.Post;
    const problem = outcomeProblem(f.outcome, {
      type: f.type,
      isAnonymous: false,
      source,
      isEligible: f.isEligible,
      isInCompetence: f.isInCompetence,
      guidedBefore: false,
    });
    return problem === null ? [{ ...f, source }] : [];
  });
}

const dayOf = (i: number) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10);

describe('a petition’s report bucket is the form column it is counted in (DOMAIN §3.5, §7.2)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let agencyId: string;
  const handled: { facts: BucketFacts; day: string; bucket: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-05T03:00:00Z') });
    agencyId = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId });
    for (const [i, f] of reachable().entries()) {
      const day = dayOf(i);
      t.clock.set(new Date(`${day}T03:00:00Z`));
      handler.token = await login(t, handler.username, null); // a session lasts hours, not days
      const over: Record<string, unknown> = { type: f.type, field: FIELD[f.type], receivedOn: day };
      if (f.source === PetitionSource.ForwardedByAgency) {
        Object.assign(over, {
          source: f.source,
          senderBody: 'Sở Xây dựng',
          dispatchNo: `${i}/SXD`,
          dispatchOn: day,
        });
      }
      const items = f.isEligible ? ALL_MET : { ...ALL_MET, contentClear: false };
      const checked = await checkedPetition(t, handler, over, {
        inCompetence: f.isInCompetence === true,
        items,
      });
      const notify =
        f.outcome === O.Forward && f.type === ContentType.Denunciation
          ? { denouncerNotifiedOn: day }
          : {};
      const res = await handle(t, handler, checked.id, {
        action: f.outcome,
        version: checked.version,
        ...DETAILS[f.outcome],
        ...notify,
      });
      expect([res.status, f, res.body]).toEqual([201, f, expect.anything()]);
      handled.push({ facts: f, day, bucket: res.body.outcome.reportBucket });
    }
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId });
  });
  afterAll(() => t.close());

  const form = async (code: string, day: string) => {
    const res = await t.http
      .get(`/api/v1/statistics/forms/${code}`)
      .query({ agencyId, from: day, to: day })
      .set(bearer(leader.token))
      .expect(200);
    return res.body as FormJson;
  };

  it('reaches every outcome and both answers of eligibility and competence', () => {
    expect(new Set(handled.map((h) => h.facts.outcome)).size).toBe(Object.values(O).length);
    expect(
      new Set(handled.map((h) => `${h.facts.isEligible}/${h.facts.isInCompetence}`)).size,
    ).toBe(4);
    expect(handled.some((h) => h.bucket === 'NOT_COUNTED')).toBe(true);
  });

  it('counts each handled petition in exactly the column its reportBucket names, and nowhere else', async () => {
    for (const { facts, day, bucket } of handled) {
      for (const code of ['01-xld', formOfType(facts.type)]) {
        const body = await form(code, day);
        const counted = [...bucketByColumn(code)]
          .filter(([number]) => Number(body.total.values[number] ?? 0) > 0)
          .map(([number, b]) => [b, Number(body.total.values[number])]);
        const expected = bucket === 'NOT_COUNTED' ? [] : [[bucket, 1]];
        expect({ code, facts, counted }).toEqual({ code, facts, counted: expected });
      }
    }
  });
});
