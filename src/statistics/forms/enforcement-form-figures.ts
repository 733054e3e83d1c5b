import { DecisionKind } from '../../decisions/domain/decision-outcome';
import { completedOn } from '../../enforcement/domain/decision-completion';
import { enforcementPeriodFigures } from '../../enforcement/domain/enforcement-period';
import {
  FORM_02_KQGQ_COLUMNS,
  FORM_04_KQGQ_COLUMNS,
  formRow,
} from '../../enforcement/domain/kqgq-forms';
import { type LoadedDecision, trackedOf } from '../../enforcement/enforcement-rows';
import type { FormDefinition } from '../domain/form-definition';
import type { FormCellValue } from '../domain/form-formulas';
import type { UnitFigures } from './form-report';

/**
 * 02/KQGQ and 04/KQGQ from the enforcement module's own figures (issue 8): the decisions loaded by
 * its period query are grouped by report unit, and each group (and the whole scope, for the total)
 * goes through enforcementPeriodFigures and the enforcement form layout, column by column.
 */
export function enforcementFormFigures(
  definition: FormDefinition,
  loaded: readonly LoadedDecision[],
  unitOf: ReadonlyMap<string, string>,
  period: { from: string; to: string },
): { byUnit: Map<string, UnitFigures>; total: UnitFigures } {
  const conclusions = definition.code === '04/KQGQ';
  const layout = conclusions ? FORM_04_KQGQ_COLUMNS : FORM_02_KQGQ_COLUMNS;
  const decisions = loaded
    .filter((l) => (l.decision.kind === DecisionKind.DenunciationConclusion) === conclusions)
    .map((l) => {
      const items = trackedOf(l.items);
      return {
        agencyId: l.decision.agencyId,
        legalEffectOn: l.decision.legalEffectOn,
        completedOn: completedOn(items),
        items,
      };
    });
  const figuresOf = (group: typeof decisions): UnitFigures => {
    const row = formRow(enforcementPeriodFigures(group, period), layout);
    const out: Record<string, FormCellValue> = {};
    for (const column of definition.columns) {
      if (column.source === null) continue;
      const value = row[column.number - 1] ?? 0;
      out[column.source] = column.unit === 'count' ? Number(value) : String(value);
    }
    return out;
  };
  const groups = new Map<string, typeof decisions>();
  for (const d of decisions) {
    const unit = unitOf.get(d.agencyId);
    if (unit === undefined) continue;
    groups.set(unit, [...(groups.get(unit) ?? []), d]);
  }
  const byUnit = new Map([...groups].map(([unit, group]) => [unit, figuresOf(group)]));
  return { byUnit, total: figuresOf(decisions.filter((d) => unitOf.has(d.agencyId))) };
}
