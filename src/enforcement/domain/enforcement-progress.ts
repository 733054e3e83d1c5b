import type { FieldError } from '../../common/errors/error-body';
import { enforcementMessagesVi as m } from '../../common/i18n/enforcement-messages.vi';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import {
  type EnforcementItem,
  EnforcementType,
  ItemKind,
  itemKind,
  unitOf,
} from './enforcement-item';
import { checkCount, checkText, type ProgressRule } from './progress-checks';
import { parsePositiveQuantity } from './quantity';

// Progress entries (DOMAIN §6.1): what was collected or returned, or which measure was taken, on
// which day, under which document. Luật KN 2011 Điều 44–45 and NĐ 124/2020 (tổ chức thi hành
// quyết định giải quyết khiếu nại); Luật TC 2018 Điều 44 (thực hiện kết luận nội dung tố cáo).

export interface ProgressInput {
  on: LocalDate;
  /** Số, ký hiệu of the document proving the step (receipt, minutes, disciplinary decision…). */
  documentRef: string;
  note?: string | null;
  /** Money: whole đồng, digits only ('1234567'); land: m², '.' decimal point, ≤ 2 decimals. */
  amount?: string | null;
  /** Must be the unit of the item's type: 'VND' for money, 'm2' for land. */
  unit?: string | null;
  /** Required to record more than the remaining amount (over-collection). */
  overCollectionNote?: string | null;
  /** Discipline: the measure taken (khiển trách, cảnh cáo, kiểm điểm rút kinh nghiệm…). */
  measure?: string | null;
  /** Discipline of collectives: collectives handled. */
  collectives?: number | null;
  /** Discipline of individuals: persons handled; referral: persons prosecuted (bị can). */
  persons?: number | null;
  /** Of those persons, officials (cán bộ, công chức, viên chức). */
  officials?: number | null;
  /** Referral: criminal cases opened (vụ án đã khởi tố); 0 when the agency decided not to. */
  cases?: number | null;
  /** Other measures: the action taken. */
  action?: string | null;
}

export interface ProgressEntry extends ProgressInput {
  id: string;
}

type KindField = Exclude<keyof ProgressInput, 'on' | 'documentRef' | 'note'>;

interface KindFields {
  required: readonly KindField[];
  optional: readonly KindField[];
}

const QUANTITY: KindFields = { required: ['amount', 'unit'], optional: ['overCollectionNote'] };

/** Fields each kind of item takes; any other field is refused, naming it. */
const FIELDS: Readonly<Record<ItemKind, KindFields | ((item: EnforcementItem) => KindFields)>> = {
  [ItemKind.Money]: QUANTITY,
  [ItemKind.Land]: QUANTITY,
  [ItemKind.Discipline]: (item) =>
    item.type === EnforcementType.DisciplineOrg
      ? { required: ['measure', 'collectives'], optional: [] }
      : { required: ['measure', 'persons'], optional: ['officials'] },
  [ItemKind.Referral]: { required: ['cases', 'persons'], optional: ['officials'] },
  [ItemKind.Other]: { required: ['action'], optional: [] },
};

const ALL_KIND_FIELDS: readonly KindField[] = [
  'amount',
  'unit',
  'overCollectionNote',
  'measure',
  'collectives',
  'persons',
  'officials',
  'cases',
  'action',
];

function fieldsOf(item: EnforcementItem): KindFields {
  const spec = FIELDS[itemKind(item.type)];
  return typeof spec === 'function' ? spec(item) : spec;
}

function problem(field: string, rule: ProgressRule): FieldError {
  return { field, code: rule, message: m.progress[rule] };
}

export interface ProgressOptions {
  /** Entries may not be dated in the future. */
  today?: LocalDate;
  /** Entries may not be dated before the decision took legal effect (Luật KN 2011 Điều 44). */
  legalEffectOn?: LocalDate;
}

function dateRule(on: unknown, options: ProgressOptions): ProgressRule | null {
  if (!isValidLocalDate(on)) return 'date';
  if (options.today && compareLocalDates(on, options.today) > 0) return 'dateInFuture';
  const effect = options.legalEffectOn;
  return effect && compareLocalDates(on, effect) < 0 ? 'dateBeforeLegalEffect' : null;
}

// a referral may end without prosecution (0 persons); a disciplined person is at least one
function personsRule(item: EnforcementItem, input: ProgressInput): ProgressRule | null {
  return checkCount(input.persons, { min: itemKind(item.type) === ItemKind.Referral ? 0 : 1 });
}

type FieldCheck = (item: EnforcementItem, input: ProgressInput) => ProgressRule | null;

const KIND_FIELD_CHECKS: Readonly<Record<KindField, FieldCheck>> = {
  amount: (item, input) => parsePositiveQuantity(item.type, input.amount).rule,
  unit: (item, input) => (input.unit === unitOf(item.type) ? null : 'unitMismatch'),
  measure: (_item, input) => checkText(input.measure, { required: true }),
  action: (_item, input) => checkText(input.action, { required: true }),
  overCollectionNote: (_item, input) => checkText(input.overCollectionNote, { required: true }),
  collectives: (_item, input) => checkCount(input.collectives, { min: 1 }),
  persons: (item, input) => personsRule(item, input),
  cases: (_item, input) => checkCount(input.cases, { min: 0 }),
  officials: (item, input) => {
    const rule = checkCount(input.officials, { min: 0 });
    if (rule || personsRule(item, input)) return rule; // compare only with a valid persons count
    return (input.officials ?? 0) > (input.persons ?? 0) ? 'officialsExceedPersons' : null;
  },
};

function kindProblems(item: EnforcementItem, input: ProgressInput): FieldError[] {
  const spec = fieldsOf(item);
  return ALL_KIND_FIELDS.flatMap((f) => {
    const value = input[f];
    const absent = value === undefined || value === null || value === '';
    if (absent) return spec.required.includes(f) ? [problem(f, 'required')] : [];
    if (!spec.required.includes(f) && !spec.optional.includes(f)) return [problem(f, 'notAllowed')];
    const rule = KIND_FIELD_CHECKS[f](item, input);
    return rule ? [problem(f, rule)] : [];
  });
}

/** Every field-level problem of a progress entry for this item; empty when it is well-formed. */
export function validateProgress(
  item: EnforcementItem,
  input: ProgressInput,
  options: ProgressOptions = {},
): FieldError[] {
  const common: [string, ProgressRule | null][] = [
    ['on', dateRule(input.on, options)],
    ['documentRef', checkText(input.documentRef, { required: true, max: 100 })],
    ['note', checkText(input.note, { required: false })],
  ];
  const commonProblems = common.flatMap(([f, rule]) => (rule ? [problem(f, rule)] : []));
  return [...commonProblems, ...kindProblems(item, input)];
}
