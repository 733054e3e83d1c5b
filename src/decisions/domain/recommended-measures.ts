import type { FieldError } from '../../common/errors/error-body';
import { decisionMessagesVi } from '../../common/i18n/resolution-messages.vi';

// Recommended measures of a decision or conclusion, as structured items the enforcement module
// tracks (DESIGN §2 EnforcementItem; DOMAIN §4.7, §5.5, §6.1; columns of 01/KQGQ and 03/KQGQ).
// Money is VND and land is m², both as decimal strings, never floats (Product decision 5).

/** DOMAIN §12 EnforcementType. */
export enum EnforcementType {
  RecoverMoney = 'recover_money',
  RecoverLand = 'recover_land',
  ReturnMoneyOrg = 'return_money_org',
  ReturnLandOrg = 'return_land_org',
  ReturnMoneyPerson = 'return_money_person',
  ReturnLandPerson = 'return_land_person',
  DisciplineOrg = 'discipline_org',
  DisciplinePerson = 'discipline_person',
  ReferInvestigation = 'refer_investigation',
  Other = 'other',
}

export const ENFORCEMENT_TYPES: readonly EnforcementType[] = Object.values(EnforcementType);

export interface RecommendedMeasure {
  type: EnforcementType;
  /** VND in whole đồng, digits only: '2600000000' (no thousands separators). */
  amount?: string | null;
  /** m², '.' as decimal separator, at most 2 decimals: '2982.5'. */
  area?: string | null;
  /** Collectives (tập thể, tổ chức) to discipline. */
  collectives?: number | null;
  /** Individuals to discipline or referred to the investigation agency. */
  persons?: number | null;
  /** Of those persons, officials (cán bộ, công chức, viên chức). */
  officials?: number | null;
  /** Organisations or individuals whose rights are restored (trả lại). */
  beneficiaries?: number | null;
  description?: string | null;
}

type MeasureField = Exclude<keyof RecommendedMeasure, 'type'>;
type MeasureRule = keyof typeof decisionMessagesVi.measures;

const MEASURE_FIELDS: readonly MeasureField[] = [
  'amount',
  'area',
  'collectives',
  'persons',
  'officials',
  'beneficiaries',
  'description',
];

/** Positive whole đồng, up to 18 digits (the đồng has no subunit in use). */
export const VND_AMOUNT_PATTERN = /^[1-9]\d{0,17}$/;
/** Non-negative m² with at most 2 decimals; positivity is checked separately. */
export const LAND_AREA_PATTERN = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,2})?$/;

interface TypeFields {
  required: MeasureField;
  optional: readonly MeasureField[];
}

const FIELDS: Readonly<Record<EnforcementType, TypeFields>> = {
  [EnforcementType.RecoverMoney]: { required: 'amount', optional: [] }, // thu hồi tiền cho Nhà nước
  [EnforcementType.RecoverLand]: { required: 'area', optional: [] }, // thu hồi đất cho Nhà nước
  [EnforcementType.ReturnMoneyOrg]: { required: 'amount', optional: ['beneficiaries'] },
  [EnforcementType.ReturnLandOrg]: { required: 'area', optional: ['beneficiaries'] },
  [EnforcementType.ReturnMoneyPerson]: { required: 'amount', optional: ['beneficiaries'] },
  [EnforcementType.ReturnLandPerson]: { required: 'area', optional: ['beneficiaries'] },
  [EnforcementType.DisciplineOrg]: { required: 'collectives', optional: [] }, // kiểm điểm tập thể
  [EnforcementType.DisciplinePerson]: { required: 'persons', optional: ['officials'] },
  [EnforcementType.ReferInvestigation]: { required: 'persons', optional: ['officials'] }, // chuyển CQĐT
  [EnforcementType.Other]: { required: 'description', optional: [] },
};

const isPositiveInteger = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;

const CHECKS: Readonly<Record<MeasureField, (m: RecommendedMeasure) => MeasureRule | null>> = {
  amount: (m) =>
    typeof m.amount === 'string' && VND_AMOUNT_PATTERN.test(m.amount) ? null : 'money',
  area: (m) => {
    const ok = typeof m.area === 'string' && LAND_AREA_PATTERN.test(m.area) && /[1-9]/.test(m.area);
    return ok ? null : 'area';
  },
  collectives: (m) => (isPositiveInteger(m.collectives) ? null : 'positiveInteger'),
  persons: (m) => (isPositiveInteger(m.persons) ? null : 'positiveInteger'),
  beneficiaries: (m) => (isPositiveInteger(m.beneficiaries) ? null : 'positiveInteger'),
  officials: (m) => {
    if (!Number.isInteger(m.officials) || (m.officials as number) < 0) return 'countInteger';
    return (m.officials as number) > (m.persons ?? 0) ? 'officialsExceedPersons' : null;
  },
  description: (m) => (typeof m.description === 'string' && m.description.trim() ? null : 'blank'),
};

function fieldError(field: string, rule: MeasureRule): FieldError {
  return { field, code: rule, message: decisionMessagesVi.measures[rule] };
}

function fieldProblems(item: RecommendedMeasure, field: MeasureField, at: string): FieldError[] {
  const spec = FIELDS[item.type];
  const value = item[field];
  if (value === undefined || value === null) {
    return field === spec.required ? [fieldError(`${at}.${field}`, 'required')] : [];
  }
  const allowed =
    field === spec.required || field === 'description' || spec.optional.includes(field);
  if (!allowed) return [fieldError(`${at}.${field}`, 'notAllowed')];
  const rule = CHECKS[field](item);
  return rule ? [fieldError(`${at}.${field}`, rule)] : [];
}

/**
 * Field-level problems of the recommended measures, with dotted paths (`measures.2.amount`); empty
 * when every item carries exactly the quantities its type needs, in the right format.
 */
export function validateMeasures(
  items: readonly RecommendedMeasure[],
  path = 'measures',
): FieldError[] {
  return items.flatMap((item, i) => {
    const at = `${path}.${i}`;
    if (!ENFORCEMENT_TYPES.includes(item.type)) return [fieldError(`${at}.type`, 'typeUnknown')];
    return MEASURE_FIELDS.flatMap((field) => fieldProblems(item, field, at));
  });
}
