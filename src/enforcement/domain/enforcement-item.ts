import type { FieldError } from '../../common/errors/error-body';
import {
  EnforcementType,
  type RecommendedMeasure,
  validateMeasures,
} from '../../decisions/domain/recommended-measures';
import type { LocalDate } from '../../legal/domain/local-date';
import { enforcementErrors } from './enforcement-errors';
import { toLandArea } from './land-area';
import { toDong } from './money';

// One obligation of a legally effective decision or conclusion (DESIGN §2 EnforcementItem; DOMAIN
// §6.1). Luật KN 2011 Điều 44–45: a decision with legal effect must be carried out; Luật TC 2018
// Điều 44: the conclusion's handling measures must be carried out. The quantities an item requires
// are its recommended measure (src/decisions/domain/recommended-measures.ts), kept as given.

export { EnforcementType };

/** How an item is measured, and so how it is completed. */
export enum ItemKind {
  /** Amount in VND: complete when the collected or returned amount reaches the required one. */
  Money = 'money',
  /** Area in m²: complete when the recovered or returned area reaches the required one. */
  Land = 'land',
  /** Discipline (xử lý hành chính, kiểm điểm): complete when the measure taken is recorded. */
  Discipline = 'discipline',
  /** Referral to the investigation agency: complete when the prosecution result is recorded. */
  Referral = 'referral',
  /** Any other measure: complete when the action taken is recorded. */
  Other = 'other',
}

export enum QuantityUnit {
  Vnd = 'VND',
  SquareMetre = 'm2',
}

/** Who receives the money or land (DOMAIN §6.1: State / organisations / individuals). */
export enum Beneficiary {
  State = 'state',
  Organisation = 'organisation',
  Individual = 'individual',
}

interface TypeProfile {
  kind: ItemKind;
  beneficiary: Beneficiary | null;
}

const PROFILES: Readonly<Record<EnforcementType, TypeProfile>> = {
  [EnforcementType.RecoverMoney]: { kind: ItemKind.Money, beneficiary: Beneficiary.State },
  [EnforcementType.RecoverLand]: { kind: ItemKind.Land, beneficiary: Beneficiary.State },
  [EnforcementType.ReturnMoneyOrg]: { kind: ItemKind.Money, beneficiary: Beneficiary.Organisation },
  [EnforcementType.ReturnLandOrg]: { kind: ItemKind.Land, beneficiary: Beneficiary.Organisation },
  [EnforcementType.ReturnMoneyPerson]: {
    kind: ItemKind.Money,
    beneficiary: Beneficiary.Individual,
  },
  [EnforcementType.ReturnLandPerson]: { kind: ItemKind.Land, beneficiary: Beneficiary.Individual },
  [EnforcementType.DisciplineOrg]: { kind: ItemKind.Discipline, beneficiary: null },
  [EnforcementType.DisciplinePerson]: { kind: ItemKind.Discipline, beneficiary: null },
  [EnforcementType.ReferInvestigation]: { kind: ItemKind.Referral, beneficiary: null },
  [EnforcementType.Other]: { kind: ItemKind.Other, beneficiary: null },
};

export function itemKind(type: EnforcementType): ItemKind {
  return PROFILES[type].kind;
}

export function beneficiaryOf(type: EnforcementType): Beneficiary | null {
  return PROFILES[type].beneficiary;
}

/** The unit a progress entry of this type must state: VND, m², or none (action items). */
export function unitOf(type: EnforcementType): QuantityUnit | null {
  const kind = itemKind(type);
  if (kind === ItemKind.Money) return QuantityUnit.Vnd;
  return kind === ItemKind.Land ? QuantityUnit.SquareMetre : null;
}

/** True for items completed by an amount (money, land); false for items completed by an action. */
export function isQuantityItem(type: EnforcementType): boolean {
  return unitOf(type) !== null;
}

/** A leader's reopening of a completed item; the voided entries no longer count (DESIGN §7 audit). */
export interface Reopening {
  on: LocalDate;
  byOfficerId: string;
  reason: string;
  voidedEntryIds: readonly string[];
}

export interface EnforcementItem {
  id: string;
  type: EnforcementType;
  /** What the decision requires, in the measure's format: amount (đồng), area (m²), counts, text. */
  required: Omit<RecommendedMeasure, 'type'>;
  responsibleBody?: string | null;
  dueOn?: LocalDate | null;
  reopenings?: readonly Reopening[];
}

/**
 * The required amount in exact units (đồng, or hundredths of m²); null for action items. Items are
 * validated when created (itemFromMeasure), so a malformed stored amount is a RangeError.
 */
export function requiredQuantity(item: Pick<EnforcementItem, 'type' | 'required'>): bigint | null {
  const kind = itemKind(item.type);
  if (kind === ItemKind.Money) return toDong(item.required.amount ?? '');
  if (kind === ItemKind.Land) return toLandArea(item.required.area ?? '');
  return null;
}

/** The recommended measure's problems, with fields named `required.amount`, `required.area`… */
export function validateItemRequirement(
  item: Pick<EnforcementItem, 'type' | 'required'>,
): FieldError[] {
  return validateMeasures([{ ...item.required, type: item.type }], 'required').map((e) => ({
    ...e,
    field: e.field === 'required.0.type' ? 'type' : e.field.replace(/^required\.0\./, 'required.'),
  }));
}

/** The item that carries out one recommended measure once its decision takes legal effect. */
export function itemFromMeasure(
  id: string,
  measure: RecommendedMeasure,
  extra: Pick<EnforcementItem, 'responsibleBody' | 'dueOn'> = {},
): EnforcementItem {
  const { type, ...required } = measure;
  const item: EnforcementItem = { id, type, required, ...extra, reopenings: [] };
  const problems = validateItemRequirement(item);
  if (problems.length > 0) throw enforcementErrors.itemInvalid(problems);
  return item;
}
