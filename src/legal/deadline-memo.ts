/** Entries kept per (calendar, rule) before the oldest are dropped. */
const MAX_ENTRIES = 512;

/**
 * Deadlines already worked out, by the calendar and the rule version they were computed with (the
 * cached objects: an edit or a reload gives new ones, and the old entries go with them) and by
 * the rest of the input (start date, extensions…). A computed deadline is a pure function of
 * those, so a hit is the same answer; callers must not mutate what they get.
 */
export class DeadlineMemo<T> {
  private readonly byCalendar = new WeakMap<object, WeakMap<object, Map<string, T>>>();

  get(calendar: object, rule: object, input: string, compute: () => T): T {
    let byRule = this.byCalendar.get(calendar);
    if (!byRule) this.byCalendar.set(calendar, (byRule = new WeakMap<object, Map<string, T>>()));
    let entries = byRule.get(rule);
    if (!entries) byRule.set(rule, (entries = new Map<string, T>()));
    const known = entries.get(input);
    if (known !== undefined) return known;
    const value = compute();
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(input, value);
    return value;
  }
}
