import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  decisionKindLabelsVi,
  enforcementTypeLabelsVi,
} from '../../common/i18n/decision-labels.vi';
import { DECISION_KINDS } from '../../decisions/domain/decision-outcome';
import { ENFORCEMENT_TYPES } from '../../decisions/domain/recommended-measures';
import { templatesDir } from '../../reports/pdf/asset-dir';
import {
  COLUMN_TYPES,
  COLUMNS_FILE,
  loadImportColumns,
  normalizeLabel,
  parseImportColumns,
} from './import-columns';

describe('the documented column list (templates/imports/enforcement-decisions.columns.json)', () => {
  const list = loadImportColumns();
  const column = (key: string) => list.columns.find((c) => c.key === key);

  it('has every column the code reads, once, with its type, under a unique Vietnamese header', () => {
    expect(list.columns.map((c) => [c.key, c.type])).toEqual(Object.entries(COLUMN_TYPES));
    const headers = list.columns.map((c) => normalizeLabel(c.header));
    expect(new Set(headers).size).toBe(headers.length);
    expect(list.columns.slice(1, 7).map((c) => c.header)).toEqual([
      'Số quyết định',
      'Ngày ban hành',
      'Ngày có hiệu lực',
      'Cơ quan ban hành (mã)',
      'Loại quyết định',
      'Loại nội dung thi hành',
    ]);
    expect(list.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
      'decisionNumber',
      'issuedOn',
      'legalEffectOn',
      'issuerCode',
      'decisionKind',
      'enforcementType',
    ]);
    expect(list.maxRows).toBe(10_000);
  });

  it('lists exactly the decision kinds and enforcement types of the code, with their labels', () => {
    const kinds = column('decisionKind')?.values ?? [];
    expect(kinds.map((v) => v.code)).toEqual(DECISION_KINDS);
    kinds.forEach((v) => expect(v.label).toBe(decisionKindLabelsVi[v.code as never]));
    const types = column('enforcementType')?.values ?? [];
    expect(types.map((v) => v.code)).toEqual(ENFORCEMENT_TYPES);
    types.forEach((v) => expect(v.label).toBe(enforcementTypeLabelsVi[v.code as never]));
  });

  it('is stored in NFC, so headers typed in any Unicode form match', () => {
    const text = readFileSync(join(templatesDir(), COLUMNS_FILE), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('refuses a list whose column changed type or went missing', () => {
    const text = readFileSync(join(templatesDir(), COLUMNS_FILE), 'utf8');
    const changed = text.replace('"type": "money"', '"type": "text"');
    expect(() => parseImportColumns(changed)).toThrow(/wrong key or type/);
    const data = JSON.parse(text) as { columns: unknown[] };
    data.columns.pop();
    expect(() => parseImportColumns(JSON.stringify(data))).toThrow(/exactly once/);
  });

  it('matches headers whatever the case, spacing, Unicode form or m2 for m²', () => {
    expect(normalizeLabel('  DIỆN   TÍCH (M2) ')).toBe(normalizeLabel('Diện tích (m²)'));
    expect(normalizeLabel('Số quyết định'.normalize('NFD'))).toBe('số quyết định');
  });
});
