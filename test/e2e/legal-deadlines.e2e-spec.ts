import { Role } from '../../src/auth/role';
import { bearer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface Step {
  kind: string;
  text: string;
  date?: string;
  from?: string;
  to?: string;
  days?: number;
}

interface Preview {
  dueOn: string | null;
  start: string;
  totalDays: number;
  remainingDays?: number;
  rule: Record<'key' | 'title' | 'unit' | 'legalBasis', string> &
    Record<'version' | 'value', number>;
  explanation: Step[];
  warnings: string[];
}

describe('GET /api/v1/legal/deadlines/preview — due dates, explained', () => {
  let t: TestApp;
  let reader: string;

  beforeAll(async () => {
    t = await createTestApp();
    reader = await tokenFor(t, Role.ReceptionOfficer);
  });
  afterAll(() => t.close());

  const preview = (query: Record<string, string | string[]>) =>
    t.http.get('/api/v1/legal/deadlines/preview').query(query).set(bearer(reader));

  it('D1 (10 working days) received Tue 10/02/2026 runs across Tết Bính Ngọ to Tue 03/03/2026', async () => {
    const res = await preview({ rule: 'D1', start: '2026-02-10' }).expect(200);
    const body = res.body as Preview;
    expect(body.dueOn).toBe('2026-03-03');
    expect(body.rule).toEqual({
      key: 'D1',
      version: 2,
      title: 'Xử lý đơn kể từ ngày nhận đơn',
      value: 10,
      unit: 'working_days',
      legalBasis: 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)',
    });
    expect(body.totalDays).toBe(10);
    expect(body.warnings).toEqual([]);
    const kinds = body.explanation.map((s) => s.kind).join(' ');
    expect(kinds).toBe('rule start count skip skip skip skip skip skip skip count skip count due');
    expect(body.explanation.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        'Ngày bắt đầu Thứ Ba 10/02/2026 không tính; thời hạn tính từ ngày 11/02/2026 (Bộ luật Dân sự 2015, Điều 147 khoản 2)',
        'Bỏ qua Thứ Hai 16/02/2026: Tết Nguyên đán (29 tháng Chạp)',
        'Bỏ qua Thứ Ba 17/02/2026: Tết Nguyên đán (mùng 1)',
        'Bỏ qua Thứ Sáu 20/02/2026: Tết Nguyên đán (mùng 4)',
        'Đếm 2 ngày làm việc từ 02/03/2026 đến 03/03/2026; đã đếm 10/10 ngày làm việc',
        'Hạn cuối: hết ngày Thứ Ba 03/03/2026',
      ]),
    );
    expect(body.explanation[2]).toEqual({
      kind: 'count',
      text: 'Đếm 3 ngày làm việc từ 11/02/2026 đến 13/02/2026; đã đếm 3/10 ngày làm việc',
      from: '2026-02-11',
      to: '2026-02-13',
      days: 3,
    });
  });

  it('D5 (30 days) accepted 20/01/2026 ends on mùng 3 Tết and rolls forward to Mon 23/02/2026', async () => {
    const res = await preview({
      rule: 'D5',
      start: '2026-01-20',
      complex: 'false',
      remote: 'false',
      extensions: '0',
    }).expect(200);
    const body = res.body as Preview;
    expect(body.dueOn).toBe('2026-02-23');
    expect(body.rule).toEqual(
      expect.objectContaining({
        key: 'D5',
        version: 1,
        value: 30,
        unit: 'calendar_days',
        legalBasis: 'Luật Khiếu nại 2011, Điều 28',
      }),
    );
    expect(body.explanation).toEqual([
      {
        kind: 'rule',
        text: 'Quy tắc D5 (phiên bản 1) – Giải quyết khiếu nại lần đầu kể từ ngày thụ lý: 30 ngày, căn cứ Luật Khiếu nại 2011, Điều 28',
        days: 30,
      },
      {
        kind: 'start',
        text: 'Ngày bắt đầu Thứ Ba 20/01/2026 không tính; thời hạn tính từ ngày 21/01/2026 (Bộ luật Dân sự 2015, Điều 147 khoản 2)',
        date: '2026-01-20',
      },
      {
        kind: 'count',
        text: 'Đếm 30 ngày liên tục, kể cả ngày nghỉ và ngày lễ, từ 21/01/2026 đến 19/02/2026',
        from: '2026-01-21',
        to: '2026-02-19',
        days: 30,
      },
      {
        kind: 'roll_forward',
        text: 'Ngày cuối cùng của thời hạn 19/02/2026 là Thứ Năm – Tết Nguyên đán (mùng 3); 20/02/2026 là Thứ Sáu – Tết Nguyên đán (mùng 4); 21/02/2026 là Thứ Bảy (ngày nghỉ hằng tuần); 22/02/2026 là Chủ nhật (ngày nghỉ hằng tuần); thời hạn kết thúc vào ngày làm việc tiếp theo Thứ Hai 23/02/2026 (Bộ luật Dân sự 2015, Điều 148 khoản 5)',
        from: '2026-02-19',
        to: '2026-02-23',
        date: '2026-02-23',
      },
      { kind: 'due', text: 'Hạn cuối: hết ngày Thứ Hai 23/02/2026', date: '2026-02-23' },
    ]);
  });

  it('D5 accepted 06/02/2026 ends on Sunday 08/03/2026 and rolls forward to Monday 09/03/2026', async () => {
    const body = (await preview({ rule: 'D5', start: '2026-02-06' }).expect(200)).body as Preview;
    expect(body.dueOn).toBe('2026-03-09');
    expect(body.explanation.at(-2)).toEqual(
      expect.objectContaining({ kind: 'roll_forward', from: '2026-03-08', to: '2026-03-09' }),
    );
  });

  it('D5 for a complex case in a remote area takes 60 days (Luật KN 2011 Điều 28)', async () => {
    const res = await preview({ rule: 'D5', start: '2026-03-02', complex: 'true', remote: 'true' });
    const body = res.body as Preview;
    expect(body.rule.value).toBe(60);
    expect(body.dueOn).toBe('2026-05-04'); // 01/05/2026 (Fri, holiday) → Mon 04/05
  });

  it('D14 accepted in 2018 uses Luật Tố cáo 2011 (60 days), in 2019 Luật Tố cáo 2018 (30 days + extensions)', async () => {
    const old = (await preview({ rule: 'D14', start: '2018-06-01' }).expect(200)).body as Preview;
    expect(old.rule).toEqual(
      expect.objectContaining({ version: 1, value: 60, legalBasis: 'Luật Tố cáo 2011, Điều 21' }),
    );
    expect(old.dueOn).toBe('2018-07-31');
    const now = (await preview({ rule: 'D14', start: '2026-03-02', extensions: '2' }).expect(200))
      .body as Preview;
    expect(now.rule).toEqual(expect.objectContaining({ version: 2, value: 30 }));
    expect(now.totalDays).toBe(90);
    expect(now.explanation.filter((s) => s.kind === 'extension')).toHaveLength(2);
  });

  it('a suspension moves the due date by the suspended days; a running one leaves it open', async () => {
    const moved = (
      await preview({
        rule: 'D5',
        start: '2026-03-02',
        suspendedFrom: '2026-03-10',
        resumedOn: '2026-03-20',
      }).expect(200)
    ).body as Preview;
    expect(moved.dueOn).toBe('2026-04-13'); // 01/04 + 10 days = Sat 11/04 → Mon 13/04
    const running = (
      await preview({ rule: 'D5', start: '2026-03-02', suspendedFrom: '2026-03-10' }).expect(200)
    ).body as Preview;
    expect(running).toEqual(expect.objectContaining({ dueOn: null, remainingDays: 23 }));
  });

  it('warns when the counted years have no holidays entered (after 2031)', async () => {
    const body = (await preview({ rule: 'D5', start: '2035-03-01' }).expect(200)).body as Preview;
    expect(body.warnings).toEqual([
      'Lịch năm 2035 chưa có ngày nghỉ lễ nào; hạn được tính chỉ với ngày nghỉ hằng tuần',
    ]);
  });

  describe('bad input → 400 naming the field', () => {
    it.each([
      [{ rule: 'D99', start: '2026-01-20' }, 'LEGAL_RULE_UNKNOWN', 'rule'],
      [{ rule: 'd5', start: '2026-01-20' }, 'VALIDATION_FAILED', 'rule'],
      [{ start: '2026-01-20' }, 'VALIDATION_FAILED', 'rule'],
      [{ rule: 'D5', start: '2026-02-30' }, 'VALIDATION_FAILED', 'start'],
      [{ rule: 'D5', start: '20/01/2026' }, 'VALIDATION_FAILED', 'start'],
      [{ rule: 'D5', start: '2026-01-20', extensions: '-1' }, 'VALIDATION_FAILED', 'extensions'],
      [
        { rule: 'D5', start: '2026-01-20', extensions: '1' },
        'DEADLINE_INVALID_INPUT',
        'extensions',
      ],
      [
        { rule: 'D14', start: '2026-01-20', extensions: '3' },
        'DEADLINE_INVALID_INPUT',
        'extensions',
      ],
      [{ rule: 'D5', start: '2026-01-20', complex: 'có' }, 'VALIDATION_FAILED', 'complex'],
      [{ rule: 'D11', start: '2012-06-01' }, 'LEGAL_RULE_NOT_IN_FORCE', 'start'],
      [{ rule: 'D5', start: '2010-01-01' }, 'LEGAL_RULE_NOT_IN_FORCE', 'start'],
      [{ rule: 'D5', start: '2150-01-01' }, 'DEADLINE_INVALID_INPUT', 'start'],
      [{ rule: 'D17', start: '2026-01-20' }, 'DEADLINE_INVALID_INPUT', 'rule'],
      [
        { rule: 'D5', start: '2026-03-02', suspendedFrom: '2026-03-01' },
        'DEADLINE_INVALID_INPUT',
        'suspendedFrom.0',
      ],
      [
        { rule: 'D5', start: '2026-03-02', resumedOn: '2026-03-20' },
        'DEADLINE_INVALID_INPUT',
        'resumedOn',
      ],
      [{ rule: 'D5', start: '2026-03-02', bogus: '1' }, 'VALIDATION_FAILED', 'bogus'],
    ])('%j → %s (%s)', async (query, code, field) => {
      expectError(await preview(query), 400, code, field);
    });

    it('says in Vietnamese which rule version is missing', async () => {
      const res = await preview({ rule: 'D11', start: '2012-06-01' });
      expect(res.body).toEqual(
        expect.objectContaining({
          message: 'Quy tắc D11 không có phiên bản nào có hiệu lực vào ngày 01/06/2012',
          errors: [
            {
              field: 'start',
              code: 'notInForce',
              message: 'Quy tắc D11 không có phiên bản nào có hiệu lực vào ngày 01/06/2012',
            },
          ],
        }),
      );
    });

    it('explains a refused extension with the rule’s maximum', async () => {
      const res = await preview({ rule: 'D14', start: '2026-01-20', extensions: '3' });
      expect((res.body as { errors: unknown[] }).errors).toEqual([
        {
          field: 'extensions',
          code: 'deadline',
          message: 'Quy tắc D14 cho phép gia hạn tối đa 2 lần',
        },
      ]);
    });
  });

  it('answers 401 without a token', async () => {
    const res = await t.http
      .get('/api/v1/legal/deadlines/preview')
      .query({ rule: 'D5', start: '2026-01-20' });
    expectError(res, 401, 'UNAUTHENTICATED');
  });
});
