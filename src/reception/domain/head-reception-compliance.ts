import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  daysInMonth,
  localDate,
  parseLocalDate,
} from '../../legal/domain/local-date';
import type { FrequencyUnit, HeadReceptionObligation } from './head-reception-frequency';

export interface Period {
  from: string;
  to: string;
}

/** One month or week of the period, with the days required in it and the days held. */
export interface ComplianceUnit extends Period {
  /** The whole month or week lies inside the period; partial ones are shown, not assessed. */
  isWhole: boolean;
  requiredDays: number;
  heldDays: number;
  /** null for a partial unit. */
  isMet: boolean | null;
}

export interface ComplianceAssessment {
  requiredDays: number;
  heldDays: number;
  /** Every whole unit met its minimum; null when the period holds no whole unit. */
  isCompliant: boolean | null;
  units: ComplianceUnit[];
}

const minDate = (a: string, b: string) => (compareLocalDates(a, b) <= 0 ? a : b);
const maxDate = (a: string, b: string) => (compareLocalDates(a, b) >= 0 ? a : b);

/** The calendar month or the week (Monday to Sunday) holding `day`. */
export function unitAround(unit: FrequencyUnit, day: string): Period {
  if (unit === 'week') {
    const monday = addDays(day, -((dayOfWeek(day) + 6) % 7));
    return { from: monday, to: addDays(monday, 6) };
  }
  const { year, month } = parseLocalDate(day);
  return { from: localDate(year, month, 1), to: localDate(year, month, daysInMonth(year, month)) };
}

/** The months or weeks overlapping the period, clipped to it, in order. */
export function unitsOf(unit: FrequencyUnit, period: Period): (Period & { isWhole: boolean })[] {
  const units: (Period & { isWhole: boolean })[] = [];
  for (let day = period.from; compareLocalDates(day, period.to) <= 0;) {
    const whole = unitAround(unit, day);
    const clipped = { from: maxDate(whole.from, period.from), to: minDate(whole.to, period.to) };
    units.push({ ...clipped, isWhole: clipped.from === whole.from && clipped.to === whole.to });
    day = addDays(whole.to, 1);
  }
  return units;
}

/**
 * D17 against the held sessions: each whole month (or week) of the period needs the minimum
 * number of distinct days on which the head received citizens (Luật TCD 2013 Điều 12, 13, 15, 18).
 */
export function assessCompliance(
  obligation: HeadReceptionObligation,
  period: Period,
  heldOn: readonly string[],
): ComplianceAssessment {
  const days = [...new Set(heldOn)];
  const units = unitsOf(obligation.unit, period).map((u): ComplianceUnit => {
    const held = days.filter((d) => d >= u.from && d <= u.to).length;
    const required = u.isWhole ? obligation.minDays : 0;
    return {
      ...u,
      requiredDays: required,
      heldDays: held,
      isMet: u.isWhole ? held >= required : null,
    };
  });
  const whole = units.filter((u) => u.isWhole);
  return {
    requiredDays: whole.reduce((sum, u) => sum + u.requiredDays, 0),
    heldDays: units.reduce((sum, u) => sum + u.heldDays, 0),
    isCompliant: whole.length === 0 ? null : whole.every((u) => u.isMet === true),
    units,
  };
}
