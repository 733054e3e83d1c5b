import type { Rate } from '../../statistics/domain/summary-shape';
import { relativeChange, rateDifference } from '../../statistics/domain/rates';
import type { LocalAuthorities } from '../format/local-authorities';
import { formatArea, formatDecimal, formatMillionVnd, formatPercent } from '../format/vi-number';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import { fillPlaceholders } from '../templates/fill-placeholders';

/** Texts of the oversight report (templates/documents/oversight-report.vi.json). */
export function oversightTexts(): DocumentTemplate {
  return documentTemplate('oversight-report');
}

/** A rate 0–1 as "81,4%", or "—" when there is nothing to divide by. */
export function rateText(rate: Rate, t: DocumentTemplate = oversightTexts()): string {
  return rate === null ? t.text('notApplicable') : formatPercent(rate, 1);
}

/**
 * Completion rates of decisions are published to two decimals ("292/426 quyết định, đạt 68,54%",
 * DOMAIN §9.1; Product decision 3: two decimals where the source does).
 */
export function completionRateText(rate: Rate, t: DocumentTemplate = oversightTexts()): string {
  return rate === null ? t.text('notApplicable') : formatPercent(rate, 2);
}

/**
 * Change of a count against a comparison period, as a report writes it: "tăng 5,2%",
 * "giảm 3,1%", "không thay đổi"; without a base (0 in the other period) it says so.
 */
export function changeText(current: number, base: number, policy: RenderPolicy): string {
  const t = oversightTexts();
  const change = relativeChange(current, base);
  if (change === null) return t.text('noBase');
  if (change === 0) return t.text('unchanged');
  const percent = formatPercent(Math.abs(change), 1);
  if (percent === '0,0%') return t.text('unchanged');
  return t.fill(change > 0 ? 'increase' : 'decrease', { percent }, policy);
}

/** Change of a rate, in percentage points: "tăng 2,3 điểm phần trăm". */
export function rateChangeText(current: Rate, base: Rate, policy: RenderPolicy): string {
  const t = oversightTexts();
  const difference = rateDifference(current, base);
  if (difference === null) return t.text('noBase');
  const points = formatDecimal(Math.abs(difference) * 100, 1);
  if (points === '0,0') return t.text('unchanged');
  return t.fill(difference > 0 ? 'rateIncrease' : 'rateDecrease', { points }, policy);
}

/** "2.600,0 triệu đồng" from an amount in đồng (decimal string). */
export function moneyText(amount: string, policy: RenderPolicy): string {
  const millions = formatMillionVnd(amount, { unit: false, decimals: 1 });
  return oversightTexts().fill('moneyMillions', { amount: millions }, policy);
}

/** "2.982 m²", with one decimal only when the area has a fraction. */
export function areaText(squareMetres: string): string {
  const whole = /^-?\d+(\.0*)?$/.test(squareMetres);
  return formatArea(squareMetres, { decimals: whole ? 0 : 1 });
}

/**
 * The "Kính gửi" lines: the Party committee and the People's Committee of the agency's level
 * (`localAuthoritiesOf`), in the template's wording — a province-level report names its own
 * committee by type ("Ủy ban nhân dân thành phố"), as the city's report always has. A line whose
 * name is unknown (a committee name without a unit type has no Party committee) is left out.
 */
export function addresseeLines(authorities: LocalAuthorities, policy: RenderPolicy): string[] {
  const t = oversightTexts();
  const values = {
    partyCommittee: authorities.partyCommittee ?? '',
    peopleCommittee: authorities.peopleCommittee,
    unitType: authorities.unitType ?? '',
  };
  const lines = t.list(authorities.level === 'province' ? 'addresseesProvince' : 'addressees');
  return lines.map((line) => fillPlaceholders(line, values, policy).trim()).filter(Boolean);
}
