import type { LocalDate } from '../../legal/domain/local-date';
import type { ReportPeriod } from '../domain/report-period';

/** One row of a report: a child unit of the reporting agency (or the agency's own records). */
export interface ReportUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level: string;
  /** true for the row of records held by the reporting agency itself (not a child). */
  readonly own: boolean;
  /** Whether the unit was in force at some day of the period (units that were not may be hidden when empty). */
  readonly inForce: boolean;
  /** The unit and its whole subtree over all time: the agency ids whose records this row counts. */
  readonly agencyIds: readonly string[];
}

/** What a statistics request covers: the period, the agency, its rows and every agency id counted. */
export interface ReportScope {
  readonly period: ReportPeriod;
  readonly agency: { readonly id: string; readonly code: string; readonly name: string };
  /** Every agency id of the subtree (= the union of the units' ids): the total row. */
  readonly agencyIds: readonly string[];
  /** Own row first, then children by code. Σ rows = total, each agency id in exactly one unit. */
  readonly units: readonly ReportUnit[];
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export interface RollUpRow {
  id: string;
  unitId: string | null;
}

/** Validity [validFrom, validTo] overlaps the period [from, to] (dates compare as ISO text). */
export function overlaps(
  unit: Pick<UnitRow, 'validFrom' | 'validTo'>,
  from: LocalDate,
  to: LocalDate,
) {
  return unit.validFrom <= to && (unit.validTo === null || unit.validTo >= from);
}

/** Pure assembly of the scope from the two queries (unit-tested). */
export function buildReportScope(
  period: ReportPeriod,
  units: readonly UnitRow[],
  rollUp: readonly RollUpRow[],
): ReportScope {
  const root = units[0]!;
  const idsByUnit = new Map<string, string[]>();
  for (const row of rollUp) {
    const key = row.unitId ?? root.id;
    const list = idsByUnit.get(key) ?? [];
    list.push(row.id);
    idsByUnit.set(key, list);
  }
  const toUnit = (u: UnitRow, own: boolean): ReportUnit => ({
    id: u.id,
    code: u.code,
    name: u.name,
    level: u.level,
    own,
    inForce: overlaps(u, period.from, period.to),
    agencyIds: own ? [root.id] : (idsByUnit.get(u.id) ?? [u.id]),
  });
  return {
    period,
    agency: { id: root.id, code: root.code, name: root.name },
    agencyIds: rollUp.map((r) => r.id),
    units: [toUnit(root, true), ...units.slice(1).map((u) => toUnit(u, false))],
  };
}
