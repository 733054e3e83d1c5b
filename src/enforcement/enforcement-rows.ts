import type { DecisionKind } from '../decisions/domain/decision-outcome';
import type { RecommendedMeasure } from '../decisions/domain/recommended-measures';
import type { TrackedItem } from './domain/decision-completion';
import type { EnforcementItem, Reopening } from './domain/enforcement-item';
import type { ProgressEntry } from './domain/enforcement-progress';

// Rows as the enforcement SQL reads them (dates and numerics as text) and their domain values.

/** One joined row: decision × item × progress entry (null entry columns for an item with none). */
export interface TrackedRow {
  decisionId: string;
  agencyId: string;
  kind: DecisionKind;
  source: string;
  sourceDecisionId: string | null;
  numberSymbol: string;
  issuedOn: string;
  legalEffectOn: string;
  enforcementStartedOn: string;
  decisionCompletedOn: string | null;
  decisionVersion: number;
  itemId: string;
  measureId: string | null;
  position: number;
  type: EnforcementItem['type'];
  amount: string | null;
  area: string | null;
  collectives: number | null;
  persons: number | null;
  officials: number | null;
  beneficiaries: number | null;
  description: string | null;
  responsibleBody: string | null;
  dueOn: string | null;
  status: string;
  itemCompletedOn: string | null;
  itemVersion: number;
  entryId: string | null;
  on: string | null;
  entryAmount: string | null;
  entryArea: string | null;
  unit: string | null;
  documentRef: string | null;
  note: string | null;
  overCollectionNote: string | null;
  measure: string | null;
  action: string | null;
  entryCollectives: number | null;
  entryPersons: number | null;
  entryOfficials: number | null;
  cases: number | null;
  voidedBy: string | null;
  createdBy: string | null;
}

export const TRACKED_COLUMNS = `
  d.id AS "decisionId", d.agency_id AS "agencyId", d.kind, d.source,
  d.decision_id AS "sourceDecisionId", d.number_symbol AS "numberSymbol",
  d.issued_on::text AS "issuedOn", d.legal_effect_on::text AS "legalEffectOn",
  d.enforcement_started_on::text AS "enforcementStartedOn",
  d.completed_on::text AS "decisionCompletedOn", d.version AS "decisionVersion",
  i.id AS "itemId", i.measure_id AS "measureId", i.position, i.type, i.amount::text AS amount,
  i.area::text AS area, i.collectives, i.persons, i.officials, i.beneficiaries, i.description,
  i.responsible_body AS "responsibleBody", i.due_on::text AS "dueOn", i.status,
  i.completed_on::text AS "itemCompletedOn", i.version AS "itemVersion",
  p.id AS "entryId", p."on"::text AS "on", p.amount::text AS "entryAmount",
  p.area::text AS "entryArea", p.unit, p.document_ref AS "documentRef", p.note,
  p.over_collection_note AS "overCollectionNote", p.measure, p.action,
  p.collectives AS "entryCollectives", p.persons AS "entryPersons",
  p.officials AS "entryOfficials", p.cases, p.voided_by_reopening_id AS "voidedBy",
  p.created_by AS "createdBy"`;

export const TRACKED_FROM = `
  FROM enforcement_decision d
  JOIN enforcement_item i ON i.enforcement_decision_id = d.id
  LEFT JOIN enforcement_progress p ON p.item_id = i.id`;

export const TRACKED_ORDER = `ORDER BY d.legal_effect_on, d.id, i.position, p."on", p.created_at, p.id`;

/** '2982.50' → '2982.5', '2600000000' → '2600000000': the domain's canonical text. */
export function canonicalNumber(text: string | null): string | null {
  if (text === null) return null;
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

export interface DecisionRow {
  id: string;
  agencyId: string;
  kind: DecisionKind;
  source: string;
  decisionId: string | null;
  numberSymbol: string;
  issuedOn: string;
  legalEffectOn: string;
  enforcementStartedOn: string;
  completedOn: string | null;
  version: number;
}

export interface LoadedEntry {
  entry: ProgressEntry;
  voidedBy: string | null;
  createdBy: string | null;
}

export interface LoadedItem {
  item: EnforcementItem;
  measureId: string | null;
  position: number;
  status: string;
  completedOn: string | null;
  version: number;
  /** Every entry, voided ones included (the domain skips those the reopenings name). */
  entries: LoadedEntry[];
}

export interface LoadedDecision {
  decision: DecisionRow;
  items: LoadedItem[];
}

export const trackedOf = (items: readonly LoadedItem[]): TrackedItem[] =>
  items.map((i) => ({ item: i.item, progress: i.entries.map((e) => e.entry) }));

function requiredOf(r: TrackedRow): Omit<RecommendedMeasure, 'type'> {
  const required: Omit<RecommendedMeasure, 'type'> = {};
  const amount = canonicalNumber(r.amount);
  const area = canonicalNumber(r.area);
  if (amount !== null) required.amount = amount;
  if (area !== null) required.area = area;
  if (r.collectives !== null) required.collectives = r.collectives;
  if (r.persons !== null) required.persons = r.persons;
  if (r.officials !== null) required.officials = r.officials;
  if (r.beneficiaries !== null) required.beneficiaries = r.beneficiaries;
  if (r.description !== null) required.description = r.description;
  return required;
}

function entryOf(r: TrackedRow): ProgressEntry {
  const entry: ProgressEntry = {
    id: r.entryId ?? '',
    on: r.on ?? '',
    documentRef: r.documentRef ?? '',
  };
  const amount = canonicalNumber(r.entryAmount) ?? canonicalNumber(r.entryArea);
  if (amount !== null) {
    entry.amount = amount;
    entry.unit = r.unit;
  }
  const texts = ['note', 'overCollectionNote', 'measure', 'action'] as const;
  for (const f of texts) {
    const value = r[f];
    if (value !== null) entry[f] = value;
  }
  if (r.entryCollectives !== null) entry.collectives = r.entryCollectives;
  if (r.entryPersons !== null) entry.persons = r.entryPersons;
  if (r.entryOfficials !== null) entry.officials = r.entryOfficials;
  if (r.cases !== null) entry.cases = r.cases;
  return entry;
}

/** Reopenings as the domain needs them: the entries each one voided. */
function reopeningsOf(entries: readonly LoadedEntry[]): Reopening[] {
  const byReopening = new Map<string, string[]>();
  for (const e of entries) {
    if (e.voidedBy === null) continue;
    const ids = byReopening.get(e.voidedBy) ?? [];
    ids.push(e.entry.id);
    byReopening.set(e.voidedBy, ids);
  }
  return [...byReopening.values()].map((voidedEntryIds) => ({
    on: '',
    byOfficerId: '',
    reason: '',
    voidedEntryIds,
  }));
}

/** Groups the joined rows (ordered by decision, item, entry) into decisions. */
export function groupTracked(rows: readonly TrackedRow[]): LoadedDecision[] {
  const decisions = new Map<string, LoadedDecision>();
  const items = new Map<string, LoadedItem>();
  for (const r of rows) {
    let d = decisions.get(r.decisionId);
    if (!d) {
      d = {
        decision: {
          id: r.decisionId,
          agencyId: r.agencyId,
          kind: r.kind,
          source: r.source,
          decisionId: r.sourceDecisionId,
          numberSymbol: r.numberSymbol,
          issuedOn: r.issuedOn,
          legalEffectOn: r.legalEffectOn,
          enforcementStartedOn: r.enforcementStartedOn,
          completedOn: r.decisionCompletedOn,
          version: r.decisionVersion,
        },
        items: [],
      };
      decisions.set(r.decisionId, d);
    }
    let item = items.get(r.itemId);
    if (!item) {
      item = {
        item: {
          id: r.itemId,
          type: r.type,
          required: requiredOf(r),
          responsibleBody: r.responsibleBody,
          dueOn: r.dueOn,
          reopenings: [],
        },
        measureId: r.measureId,
        position: r.position,
        status: r.status,
        completedOn: r.itemCompletedOn,
        version: r.itemVersion,
        entries: [],
      };
      items.set(r.itemId, item);
      d.items.push(item);
    }
    if (r.entryId !== null) {
      item.entries.push({ entry: entryOf(r), voidedBy: r.voidedBy, createdBy: r.createdBy });
    }
  }
  for (const item of items.values()) item.item.reopenings = reopeningsOf(item.entries);
  return [...decisions.values()];
}
