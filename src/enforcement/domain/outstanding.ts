import { compareLocalDates, daysBetween, type LocalDate } from '../../legal/domain/local-date';
import { completedOn, type TrackedItem } from './decision-completion';
import { ItemKind, itemKind } from './enforcement-item';
import { itemCompletedOn, itemOutstanding, progressUpTo } from './item-status';
import { compareLandArea, formatLandArea, toLandArea } from './land-area';
import { compareDong, formatDong, toDong } from './money';

// Tồn đọng (DOMAIN §6.2): a decision or conclusion with legal effect that is not yet fully carried
// out (Luật KN 2011 Điều 44–45; Luật TC 2018 Điều 44). The worklist shows its age and what is still
// to collect or return, sortable by either. Everything is "as of" a day: progress dated after it
// does not count, so a worklist for 31/12 stays the same when printed later.

export interface BacklogDecision {
  legalEffectOn: LocalDate;
  items: readonly TrackedItem[];
}

export interface BacklogEntry<D extends BacklogDecision = BacklogDecision> {
  decision: D;
  /** Days from legal effect to `at`. */
  ageDays: number;
  openItems: number;
  /** Open items whose due date has passed (overdue is computed, never stored: DESIGN §4). */
  overdueItems: number;
  /** Money still to collect or return, in đồng ('2600000000'). */
  moneyOutstanding: string;
  /** Land still to recover or return, in m² ('2982.5'). */
  landOutstanding: string;
}

function asOf(items: readonly TrackedItem[], at: LocalDate): TrackedItem[] {
  return items.map(({ item, progress }) => ({ item, progress: progressUpTo(progress, at) }));
}

/** Legally effective on or before `at` and not complete at the end of that day. */
export function isOutstanding(decision: BacklogDecision, at: LocalDate): boolean {
  if (compareLocalDates(decision.legalEffectOn, at) > 0) return false;
  return completedOn(asOf(decision.items, at)) === null;
}

function backlogEntry<D extends BacklogDecision>(decision: D, at: LocalDate): BacklogEntry<D> {
  let money = 0n;
  let land = 0n;
  let openItems = 0;
  let overdueItems = 0;
  for (const { item, progress } of asOf(decision.items, at)) {
    if (itemCompletedOn(item, progress) !== null) continue;
    openItems += 1;
    if (item.dueOn && compareLocalDates(item.dueOn, at) < 0) overdueItems += 1;
    const left = itemOutstanding(item, progress) ?? 0n;
    if (itemKind(item.type) === ItemKind.Money) money += left;
    else if (itemKind(item.type) === ItemKind.Land) land += left;
  }
  return {
    decision,
    ageDays: daysBetween(decision.legalEffectOn, at),
    openItems,
    overdueItems,
    moneyOutstanding: formatDong(money),
    landOutstanding: formatLandArea(land),
  };
}

/** The outstanding decisions as of `at`, in the order given (sort with sortBacklog). */
export function backlog<D extends BacklogDecision>(
  decisions: readonly D[],
  at: LocalDate,
): BacklogEntry<D>[] {
  return decisions.filter((d) => isOutstanding(d, at)).map((d) => backlogEntry(d, at));
}

/** Oldest first; ties: larger amount outstanding first. */
export function byAge(a: BacklogEntry, b: BacklogEntry): number {
  return b.ageDays - a.ageDays || byAmountOutstanding(a, b, false);
}

/** Largest money outstanding first; ties: larger land area, then oldest. */
export function byAmountOutstanding(a: BacklogEntry, b: BacklogEntry, thenAge = true): number {
  const money = compareDong(toDong(b.moneyOutstanding), toDong(a.moneyOutstanding));
  if (money !== 0) return money;
  const land = compareLandArea(toLandArea(b.landOutstanding), toLandArea(a.landOutstanding));
  return land !== 0 || !thenAge ? land : b.ageDays - a.ageDays;
}

export type BacklogSort = 'age' | 'amount';

/** A sorted copy: `desc` (default) puts the oldest / largest first, `asc` the reverse. */
export function sortBacklog<D extends BacklogDecision>(
  entries: readonly BacklogEntry<D>[],
  by: BacklogSort,
  order: 'asc' | 'desc' = 'desc',
): BacklogEntry<D>[] {
  const compare = by === 'age' ? byAge : byAmountOutstanding;
  const sign = order === 'desc' ? 1 : -1;
  return [...entries].sort((a, b) => sign * compare(a, b));
}
