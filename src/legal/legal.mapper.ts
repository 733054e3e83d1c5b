import { calendarDayKindLabelsVi } from '../common/i18n/legal-messages.vi';
import type { CalendarDayEntity } from './calendar-day.entity';
import type { CalendarDayResponseDto } from './dto/calendar-year.response.dto';
import type { ExplanationStepDto } from './dto/deadline-preview.response.dto';
import type { LegalRuleResponseDto } from './dto/legal-rule.response.dto';
import type { ExplanationStep } from './domain/deadline-engine';
import type { CalendarDay } from './domain/holiday-calendar';
import type { LegalRuleVersion } from './domain/legal-rule';
import { weekdayNameVi } from './domain/local-date';
import type { LegalRuleEntity } from './legal-rule.entity';

export function toLegalRuleVersion(e: LegalRuleEntity): LegalRuleVersion {
  return {
    key: e.key,
    version: e.version,
    title: e.title,
    unit: e.unit,
    normalDays: e.normalDays,
    complexDays: e.complexDays,
    remoteDays: e.remoteDays,
    remoteComplexDays: e.remoteComplexDays,
    extensionDays: e.extensionDays,
    complexExtensionDays: e.complexExtensionDays,
    maxExtensions: e.maxExtensions,
    legalBasis: e.legalBasis,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    note: e.note,
  };
}

export function toLegalRuleResponse(e: LegalRuleEntity): LegalRuleResponseDto {
  return { id: e.id, ...toLegalRuleVersion(e), complexExtensionDays: e.complexExtensionDays };
}

export function toCalendarDay(e: CalendarDayEntity): CalendarDay {
  return { date: e.date, kind: e.kind, name: e.name, source: e.source };
}

export function toCalendarDayResponse(d: CalendarDay): CalendarDayResponseDto {
  return {
    date: d.date,
    weekday: weekdayNameVi(d.date),
    kind: d.kind,
    kindLabel: calendarDayKindLabelsVi[d.kind],
    name: d.name,
    source: d.source,
  };
}

/** Whitelists the fields of an explanation step. */
export function toExplanationStep(s: ExplanationStep): ExplanationStepDto {
  const step: ExplanationStepDto = { kind: s.kind, text: s.text };
  if (s.date !== undefined) step.date = s.date;
  if (s.from !== undefined) step.from = s.from;
  if (s.to !== undefined) step.to = s.to;
  if (s.days !== undefined) step.days = s.days;
  return step;
}
