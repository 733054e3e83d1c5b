import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { REPORT_SETTINGS } from '../../database/report-settings';
import { runInTransaction } from '../../database/transaction';
import {
  groupTracked,
  TRACKED_COLUMNS,
  TRACKED_FROM,
  TRACKED_ORDER,
  type TrackedRow,
} from '../../enforcement/enforcement-rows';
import type { FormCode, FormDefinition } from '../domain/form-definition';
import type { FormCellValue } from '../domain/form-formulas';
import type { ReportScope } from '../scope/report-scope';
import { enforcementFormFigures } from './enforcement-form-figures';
import type { UnitFigures } from './form-report';
import {
  FORM_01_XLD_SQL,
  FORM_02_XLD_SQL,
  FORM_03_XLD_SQL,
  FORM_04_XLD_SQL,
} from './sql/petition-forms.sql';
import { FORM_01_TCD_SQL, FORM_02_TCD_SQL } from './sql/reception-forms.sql';
import { FORM_01_KQGQ_SQL, FORM_03_KQGQ_SQL } from './sql/resolution-forms.sql';

/** The one statement of each form; 02/KQGQ and 04/KQGQ reuse the enforcement module's query. */
const ENFORCEMENT = Symbol('enforcement');
const FORM_SQL: Readonly<Record<FormCode, string | typeof ENFORCEMENT>> = {
  '01/TCD': FORM_01_TCD_SQL,
  '02/TCD': FORM_02_TCD_SQL,
  '01/XLD': FORM_01_XLD_SQL,
  '02/XLD': FORM_02_XLD_SQL,
  '03/XLD': FORM_03_XLD_SQL,
  '04/XLD': FORM_04_XLD_SQL,
  '01/KQGQ': FORM_01_KQGQ_SQL,
  '02/KQGQ': ENFORCEMENT,
  '03/KQGQ': FORM_03_KQGQ_SQL,
  '04/KQGQ': ENFORCEMENT,
};

/** Same WHERE as EnforcementRepository.loadForPeriod: effective by `to`, not complete before `from`. */
const ENFORCEMENT_SQL = `SELECT ${TRACKED_COLUMNS} ${TRACKED_FROM}
  WHERE d.agency_id = ANY($1::uuid[]) AND d.legal_effect_on <= $3::date
    AND (d.completed_on IS NULL OR GREATEST(d.completed_on, d.legal_effect_on) >= $2::date)
  ${TRACKED_ORDER}`;

export interface FormFigures {
  byUnit: Map<string, UnitFigures>;
  total: UnitFigures;
}

/**
 * Runs a form's statement in a read-only transaction with JIT off (DESIGN §5, §10): one row per
 * unit and the total; bigint counts become numbers, numeric amounts stay decimal strings.
 */
@Injectable()
export class FormFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  load(definition: FormDefinition, scope: ReportScope): Promise<FormFigures> {
    const unitOf = new Map<string, string>();
    for (const unit of scope.units) for (const id of unit.agencyIds) unitOf.set(id, unit.id);
    const sql = FORM_SQL[definition.code];
    return runInTransaction(this.dataSource, async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY; ${REPORT_SETTINGS}`);
      if (sql === ENFORCEMENT) return this.enforcement(manager, definition, scope, unitOf);
      const rows = await manager.query<Record<string, unknown>[]>(sql, [
        [...unitOf.keys()],
        [...unitOf.values()],
        scope.period.from,
        scope.period.to,
      ]);
      return parseRows(definition, rows);
    });
  }

  private async enforcement(
    manager: EntityManager,
    definition: FormDefinition,
    scope: ReportScope,
    unitOf: Map<string, string>,
  ): Promise<FormFigures> {
    const rows = await manager.query<TrackedRow[]>(ENFORCEMENT_SQL, [
      [...unitOf.keys()],
      scope.period.from,
      scope.period.to,
    ]);
    return enforcementFormFigures(definition, groupTracked(rows), unitOf, scope.period);
  }
}

/** SQL rows (unitId null = the total) → figures by source, typed by the column's unit. */
export function parseRows(
  definition: FormDefinition,
  rows: readonly Record<string, unknown>[],
): FormFigures {
  const byUnit = new Map<string, UnitFigures>();
  let total: UnitFigures | undefined;
  for (const row of rows) {
    const figures: Record<string, FormCellValue> = {};
    for (const column of definition.columns) {
      if (column.source === null) continue;
      const value = row[column.source];
      figures[column.source] = column.unit === 'count' ? Number(value) : String(value);
    }
    if (row.unitId === null) total = figures;
    else byUnit.set(row.unitId as string, figures);
  }
  if (total === undefined) throw new Error(`${definition.code}: the statement returned no total`);
  return { byUnit, total };
}
