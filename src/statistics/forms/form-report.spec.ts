import { customPeriod } from '../domain/report-period';
import { loadFormDefinition } from '../form-templates';
import type { ReportScope } from '../scope/report-scope';
import { parseFormCode, parseFormFormat } from './form-code';
import { assembleFormReport, zeroFigures } from './form-report';
import { millionsFromDong } from './million-vnd';

const unit = (id: string, own: boolean, inForce = true) => ({
  id,
  code: id,
  name: `Đơn vị ${id}`,
  level: 'district',
  own,
  inForce,
  agencyIds: [id],
});

const scope: ReportScope = {
  period: customPeriod('2017-01-01', '2017-12-31'),
  agency: { id: 'HN', code: 'HN', name: 'Thanh tra Hà Nội' },
  agencyIds: ['HN', 'BD', 'OLD'],
  units: [unit('HN', true), unit('BD', false), unit('OLD', false, false)],
};

describe('assembling an official form (DOMAIN §7.2: one row per unit plus a total)', () => {
  const tcd = loadFormDefinition('01/TCD');
  const figures = (visits: number, head: number) => ({
    ...zeroFigures(tcd),
    'reception.regular.visits': visits,
    'reception.head.visits': head,
  });

  it('fills col 1 = 4 + 13 + 22, labels the own row and hides an empty unit no longer in force', () => {
    const report = assembleFormReport(
      tcd,
      scope,
      new Map([
        ['HN', figures(3, 1)],
        ['BD', figures(2, 0)],
      ]),
      figures(5, 1),
    );
    expect(report.rows.map((r) => [r.unit.name, r.values[1]])).toEqual([
      ['Đơn vị HN (trực tiếp)', 4],
      ['Đơn vị BD', 2],
    ]);
    expect(report.total.values[1]).toBe(6);
    expect(report.checks).toEqual([]);
  });

  it('reports a cross-check that does not hold (01/XLD 9 = 14 + 15 + 16 + 17) with its unit', () => {
    const xld = loadFormDefinition('01/XLD');
    const bad = { ...zeroFigures(xld), 'petitions.eligible.complaints': 2 };
    const report = assembleFormReport(xld, scope, new Map([['HN', bad]]), bad);
    expect(report.checks.map((c) => [c.unitId, c.formula])).toEqual([
      ['HN', '9 = 14 + 15 + 16 + 17'],
      ['HN', '9 = 18 + 22'],
      ['total', '9 = 14 + 15 + 16 + 17'],
      ['total', '9 = 18 + 22'],
    ]);
  });

  it('shows money in million đồng (Trđ) exactly, as the template unit says', () => {
    expect(millionsFromDong('2600000000')).toBe('2600');
    expect(millionsFromDong('7020500000')).toBe('7020.5');
    expect(millionsFromDong('1')).toBe('0.000001');
    expect(millionsFromDong('0')).toBe('0');
  });

  it('shows land in m² exactly, without the trailing zeros of a PostgreSQL sum ("840.00" → "840")', () => {
    const kqgq = loadFormDefinition('01/KQGQ');
    const figures = {
      ...zeroFigures(kqgq),
      'complaints.toStateRecommendedLand': '2982.50',
      'complaints.returnRecommendedOrganisationsLand': '840.00',
      'complaints.toStateRecommendedMoney': '2600500000.00',
    };
    const report = assembleFormReport(kqgq, scope, new Map([['HN', figures]]), figures);
    expect([7, 8, 10].map((n) => report.total.values[n])).toEqual(['2600.5', '2982.5', '840']);
    expect(report.rows[0]!.values[10]).toBe('840');
  });

  it('accepts 01-tcd and 01/TCD; refuses other codes and formats naming the field', () => {
    expect(parseFormCode('01-tcd')).toBe('01/TCD');
    expect(parseFormCode('04/KQGQ')).toBe('04/KQGQ');
    expect(() => parseFormCode('05-tcd')).toThrow();
    expect(parseFormFormat(undefined)).toBe('json');
    expect(() => parseFormFormat('docx')).toThrow();
  });
});
