import type { DecisionMeasureEntity } from '../decisions/decision-measure.entity';
import type { EnforcementType, RecommendedMeasure } from '../decisions/domain/recommended-measures';
import { itemFromMeasure, ItemKind, itemKind } from './domain/enforcement-item';
import type { ProgressEntry } from './domain/enforcement-progress';
import type { EnforcementItemEntity } from './enforcement-item.entity';
import type { EnforcementProgressEntity } from './enforcement-progress.entity';
import { canonicalNumber } from './enforcement-rows';

// Entity rows written by the enforcement services, from the domain's values.

/** A decision's stored measure as the domain's RecommendedMeasure (canonical amounts). */
export function measureOf(m: DecisionMeasureEntity): RecommendedMeasure {
  const measure: RecommendedMeasure = { type: m.type };
  const amount = canonicalNumber(m.amount);
  const area = canonicalNumber(m.area);
  if (amount !== null) measure.amount = amount;
  if (area !== null) measure.area = area;
  if (m.collectives !== null) measure.collectives = m.collectives;
  if (m.persons !== null) measure.persons = m.persons;
  if (m.officials !== null) measure.officials = m.officials;
  if (m.beneficiaries !== null) measure.beneficiaries = m.beneficiaries;
  if (m.note !== null) measure.description = m.note;
  return measure;
}

/** The entity row of an item, from its measure. */
export function itemRow(
  ids: { id: string; enforcementDecisionId: string; agencyId: string; measureId: string | null },
  position: number,
  measure: RecommendedMeasure,
  extra: { responsibleBody?: string | null; dueOn?: string | null } = {},
): Partial<EnforcementItemEntity> {
  itemFromMeasure(ids.id, measure); // 400 ENFORCEMENT_ITEM_INVALID naming `required.*`
  return {
    ...ids,
    position,
    type: measure.type,
    amount: measure.amount ?? null,
    area: measure.area ?? null,
    collectives: measure.collectives ?? null,
    persons: measure.persons ?? null,
    officials: measure.officials ?? null,
    beneficiaries: measure.beneficiaries ?? null,
    description: measure.description ?? null,
    responsibleBody: extra.responsibleBody ?? null,
    dueOn: extra.dueOn ?? null,
  };
}

/** The entity row of a progress entry (money in `amount`, land in `area`). */
export function progressRow(
  type: EnforcementType,
  itemId: string,
  entry: ProgressEntry,
  createdBy: string | null,
): Partial<EnforcementProgressEntity> {
  const kind = itemKind(type);
  return {
    id: entry.id,
    itemId,
    on: entry.on,
    amount: kind === ItemKind.Money ? (entry.amount ?? null) : null,
    area: kind === ItemKind.Land ? (entry.amount ?? null) : null,
    unit: entry.unit ?? null,
    documentRef: entry.documentRef,
    note: entry.note ?? null,
    overCollectionNote: entry.overCollectionNote ?? null,
    measure: entry.measure ?? null,
    action: entry.action ?? null,
    collectives: entry.collectives ?? null,
    persons: entry.persons ?? null,
    officials: entry.officials ?? null,
    cases: entry.cases ?? null,
    createdBy,
  };
}
