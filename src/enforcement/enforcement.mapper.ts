import { completedOn } from './domain/decision-completion';
import { beneficiaryOf, itemKind, unitOf } from './domain/enforcement-item';
import type { ProgressEntry } from './domain/enforcement-progress';
import { itemAchieved, itemCompletedOn, itemOutstanding, itemStatus } from './domain/item-status';
import { formatQuantity } from './domain/quantity';
import type { EnforcementDecisionResponseDto } from './dto/enforcement-decision.response.dto';
import { type LoadedDecision, type LoadedItem, trackedOf } from './enforcement-rows';

export interface ReopeningRow {
  id: string;
  itemId: string;
  on: string;
  reason: string;
  byOfficerId: string;
}

function itemView(loaded: LoadedItem, reopenings: readonly ReopeningRow[]) {
  const { item } = loaded;
  const progress: ProgressEntry[] = loaded.entries.map((e) => e.entry);
  const quantity = (value: bigint | null) =>
    value === null ? null : formatQuantity(item.type, value);
  return {
    id: item.id,
    measureId: loaded.measureId,
    position: loaded.position,
    type: item.type,
    kind: itemKind(item.type),
    unit: unitOf(item.type),
    beneficiary: beneficiaryOf(item.type),
    required: item.required,
    responsibleBody: item.responsibleBody ?? null,
    dueOn: item.dueOn ?? null,
    status: itemStatus(item, progress),
    completedOn: itemCompletedOn(item, progress),
    achieved: quantity(itemAchieved(item, progress)),
    outstanding: quantity(itemOutstanding(item, progress)),
    version: loaded.version,
    progress: loaded.entries.map((e) => ({
      ...e.entry,
      voided: e.voidedBy !== null,
      voidedByReopeningId: e.voidedBy,
    })),
    reopenings: reopenings.filter((r) => r.itemId === item.id),
  };
}

export type EnforcementItemView = ReturnType<typeof itemView>;

/** GET /enforcement/decisions/:id: the decision, its items with progress, and its completion. */
export function decisionView(loaded: LoadedDecision, reopenings: readonly ReopeningRow[]) {
  const d = loaded.decision;
  const done = completedOn(trackedOf(loaded.items));
  return {
    id: d.id,
    decisionId: d.decisionId,
    agencyId: d.agencyId,
    kind: d.kind,
    source: d.source,
    numberSymbol: d.numberSymbol,
    issuedOn: d.issuedOn,
    legalEffectOn: d.legalEffectOn,
    enforcementStartedOn: d.enforcementStartedOn,
    complete: done !== null,
    completedOn: done,
    items: loaded.items.map((i) => itemView(i, reopenings)),
  } satisfies EnforcementDecisionResponseDto;
}

export type EnforcementDecisionView = ReturnType<typeof decisionView>;
