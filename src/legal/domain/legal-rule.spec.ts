import { findRuleTableProblems, type LegalRuleVersion, selectRuleVersion } from './legal-rule';
import { LEGAL_RULE_SEED } from './legal-rules.seed';

const KEYS = Array.from({ length: 18 }, (_, i) => `D${i + 1}`);

function current(key: string): LegalRuleVersion {
  const rule = selectRuleVersion(LEGAL_RULE_SEED, key, '2026-03-01');
  if (!rule) {
    throw new Error(`no rule ${key}`);
  }
  return rule;
}

describe('LEGAL_RULE_SEED — deadline rules D1–D18 (DOMAIN §11)', () => {
  it('has every key D1–D18 and no overlapping or inverted validity periods', () => {
    expect([...new Set(LEGAL_RULE_SEED.map((r) => r.key))].sort()).toEqual([...KEYS].sort());
    expect(findRuleTableProblems(LEGAL_RULE_SEED)).toEqual([]);
  });

  it.each(KEYS)('%s has a version in force on 1/3/2026 with a legal basis', (key) => {
    expect(current(key).legalBasis).not.toBe('');
  });

  it.each([
    ['D1', 'working_days', 10, null, null, null, 'TT 05/2021/TT-TTCP'],
    ['D2', 'calendar_days', 90, null, null, null, 'Luật KN Điều 9'],
    ['D3', 'calendar_days', 15, null, null, null, 'Luật KN Điều 49'],
    ['D4', 'calendar_days', 10, null, null, null, 'Luật KN Điều 27, 36'],
    ['D5', 'calendar_days', 30, 45, 45, 60, 'Luật KN Điều 28'],
    ['D6', 'working_days', 3, null, null, null, 'Luật KN Điều 32'],
    ['D7', 'calendar_days', 30, null, 45, null, 'Luật KN Điều 33'],
    ['D8', 'calendar_days', 45, 60, 60, 70, 'Luật KN Điều 37'],
    ['D9', 'calendar_days', 30, null, 45, null, 'Luật KN Điều 44'],
    ['D10', 'calendar_days', 30, null, null, null, 'Luật KN Điều 11'],
    ['D11', 'working_days', 7, null, null, null, 'Luật TC 2018 Điều 24 khoản 1'],
    ['D12', 'working_days', 5, null, null, null, 'Luật TC 2018 Điều 24 khoản 2'],
    ['D13', 'working_days', 5, null, null, null, 'Luật TC 2018 Điều 29'],
    ['D14', 'calendar_days', 30, null, null, null, 'Luật TC 2018 Điều 30'],
    ['D15', 'working_days', 5, null, null, null, 'Luật TC 2018 Điều 35'],
    ['D16', 'working_days', 7, null, null, null, 'Luật TC 2018 Điều 36'],
    ['D17', null, null, null, null, null, 'Luật TCD Điều 12, 13, 15, 18'],
    ['D18', null, null, null, null, null, 'TT 01/2024/TT-TTCP'],
  ])('%s: %s, normal %p, complex %p, remote %p, remote complex %p (%s)', (key, unit, ...rest) => {
    const [normalDays, complexDays, remoteDays, remoteComplexDays] = rest;
    expect(current(key)).toMatchObject({
      unit,
      normalDays,
      complexDays,
      remoteDays,
      remoteComplexDays,
    });
  });

  it.each([
    {
      key: 'D11',
      extensionDays: 3,
      maxExtensions: 1,
      basis: 'Luật TC 2018 Điều 24 khoản 1: 7 → 10',
    },
    {
      key: 'D14',
      extensionDays: 30,
      maxExtensions: 2,
      basis: 'Luật TC 2018 Điều 30: 30 → 60 → 90',
    },
    { key: 'D5', extensionDays: null, maxExtensions: 0, basis: 'Luật KN Điều 28: no extension' },
  ])(
    '$key extends by $extensionDays days at most $maxExtensions times ($basis)',
    ({ key, extensionDays, maxExtensions }) => {
      expect(current(key)).toMatchObject({ extensionDays, maxExtensions });
    },
  );
});

describe('selectRuleVersion — the version in force on the triggering date', () => {
  it.each([
    ['D14', '2018-06-15', 1, 'Luật Tố cáo 2011, Điều 21'],
    ['D14', '2018-12-31', 1, 'Luật Tố cáo 2011, Điều 21'],
    ['D14', '2019-01-01', 2, 'Luật Tố cáo 2018, Điều 30'],
    ['D14', '2012-07-01', 1, 'Luật Tố cáo 2011, Điều 21'],
    ['D1', '2021-11-14', 1, 'Thông tư 07/2014/TT-TTCP (quy trình xử lý đơn)'],
    ['D1', '2021-11-15', 2, 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)'],
    ['D18', '2024-03-04', 2, 'Thông tư 02/2021/TT-TTCP'],
    ['D18', '2024-03-05', 3, 'Thông tư 01/2024/TT-TTCP'],
  ])('%s on %s is version %i (%s)', (key, onDate, version, legalBasis) => {
    expect(selectRuleVersion(LEGAL_RULE_SEED, key, onDate)).toMatchObject({ version, legalBasis });
  });

  it('selects the pre-2019 denunciation regime for 2018: 60 days, complex 90, one extension', () => {
    expect(selectRuleVersion(LEGAL_RULE_SEED, 'D14', '2018-06-15')).toMatchObject({
      unit: 'calendar_days',
      normalDays: 60,
      complexDays: 90,
      extensionDays: 30,
      complexExtensionDays: 60,
      maxExtensions: 1,
      effectiveTo: '2018-12-31',
    });
  });

  it.each([
    ['D14', '2012-06-30', 'before Luật Tố cáo 2011 took effect'],
    ['D11', '2018-12-31', 'Luật Tố cáo 2018 Điều 24 is not yet in force'],
    ['D99', '2026-01-01', 'unknown key'],
  ])('returns null for %s on %s (%s)', (key, onDate) => {
    expect(selectRuleVersion(LEGAL_RULE_SEED, key, onDate)).toBeNull();
  });

  it('refuses an invalid date', () => {
    expect(() => selectRuleVersion(LEGAL_RULE_SEED, 'D14', '2018-02-30')).toThrow(RangeError);
  });

  it('takes the highest version when two overlap, and findRuleTableProblems reports it', () => {
    const base = current('D5');
    const overlapping = [base, { ...base, version: 2, normalDays: 31 }];
    expect(selectRuleVersion(overlapping, 'D5', '2026-03-01')?.normalDays).toBe(31);
    expect(findRuleTableProblems(overlapping)).toEqual(['D5: v1 overlaps v2']);
  });

  it('reports an inverted period and duplicate version numbers', () => {
    const base = current('D5');
    const rows = [
      { ...base, effectiveFrom: '2020-01-01', effectiveTo: '2019-01-01' },
      { ...base, effectiveFrom: '2021-01-01', effectiveTo: null },
    ];
    expect(findRuleTableProblems(rows)).toEqual([
      'D5 v1: effectiveTo before effectiveFrom',
      'D5: duplicate version numbers',
    ]);
  });
});
