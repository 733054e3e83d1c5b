import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';

/** Chấp hành thời hạn giải quyết (DOMAIN §4.7, §12 Timeliness; 01/KQGQ, 03/KQGQ columns). */
export enum Timeliness {
  OnTime = 'on_time',
  Late = 'late',
}

export const TIMELINESS_VALUES: readonly Timeliness[] = Object.values(Timeliness);

/** On time when done on or before the last day of the period (the due date itself counts). */
export function timelinessOf(doneOn: LocalDate, dueOn: LocalDate): Timeliness {
  return compareLocalDates(doneOn, dueOn) <= 0 ? Timeliness.OnTime : Timeliness.Late;
}
