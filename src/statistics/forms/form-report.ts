import { statisticsFormsVi } from '../../common/i18n/statistics-forms.vi';
import { statutoryBasisLabelsVi } from '../../common/i18n/statistics-labels.vi';
import type { FormColumn, FormDefinition } from '../domain/form-definition';
import {
  applyFormulas,
  checkFormulas,
  type FormCellValue,
  type FormulaViolation,
  rawRowFromFigures,
} from '../domain/form-formulas';
import type { ReportPeriod } from '../domain/report-period';
import type { ReportScope } from '../scope/report-scope';
import { canonicalDecimal } from '../summary/assemble-summary';
import { millionsFromDong } from './million-vnd';

/** The figures of one row by source name (`complaints.inCompetence` → 3); money in đồng. */
export type UnitFigures = Readonly<Record<string, FormCellValue>>;

export interface FormReportColumn {
  number: number;
  key: string;
  header: string;
  parents: readonly string[];
  unit: FormColumn['unit'];
}

export interface FormReportRow {
  unit: { id: string; code: string; name: string };
  /** By column number; money in million đồng (Trđ) and land in m² as exact decimal strings. */
  values: Record<number, number | string | null>;
}

export interface FormReport {
  form: { code: string; title: string; basis: string };
  period: { from: string; to: string; convention: string; label: string };
  agency: { id: string; code: string; name: string };
  columns: FormReportColumn[];
  rows: FormReportRow[];
  total: FormReportRow;
  /** Formulas that do not hold, per row ('total' for the total row); empty on consistent data. */
  checks: (FormulaViolation & { unitId: string })[];
}

/** A decimal figure as the form prints it: đồng as Trđ, m² without trailing zeros, both exact. */
function inFormUnit(unit: FormColumn['unit'], value: string): string {
  if (unit === 'millionVnd') return millionsFromDong(value);
  return unit === 'squareMetre' ? canonicalDecimal(value) : value;
}

/** The complete row in the form's units: formulas applied, đồng shown as Trđ. */
function completeRow(definition: FormDefinition, figures: UnitFigures) {
  const full = applyFormulas(definition, rawRowFromFigures(definition, figures));
  const values: Record<number, number | string | null> = {};
  for (const column of definition.columns) {
    const value = full[column.number] ?? null;
    values[column.number] = typeof value === 'string' ? inFormUnit(column.unit, value) : value;
  }
  return { full, values };
}

const isZero = (v: FormCellValue) =>
  v === null || v === 0 || (typeof v === 'string' && Number(v) === 0);

/**
 * Assembles a form (pure): one row per unit of the scope — the agency's own records first — then
 * the total, which the SQL computed over every agency id of the scope. A unit that was not in force
 * during the period and has nothing to report is left out (a dissolved district in a later year).
 */
export function assembleFormReport(
  definition: FormDefinition,
  scope: ReportScope,
  figuresByUnit: ReadonlyMap<string, UnitFigures>,
  totalFigures: UnitFigures,
): FormReport {
  const checks: FormReport['checks'] = [];
  const rows: FormReportRow[] = [];
  for (const unit of scope.units) {
    const figures = figuresByUnit.get(unit.id) ?? zeroFigures(definition);
    const { full, values } = completeRow(definition, figures);
    if (!unit.inForce && Object.values(full).every(isZero)) continue;
    checks.push(...checkFormulas(definition, full).map((v) => ({ ...v, unitId: unit.id })));
    const name = unit.own ? statisticsFormsVi.ownRow(unit.name) : unit.name;
    rows.push({ unit: { id: unit.id, code: unit.code, name }, values });
  }
  const total = completeRow(definition, totalFigures);
  checks.push(...checkFormulas(definition, total.full).map((v) => ({ ...v, unitId: 'total' })));
  return {
    form: { code: definition.code, title: definition.title, basis: formBasis(scope.period) },
    period: periodOf(scope.period),
    agency: { ...scope.agency },
    columns: definition.columns.map(({ number, key, header, parents, unit }) => ({
      number,
      key,
      header,
      parents,
      unit,
    })),
    rows,
    total: {
      unit: { id: scope.agency.id, code: scope.agency.code, name: statisticsFormsVi.total },
      values: total.values,
    },
    checks,
  };
}

/** Every sourced figure of the form at zero (a unit without records). */
export function zeroFigures(definition: FormDefinition): Record<string, FormCellValue> {
  const out: Record<string, FormCellValue> = {};
  for (const c of definition.columns) {
    if (c.source !== null) out[c.source] = c.unit === 'count' ? 0 : '0';
  }
  return out;
}

/** The circular the period's figures follow (the one in force today for calendar/custom periods). */
function formBasis(period: ReportPeriod): string {
  return statutoryBasisLabelsVi[period.basis ?? 'TT_01_2024'];
}

function periodOf(period: ReportPeriod): FormReport['period'] {
  return { from: period.from, to: period.to, convention: period.convention, label: period.label };
}
