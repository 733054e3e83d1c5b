import type { LocalDate } from '../../legal/domain/local-date';
import type { TrackedItem } from './decision-completion';
import {
  Beneficiary,
  beneficiaryOf,
  ItemKind,
  itemKind,
  requiredQuantity,
} from './enforcement-item';
import type { ProgressEntry } from './enforcement-progress';
import { entryQuantity, itemCompletedOn, validEntries } from './item-status';
import { formatLandArea } from './land-area';
import { formatDong } from './money';
import { effectiveDay, isBeforePeriod, isInPeriod, type ReportPeriod } from './report-period';

// Money, land, discipline and prosecution figures of 02/KQGQ and 04/KQGQ (DOMAIN §6.1, §7.2) for
// the decisions to implement in a period. Definitions (DOMAIN marks the official guidance [M]):
// - "phải thu / phải trả" = what was still to collect or return at the start of the period
//   (required − done before `from`, never below 0), so that phải − đã of one period is what the next
//   period carries over; a newly effective decision brings its whole required amount;
// - "đã thu / đã trả" = progress entries dated in the period (voided entries never count);
// - discipline and prosecution counts come from the entries recorded in the period;
// - organisations / individuals to restore (04/KQGQ cols 7–8) = the `beneficiaries` recorded on the
//   return items still open at the start of the period; restored (cols 13–14) = those of return
//   items completed in the period. An item without `beneficiaries` adds 0.
// Any fact dated before the decision's legal effect counts on the day of legal effect.

/** What period-amounts needs of a decision to implement. */
export interface PeriodEnforcedDecision {
  legalEffectOn: LocalDate;
  items: readonly TrackedItem[];
}

/**
 * Money in đồng and land in m² as decimal strings ('2600000000', '2982.5'): the forms show money
 * in million đồng (Trđ), converted by the report layer (reports/format formatMillionVnd).
 */
export interface PeriodAmounts {
  stateMoneyToRecover: string; // 02/KQGQ col 3 · 04/KQGQ col 3 — Thu hồi cho NN, phải thu: tiền
  stateLandToRecover: string; // col 4 — phải thu: đất
  stateMoneyRecovered: string; // col 5 — đã thu: tiền
  stateLandRecovered: string; // col 6 — đã thu: đất
  organisationsToRestore: number; // 04/KQGQ col 7 — số tổ chức phải được trả lại quyền lợi
  individualsToRestore: number; // 04/KQGQ col 8 — số cá nhân phải được trả lại quyền lợi
  organisationMoneyToReturn: string; // 02/KQGQ col 7 · 04/KQGQ col 9 — phải trả, tổ chức: tiền
  organisationLandToReturn: string; // 02 col 8 · 04 col 10 — phải trả, tổ chức: đất
  individualMoneyToReturn: string; // 02 col 9 · 04 col 11 — phải trả, cá nhân: tiền
  individualLandToReturn: string; // 02 col 10 · 04 col 12 — phải trả, cá nhân: đất
  organisationsRestored: number; // 04/KQGQ col 13 — số tổ chức đã được trả lại quyền lợi
  individualsRestored: number; // 04/KQGQ col 14 — số cá nhân đã được trả lại quyền lợi
  organisationMoneyReturned: string; // 02 col 11 · 04 col 15 — đã trả, tổ chức: tiền
  organisationLandReturned: string; // 02 col 12 · 04 col 16 — đã trả, tổ chức: đất
  individualMoneyReturned: string; // 02 col 13 · 04 col 17 — đã trả, cá nhân: tiền
  individualLandReturned: string; // 02 col 14 · 04 col 18 — đã trả, cá nhân: đất
  collectivesDisciplined: number; // 04/KQGQ col 19 — đã xử lý hành chính: số tổ chức
  individualsDisciplined: number; // 02 col 15 · 04 col 20 — đã xử lý hành chính: số người (cá nhân)
  officialsDisciplined: number; // 02 col 16 · 04 col 21 — trong đó cán bộ, công chức, viên chức
  prosecutedCases: number; // 02 col 17 · 04 col 22 — đã khởi tố: số vụ
  prosecutedPersons: number; // 02 col 18 · 04 col 23 — đã khởi tố: số người (số đối tượng)
  prosecutedOfficials: number; // 02 col 19 · 04 col 24 — trong đó cán bộ, công chức, viên chức
}

type Side = 'due' | 'done';
type QuantityKey = `${Beneficiary}:${ItemKind.Money | ItemKind.Land}:${Side}`;
type CountKey = Exclude<keyof PeriodAmounts, `${string}Money${string}` | `${string}Land${string}`>;

interface Totals {
  quantities: Map<QuantityKey, bigint>;
  counts: Record<CountKey, number>;
}

function emptyTotals(): Totals {
  const counts = {
    organisationsToRestore: 0,
    individualsToRestore: 0,
    organisationsRestored: 0,
    individualsRestored: 0,
    collectivesDisciplined: 0,
    individualsDisciplined: 0,
    officialsDisciplined: 0,
    prosecutedCases: 0,
    prosecutedPersons: 0,
    prosecutedOfficials: 0,
  };
  return { quantities: new Map(), counts };
}

interface ItemContext {
  tracked: TrackedItem;
  legalEffectOn: LocalDate;
  period: ReportPeriod;
}

function datedEntries({ tracked, legalEffectOn }: ItemContext): [LocalDate, ProgressEntry][] {
  return validEntries(tracked.item, tracked.progress).map((e) => [
    effectiveDay(e.on, legalEffectOn),
    e,
  ]);
}

function addQuantity(totals: Totals, key: QuantityKey, value: bigint): void {
  totals.quantities.set(key, (totals.quantities.get(key) ?? 0n) + value);
}

function addRestored(totals: Totals, ctx: ItemContext, beneficiary: Beneficiary): void {
  const { item, progress } = ctx.tracked;
  const count = item.required.beneficiaries ?? 0;
  const done = itemCompletedOn(item, progress);
  const day = done === null ? null : effectiveDay(done, ctx.legalEffectOn);
  const who = beneficiary === Beneficiary.Organisation ? 'organisations' : 'individuals';
  if (day === null || !isBeforePeriod(day, ctx.period)) totals.counts[`${who}ToRestore`] += count;
  if (day !== null && isInPeriod(day, ctx.period)) totals.counts[`${who}Restored`] += count;
}

function addQuantityItem(totals: Totals, ctx: ItemContext, kind: ItemKind.Money | ItemKind.Land) {
  const { item } = ctx.tracked;
  const beneficiary = beneficiaryOf(item.type) ?? Beneficiary.State;
  let before = 0n;
  let inPeriod = 0n;
  for (const [day, entry] of datedEntries(ctx)) {
    const value = entryQuantity(item, entry);
    if (isBeforePeriod(day, ctx.period)) before += value;
    else if (isInPeriod(day, ctx.period)) inPeriod += value;
  }
  const required = requiredQuantity(item) ?? 0n;
  addQuantity(totals, `${beneficiary}:${kind}:due`, required > before ? required - before : 0n);
  addQuantity(totals, `${beneficiary}:${kind}:done`, inPeriod);
  if (beneficiary !== Beneficiary.State) addRestored(totals, ctx, beneficiary);
}

function addActionEntry(c: Totals['counts'], kind: ItemKind, e: ProgressEntry): void {
  if (kind === ItemKind.Discipline) {
    c.collectivesDisciplined += e.collectives ?? 0;
    c.individualsDisciplined += e.persons ?? 0;
    c.officialsDisciplined += e.officials ?? 0;
  } else if (kind === ItemKind.Referral) {
    c.prosecutedCases += e.cases ?? 0;
    c.prosecutedPersons += e.persons ?? 0;
    c.prosecutedOfficials += e.officials ?? 0;
  }
}

function addActionItem(totals: Totals, ctx: ItemContext, kind: ItemKind): void {
  for (const [day, entry] of datedEntries(ctx)) {
    if (isInPeriod(day, ctx.period)) addActionEntry(totals.counts, kind, entry);
  }
}

function quantityText(totals: Totals, key: QuantityKey): string {
  const value = totals.quantities.get(key) ?? 0n;
  return key.includes(':land:') ? formatLandArea(value) : formatDong(value);
}

function toAmounts(t: Totals): PeriodAmounts {
  const q = (key: QuantityKey) => quantityText(t, key);
  return {
    stateMoneyToRecover: q('state:money:due'),
    stateLandToRecover: q('state:land:due'),
    stateMoneyRecovered: q('state:money:done'),
    stateLandRecovered: q('state:land:done'),
    organisationMoneyToReturn: q('organisation:money:due'),
    organisationLandToReturn: q('organisation:land:due'),
    individualMoneyToReturn: q('individual:money:due'),
    individualLandToReturn: q('individual:land:due'),
    organisationMoneyReturned: q('organisation:money:done'),
    organisationLandReturned: q('organisation:land:done'),
    individualMoneyReturned: q('individual:money:done'),
    individualLandReturned: q('individual:land:done'),
    ...t.counts,
  };
}

/** Sums over the decisions to implement in the period (filter with isToImplement first). */
export function periodAmounts(
  decisions: readonly PeriodEnforcedDecision[],
  period: ReportPeriod,
): PeriodAmounts {
  const totals = emptyTotals();
  for (const d of decisions) {
    for (const tracked of d.items) {
      const ctx = { tracked, legalEffectOn: d.legalEffectOn, period };
      const kind = itemKind(tracked.item.type);
      if (kind === ItemKind.Money || kind === ItemKind.Land) addQuantityItem(totals, ctx, kind);
      else addActionItem(totals, ctx, kind);
    }
  }
  return toAmounts(totals);
}
