import { computeDeadline, type DeadlineInput } from './deadline-engine';
import { defaultCalendarForYear } from './holiday-calendar';
import { type LegalRuleVersion, selectRuleVersion } from './legal-rule';
import { LEGAL_RULE_SEED } from './legal-rules.seed';
import { buildWorkingCalendar } from './working-calendar';

const calendar = buildWorkingCalendar(
  [2018, 2022, 2023, 2024, 2025, 2026, 2027].flatMap(defaultCalendarForYear),
);

function rule(key: string, onDate = '2026-01-01'): LegalRuleVersion {
  const found = selectRuleVersion(LEGAL_RULE_SEED, key, onDate);
  if (!found) {
    throw new Error(`no rule ${key} on ${onDate}`);
  }
  return found;
}

function due(key: string, start: string, options: Partial<DeadlineInput> = {}): string | null {
  return computeDeadline({ rule: rule(key, start), start, ...options }, calendar).dueOn;
}

function texts(key: string, start: string, options: Partial<DeadlineInput> = {}): string[] {
  const result = computeDeadline({ rule: rule(key, start), start, ...options }, calendar);
  return result.explanation.map((s) => s.text);
}

describe('computeDeadline — working-day rules skip weekends, holidays, days in lieu and swaps', () => {
  it.each([
    // Tue 10/02: 11–13 (3), Tết break 14–22/02 skipped, 23–27 (8), 02–03/03 (10)
    { key: 'D1', start: '2026-02-10', ext: 0, due: '2026-03-03', law: 'TT 05/2021, Tết 2026' },
    // Fri 24/01/2025: Tết 25/01–02/02 skipped (legal days Mon 27–Fri 31), 03–05/02
    { key: 'D6', start: '2025-01-24', ext: 0, due: '2025-02-05', law: 'Luật KN Đ32, Tết 2025' },
    // Wed 22/04: 23–24 (2), Giỗ Tổ Sun 26 + nghỉ bù Mon 27, 28–29 (4), 30/4–3/5 off, 04–06/05 (7)
    { key: 'D11', start: '2026-04-22', ext: 0, due: '2026-05-06', law: 'Luật TC Đ24 k1, Giỗ Tổ' },
    // … extended to 10 working days: 07–08/05 (9), weekend, Mon 11/05 (10)
    { key: 'D11', start: '2026-04-22', ext: 1, due: '2026-05-11', law: 'Luật TC Đ24 k1, gia hạn' },
    // Wed 31/12/2025: 01/01 holiday, 02/01 swapped, 05–09 (5), make-up Sat 10/01 (6), 12–15 (10)
    { key: 'D1', start: '2025-12-31', ext: 0, due: '2026-01-15', law: 'year end, làm bù 10/01' },
    // Thu 27/08: Fri 28 (1), 29–30 weekend, 31/08 swapped, 01–02/09 Quốc khánh, 03–04, 07–08 (5)
    { key: 'D12', start: '2026-08-27', ext: 0, due: '2026-09-08', law: 'Luật TC Đ24 k2, 2/9/2026' },
    // Thu 20/08: Fri 21 (1), make-up Sat 22 (2), Sun 23 skipped, 24–28 (7)
    {
      key: 'D16',
      start: '2026-08-20',
      ext: 0,
      due: '2026-08-28',
      law: 'Luật TC Đ36, làm bù 22/08',
    },
    // Thu 24/04/2025: Fri 25, make-up Sat 26, 28–29 (4), 30/4–4/5 off, 05–09 (9), Mon 12 (10)
    { key: 'D1', start: '2025-04-24', ext: 0, due: '2025-05-12', law: '30/4 2025, swap of 02/05' },
    // Thu 29/08/2024: Fri 30 (1), 31/08–03/09 off (2/9 Mon + 3/9 Tue), 04–06 (4), Mon 09 (5)
    { key: 'D15', start: '2024-08-29', ext: 0, due: '2024-09-09', law: 'Luật TC Đ35, 2/9/2024' },
    // Mon 02/03: 03–06 (4), 09–13 (9), Mon 16 (10): no holiday in between
    { key: 'D1', start: '2026-03-02', ext: 0, due: '2026-03-16', law: 'ordinary weeks' },
  ])('$key from $start with $ext extension(s) is due $due ($law)', ({ key, start, ext, ...e }) => {
    expect(due(key, start, { extensions: ext })).toBe(e.due);
  });

  it('explains the count around Tết 2026 span by span, naming each holiday', () => {
    const result = computeDeadline({ rule: rule('D1'), start: '2026-02-10' }, calendar);
    expect(result).toMatchObject({ dueOn: '2026-03-03', totalDays: 10, unit: 'working_days' });
    expect(result.explanation.map((s) => s.kind)).toEqual([
      'rule',
      'start',
      'count',
      ...Array(7).fill('skip'),
      'count',
      'skip',
      'count',
      'due',
    ]);
    expect(result.explanation.map((s) => s.text)).toEqual([
      'Quy tắc D1 (phiên bản 2) – Xử lý đơn kể từ ngày nhận đơn: 10 ngày làm việc, căn cứ Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)',
      'Ngày bắt đầu Thứ Ba 10/02/2026 không tính; thời hạn tính từ ngày 11/02/2026 (Bộ luật Dân sự 2015, Điều 147 khoản 2)',
      'Đếm 3 ngày làm việc từ 11/02/2026 đến 13/02/2026; đã đếm 3/10 ngày làm việc',
      'Bỏ qua Thứ Bảy 14/02/2026 và Chủ nhật 15/02/2026 (ngày nghỉ hằng tuần)',
      'Bỏ qua Thứ Hai 16/02/2026: Tết Nguyên đán (29 tháng Chạp)',
      'Bỏ qua Thứ Ba 17/02/2026: Tết Nguyên đán (mùng 1)',
      'Bỏ qua Thứ Tư 18/02/2026: Tết Nguyên đán (mùng 2)',
      'Bỏ qua Thứ Năm 19/02/2026: Tết Nguyên đán (mùng 3)',
      'Bỏ qua Thứ Sáu 20/02/2026: Tết Nguyên đán (mùng 4)',
      'Bỏ qua Thứ Bảy 21/02/2026 và Chủ nhật 22/02/2026 (ngày nghỉ hằng tuần)',
      'Đếm 5 ngày làm việc từ 23/02/2026 đến 27/02/2026; đã đếm 8/10 ngày làm việc',
      'Bỏ qua Thứ Bảy 28/02/2026 và Chủ nhật 01/03/2026 (ngày nghỉ hằng tuần)',
      'Đếm 2 ngày làm việc từ 02/03/2026 đến 03/03/2026; đã đếm 10/10 ngày làm việc',
      'Hạn cuối: hết ngày Thứ Ba 03/03/2026',
    ]);
    expect(result.explanation[4]).toMatchObject({ date: '2026-02-16', days: 1 });
    expect(result.explanation[3]).toMatchObject({ from: '2026-02-14', to: '2026-02-15', days: 2 });
  });

  it('names the make-up Saturday it counts and the swapped day it skips', () => {
    const steps = texts('D1', '2025-12-31');
    expect(steps).toContain('Bỏ qua Thứ Năm 01/01/2026: Tết Dương lịch');
    expect(steps).toContain(
      'Bỏ qua Thứ Sáu 02/01/2026: Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù Thứ Bảy 10/01/2026)',
    );
    expect(steps).toContain(
      'Đếm 6 ngày làm việc từ 05/01/2026 đến 10/01/2026 (gồm ngày làm bù Thứ Bảy 10/01/2026); đã đếm 6/10 ngày làm việc',
    );
    expect(steps).toContain('Bỏ qua Chủ nhật 11/01/2026 (ngày nghỉ hằng tuần)');
  });

  it('names a holiday on a Sunday and its day in lieu (Giỗ Tổ 2026, BLLĐ 2019 Điều 111 khoản 3)', () => {
    const steps = texts('D11', '2026-04-22');
    expect(steps).toContain('Bỏ qua Thứ Bảy 25/04/2026 (ngày nghỉ hằng tuần)');
    expect(steps).toContain('Bỏ qua Chủ nhật 26/04/2026: Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(steps).toContain('Bỏ qua Thứ Hai 27/04/2026: Nghỉ bù Giỗ Tổ Hùng Vương');
  });
});

describe('computeDeadline — calendar-day rules roll forward once (Bộ luật Dân sự 2015, Điều 148)', () => {
  const complex = { complex: true };
  const remote = { remote: true };
  it.each([
    // Fri 27/03 + 30 = Sun 26/04 (Giỗ Tổ) → Mon 27/04 (nghỉ bù) → Tue 28/04
    { key: 'D5', start: '2026-03-27', opts: {}, due: '2026-04-28', law: 'Luật KN Đ28, Giỗ Tổ' },
    // Mon 20/04 + 10 = Thu 30/04 → Fri 01/05 → weekend → Mon 04/05
    { key: 'D4', start: '2026-04-20', opts: {}, due: '2026-05-04', law: 'Luật KN Đ27, 30/4' },
    // Thu 15/01 + 30 = Sat 14/02 → Tết break → Mon 23/02
    { key: 'D14', start: '2026-01-15', opts: {}, due: '2026-02-23', law: 'Luật TC Đ30 k1, Tết' },
    // Wed 02/12/2026 + 30 = Fri 01/01/2027 (Tết Dương lịch) → weekend → Mon 04/01/2027
    { key: 'D14', start: '2026-12-02', opts: {}, due: '2027-01-04', law: 'year end' },
    // Thu 15/01 + 10 = Sun 25/01 → Mon 26/01
    { key: 'D4', start: '2026-01-15', opts: {}, due: '2026-01-26', law: 'plain Sunday' },
    // Mon 02/03 + 15 = Tue 17/03, a working day: no roll-forward
    { key: 'D3', start: '2026-03-02', opts: {}, due: '2026-03-17', law: 'Luật KN Đ49, no roll' },
    // Wed 23/08/2023 + 10 = Sat 02/09 (Quốc khánh) → Sun 03 → Mon 04 (nghỉ bù) → Tue 05/09
    { key: 'D4', start: '2023-08-23', opts: {}, due: '2023-09-05', law: '2/9/2023 on Saturday' },
    // Wed 20/04/2022 + 10 = Sat 30/04 → Sun 1/5 → nghỉ bù Mon 02, Tue 03 → Wed 04/05
    { key: 'D4', start: '2022-04-20', opts: {}, due: '2022-05-04', law: '30/4, 1/5/2022 weekend' },
    // Mon 01/06 + 45 = Thu 16/07; + 60 = Fri 31/07; + 70 = Mon 10/08
    { key: 'D8', start: '2026-06-01', opts: {}, due: '2026-07-16', law: 'Luật KN Đ37, 45 ngày' },
    { key: 'D8', start: '2026-06-01', opts: complex, due: '2026-07-31', law: 'phức tạp 60' },
    { key: 'D8', start: '2026-06-01', opts: remote, due: '2026-07-31', law: 'vùng xa 60' },
    {
      key: 'D8',
      start: '2026-06-01',
      opts: { ...complex, ...remote },
      due: '2026-08-10',
      law: '70',
    },
  ])('$key from $start with $opts is due $due ($law)', ({ key, start, opts, ...e }) => {
    expect(due(key, start, opts)).toBe(e.due);
  });

  it('explains the roll-forward over Giỗ Tổ and its day in lieu', () => {
    const result = computeDeadline({ rule: rule('D5'), start: '2026-03-27' }, calendar);
    expect(result.explanation.map((s) => s.kind)).toEqual([
      'rule',
      'start',
      'count',
      'roll_forward',
      'due',
    ]);
    expect(result.explanation.map((s) => s.text).slice(2)).toEqual([
      'Đếm 30 ngày liên tục, kể cả ngày nghỉ và ngày lễ, từ 28/03/2026 đến 26/04/2026',
      'Ngày cuối cùng của thời hạn 26/04/2026 là Chủ nhật – Giỗ Tổ Hùng Vương (10/3 âm lịch); 27/04/2026 là Thứ Hai – Nghỉ bù Giỗ Tổ Hùng Vương; thời hạn kết thúc vào ngày làm việc tiếp theo Thứ Ba 28/04/2026 (Bộ luật Dân sự 2015, Điều 148 khoản 5)',
      'Hạn cuối: hết ngày Thứ Ba 28/04/2026',
    ]);
    expect(result.explanation[3]).toMatchObject({ from: '2026-04-26', to: '2026-04-28' });
  });

  it('says which value of the rule applies (Luật KN Điều 37: remote complex case)', () => {
    expect(texts('D8', '2026-06-01', { complex: true, remote: true })[0]).toBe(
      'Quy tắc D8 (phiên bản 1) – Giải quyết khiếu nại lần hai kể từ ngày thụ lý: 70 ngày (vùng sâu, vùng xa đi lại khó khăn, vụ việc phức tạp), căn cứ Luật Khiếu nại 2011, Điều 37',
    );
  });

  it.each([
    // D7 has no complex value: normal 30 days; Mon 02/03 + 30 = Wed 01/04
    ['D7', { complex: true }, '2026-04-01', 'vụ việc phức tạp; áp dụng thời hạn thông thường'],
    // D7 remote complex → remote 45: Mon 02/03 + 45 = Thu 16/04
    [
      'D7',
      { complex: true, remote: true },
      '2026-04-16',
      'vùng sâu, vùng xa đi lại khó khăn, vụ việc phức tạp; áp dụng thời hạn vùng sâu, vùng xa đi lại khó khăn',
    ],
    // D14 (2018) has no complex value: complexity is handled by extensions
    ['D14', { complex: true }, '2026-04-01', 'vụ việc phức tạp; áp dụng thời hạn thông thường'],
  ])('%s with %p falls back and says so', (key, options, expected, note) => {
    const result = computeDeadline({ rule: rule(key), start: '2026-03-02', ...options }, calendar);
    expect(result.dueOn).toBe(expected);
    expect(result.explanation[1]?.text).toBe(
      `Quy tắc ${key} không quy định thời hạn riêng cho ${note}`,
    );
  });
});
