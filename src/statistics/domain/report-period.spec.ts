import { AppError } from '../../common/errors/app-error';
import { addDays } from '../../legal/domain/local-date';
import {
  lastNPeriods,
  MAX_TREND_PERIODS,
  previousPeriod,
  type ReportPeriod,
  sameLastYear,
} from './report-period';
import { type PeriodQuery, resolvePeriod } from './resolve-period';

const statutory = (period: string) => resolvePeriod({ period });
const calendar = (period: string) => resolvePeriod({ period, convention: 'calendar' });
const range = (p: ReportPeriod) => [p.from, p.to, p.basis];

describe('statutory periods — Thông tư 01/2024/TT-TTCP: chốt số liệu từ ngày 15 tháng trước đến ngày 14', () => {
  it.each([
    ['2025', '2024-12-15', '2025-12-14'], // Năm: 15/12 năm trước → 14/12
    ['2025-Q1', '2024-12-15', '2025-03-14'], // Quý I: 15/12 năm trước → 14/3
    ['2025-Q2', '2025-03-15', '2025-06-14'], // Quý II: 15/3 → 14/6
    ['2025-Q3', '2025-06-15', '2025-09-14'], // Quý III: 15/6 → 14/9
    ['2025-Q4', '2025-09-15', '2025-12-14'], // Quý IV: 15/9 → 14/12
    ['2025-H1', '2024-12-15', '2025-06-14'], // 6 tháng: 15/12 năm trước → 14/6
    ['2025-H2', '2025-06-15', '2025-12-14'], // 6 tháng cuối năm (not a TTCP report; same cut-offs)
    ['2025-9M', '2024-12-15', '2025-09-14'], // 9 tháng: 15/12 năm trước → 14/9
    ['2025-M01', '2024-12-15', '2025-01-14'], // tháng: 15 → 14
    ['2025-M03', '2025-02-15', '2025-03-14'],
    ['2024-Q1', '2023-12-15', '2024-03-14'], // closes 14/3/2024, after TT 01/2024 came into force (5/3/2024)
  ])('%s runs %s → %s', (code, from, to) => {
    expect(range(statutory(code))).toEqual([from, to, 'TT_01_2024']);
  });
});

describe('statutory periods — Thông tư 02/2021/TT-TTCP (10/5/2021 – 4/3/2024): 15 → 14', () => {
  it.each([
    ['2022', '2021-12-15', '2022-12-14'],
    ['2021', '2020-12-15', '2021-12-14'], // closes 14/12/2021: TT 02/2021 defines the whole year
    ['2021-H1', '2020-12-15', '2021-06-14'],
    ['2021-Q2', '2021-03-15', '2021-06-14'],
    ['2021-M05', '2021-04-15', '2021-05-14'], // first month closing after 10/5/2021
    ['2024-M02', '2024-01-15', '2024-02-14'], // closes 14/2/2024, before TT 01/2024
  ])('%s runs %s → %s', (code, from, to) => {
    expect(range(statutory(code))).toEqual([from, to, 'TT_02_2021']);
  });
});

describe('statutory periods — Thông tư 03/2013/TT-TTCP Điều 9 (data closing before 10/5/2021): 16 → 15', () => {
  it.each([
    ['2017', '2016-12-16', '2017-12-15'],
    ['2017-Q1', '2016-12-16', '2017-03-15'],
    ['2017-Q4', '2017-09-16', '2017-12-15'],
    ['2017-H1', '2016-12-16', '2017-06-15'],
    ['2017-9M', '2016-12-16', '2017-09-15'],
    ['2017-M03', '2017-02-16', '2017-03-15'],
    ['2021-Q1', '2020-12-16', '2021-03-15'], // closes 15/3/2021, before TT 02/2021
    ['2021-M04', '2021-03-16', '2021-04-15'], // last month under TT 03/2013
  ])('%s runs %s → %s', (code, from, to) => {
    expect(range(statutory(code))).toEqual([from, to, 'TT_03_2013']);
  });

  it('labels the Hà Nội 2017 year with its dates and circular (DOMAIN §9.1)', () => {
    expect(statutory('2017')).toMatchObject({
      convention: 'statutory',
      kind: 'year',
      code: '2017',
      name: 'Năm 2017',
      label: 'Năm 2017 (kỳ báo cáo 16/12/2016 – 15/12/2017, Thông tư 03/2013/TT-TTCP)',
    });
  });

  it('chooses the circular by the closing date: the day 15/x at the switch belongs to both sides', () => {
    // 2021-M04 closes 15/4/2021 under TT 03/2013; 2021-M05 opens 15/4/2021 under TT 02/2021.
    expect(statutory('2021-M04').to).toBe('2021-04-15');
    expect(statutory('2021-M05').from).toBe('2021-04-15');
    expect(statutory('2021-Q1').to).toBe('2021-03-15');
    expect(statutory('2021-Q2').from).toBe('2021-03-15');
  });
});

describe('calendar periods', () => {
  it.each([
    ['2017', '2017-01-01', '2017-12-31'],
    ['2017-Q1', '2017-01-01', '2017-03-31'],
    ['2017-Q4', '2017-10-01', '2017-12-31'],
    ['2017-H1', '2017-01-01', '2017-06-30'],
    ['2017-H2', '2017-07-01', '2017-12-31'],
    ['2017-9M', '2017-01-01', '2017-09-30'],
    ['2016-M02', '2016-02-01', '2016-02-29'],
  ])('%s runs %s → %s', (code, from, to) => {
    expect(range(calendar(code))).toEqual([from, to, null]);
  });

  it('says which convention was used', () => {
    expect(calendar('2017-Q1').label).toBe(
      'Quý I năm 2017 (01/01/2017 – 31/03/2017, theo dương lịch)',
    );
  });
});

describe('labels name the period and the circular', () => {
  it.each([
    ['2025', 'Năm 2025 (kỳ báo cáo 15/12/2024 – 14/12/2025, Thông tư 01/2024/TT-TTCP)'],
    ['2022-Q3', 'Quý III năm 2022 (kỳ báo cáo 15/06/2022 – 14/09/2022, Thông tư 02/2021/TT-TTCP)'],
    [
      '2017-H1',
      '6 tháng đầu năm 2017 (kỳ báo cáo 16/12/2016 – 15/06/2017, Thông tư 03/2013/TT-TTCP)',
    ],
    ['2017-9M', '9 tháng năm 2017 (kỳ báo cáo 16/12/2016 – 15/09/2017, Thông tư 03/2013/TT-TTCP)'],
    ['2017-M03', 'Tháng 3 năm 2017 (kỳ báo cáo 16/02/2017 – 15/03/2017, Thông tư 03/2013/TT-TTCP)'],
  ])('%s → %s', (code, label) => {
    expect(statutory(code).label).toBe(label);
  });

  it('labels a custom range with its dates', () => {
    const p = resolvePeriod({ from: '2017-01-10', to: '2017-01-20' });
    expect(p).toMatchObject({ convention: 'custom', kind: 'custom', basis: null, code: null });
    expect(p.label).toBe('Từ ngày 10/01/2017 đến ngày 20/01/2017');
  });
});

describe('statutory periods tile the year without gaps or overlaps within one circular', () => {
  it.each([2017, 2023, 2025])('quarters and months of %i', (year) => {
    const quarters = [1, 2, 3, 4].map((q) => statutory(`${year}-Q${q}`));
    const months = Array.from({ length: 12 }, (_, i) =>
      statutory(`${year}-M${String(i + 1).padStart(2, '0')}`),
    );
    for (const parts of [quarters, months]) {
      expect(parts[0]?.from).toBe(statutory(String(year)).from);
      expect(parts.at(-1)?.to).toBe(statutory(String(year)).to);
      parts.slice(1).forEach((p, i) => expect(p.from).toBe(addDays(parts[i]!.to, 1)));
    }
  });
});

describe('previousPeriod — equal length, immediately before', () => {
  it.each([
    ['2017', 'statutory', '2016', '2015-12-16', '2016-12-15'],
    ['2017-Q1', 'statutory', '2016-Q4', '2016-09-16', '2016-12-15'],
    ['2017-H1', 'statutory', '2016-H2', '2016-06-16', '2016-12-15'],
    ['2021-Q2', 'statutory', '2021-Q1', '2020-12-16', '2021-03-15'], // its own circular: TT 03/2013
    ['2025-M01', 'statutory', '2024-M12', '2024-11-15', '2024-12-14'],
    ['2017-M01', 'calendar', '2016-M12', '2016-12-01', '2016-12-31'],
    ['2017-9M', 'calendar', null, '2016-04-01', '2016-12-31'],
  ])('%s (%s) → %s %s → %s', (code, convention, prevCode, from, to) => {
    const prev = previousPeriod(resolvePeriod({ period: code, convention }));
    expect([prev.code, prev.from, prev.to, prev.convention]).toEqual([
      prevCode,
      from,
      to,
      convention,
    ]);
  });

  it('names a 9-month span that is not a report period by its months', () => {
    const prev = previousPeriod(statutory('2017-9M'));
    expect(prev).toMatchObject({ kind: 'months', from: '2016-03-16', to: '2016-12-15' });
    expect(prev.name).toBe('9 tháng, từ tháng 4/2016 đến tháng 12/2016');
  });

  it('moves a custom range back by its own number of days', () => {
    const prev = previousPeriod(resolvePeriod({ from: '2017-01-10', to: '2017-01-20' }));
    expect([prev.from, prev.to, prev.convention]).toEqual(['2016-12-30', '2017-01-09', 'custom']);
  });
});

describe('sameLastYear', () => {
  it.each([
    ['2018', 'statutory', '2016-12-16', '2017-12-15'],
    ['2022-Q1', 'statutory', '2020-12-16', '2021-03-15'], // a year earlier falls under TT 03/2013
    ['2017-M02', 'calendar', '2016-02-01', '2016-02-29'],
  ])('%s (%s) → %s → %s', (code, convention, from, to) => {
    const p = sameLastYear(resolvePeriod({ period: code, convention }));
    expect([p.from, p.to]).toEqual([from, to]);
  });

  it('moves a custom range back one year, 29/02 becoming 28/02', () => {
    const p = sameLastYear(resolvePeriod({ from: '2024-02-01', to: '2024-02-29' }));
    expect([p.from, p.to]).toEqual(['2023-02-01', '2023-02-28']);
  });
});

describe('lastNPeriods — the points of a trend, oldest first', () => {
  it('gives the last four statutory quarters, each following the previous', () => {
    const quarters = lastNPeriods(statutory('2017-Q1'), 4);
    expect(quarters.map((p) => p.code)).toEqual(['2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1']);
    quarters.slice(1).forEach((p, i) => expect(p.from).toBe(addDays(quarters[i]!.to, 1)));
  });

  it('gives twelve calendar months of a year', () => {
    const months = lastNPeriods(calendar('2017-M12'), 12);
    expect(months[0]?.from).toBe('2017-01-01');
    expect(months.map((p) => p.to).at(-1)).toBe('2017-12-31');
  });

  it.each([0, -1, 1.5, MAX_TREND_PERIODS + 1])(
    'refuses %p periods with a 400 naming periods',
    (n) => {
      expect(() => lastNPeriods(statutory('2017'), n)).toThrow(
        expect.objectContaining({
          httpStatus: 400,
          errors: [expect.objectContaining({ field: 'periods' })],
        }),
      );
    },
  );
});

function errorsOf(query: PeriodQuery): [string, string][] {
  try {
    resolvePeriod(query);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const error = e as AppError;
    expect([error.httpStatus, error.code]).toEqual([400, 'STATISTICS_PERIOD_INVALID']);
    return error.errors.map((f) => [f.field, f.code]);
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
}

describe('resolvePeriod refuses bad queries with a 400 naming the field', () => {
  it.each<[string, PeriodQuery, [string, string][]]>([
    ['nothing', {}, [['period', 'required']]],
    ['empty strings', { period: '', from: '' }, [['period', 'required']]],
    ['an unknown format', { period: '2017Q1' }, [['period', 'format']]],
    ['a lower-case quarter', { period: '2017-q1' }, [['period', 'format']]],
    ['a one-digit month', { period: '2017-M3' }, [['period', 'format']]],
    ['a repeated parameter', { period: ['2017', '2018'] }, [['period', 'format']]],
    ['quarter 5', { period: '2017-Q5' }, [['period', 'notExists']]],
    ['month 13', { period: '2017-M13' }, [['period', 'notExists']]],
    ['month 0', { period: '2017-M00' }, [['period', 'notExists']]],
    ['half 3', { period: '2017-H3' }, [['period', 'notExists']]],
    ['a year before 2000', { period: '1999' }, [['period', 'yearOutOfRange']]],
    ['an unknown convention', { period: '2017', convention: 'lunar' }, [['convention', 'invalid']]],
    ['convention custom', { period: '2017', convention: 'custom' }, [['convention', 'invalid']]],
    ['period and from', { period: '2017', from: '2017-01-01' }, [['from', 'notWithPeriod']]],
    ['from without to', { from: '2017-01-01' }, [['to', 'required']]],
    ['an impossible date', { from: '2017-02-30', to: '2017-03-01' }, [['from', 'invalidDate']]],
    [
      'a date in another format',
      { from: '01/02/2017', to: '2017-03-01' },
      [['from', 'invalidDate']],
    ],
    ['from after to', { from: '2017-12-31', to: '2017-01-01' }, [['to', 'reversed']]],
    ['a range of 100 years', { from: '2000-01-01', to: '2099-12-31' }, [['to', 'tooLong']]],
    ['10 years and a day', { from: '2010-01-01', to: '2020-01-01' }, [['to', 'tooLong']]],
    ['a date before 2000', { from: '1926-01-01', to: '2025-12-31' }, [['from', 'outOfRange']]],
    [
      'a convention with a range',
      { from: '2017-01-01', to: '2017-12-31', convention: 'calendar' },
      [['convention', 'notWithRange']],
    ],
  ])('%s', (_, query, expected) => {
    expect(errorsOf(query)).toEqual(expected);
  });

  it('accepts a range of exactly 10 years', () => {
    expect(resolvePeriod({ from: '2010-01-01', to: '2019-12-31' }).convention).toBe('custom');
  });

  it('defaults the convention to statutory', () => {
    expect(resolvePeriod({ period: '2017' }).convention).toBe('statutory');
  });
});
