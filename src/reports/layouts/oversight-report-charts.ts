import type { StatisticsSummary } from '../../statistics/domain/summary-shape';
import { formatLongDate } from '../format/administrative-date';
import { formatDecimal } from '../format/vi-number';
import { drawBarChart } from '../pdf/bar-chart';
import type { PdfDoc } from '../pdf/pdf-doc';
import { drawParagraphs } from '../pdf/text-blocks';
import { drawLineChart } from '../pdf/line-chart';
import type { RenderPolicy } from '../render-policy';
import { BACKLOG_BUCKETS, type OversightReportData } from './oversight-report-data';
import { oversightTexts } from './oversight-report-text';
import { unitLabel } from './oversight-report-tables';

/** Bars per rate chart: a city's 30 districts or 126 communes go on several charts. */
const BARS_PER_CHART = 24;
const BAR_HEIGHT = 15;

export interface RateBar {
  label: string;
  /** Percent 0–100. */
  value: number;
}

/** Complaints and denunciations together: resolved ÷ in competence (DOMAIN §7.3), per unit. */
export function combinedResolutionRate(s: StatisticsSummary): number | null {
  const inCompetence = s.complaints.inCompetence + s.denunciations.inCompetence;
  if (inCompetence === 0) return null;
  return (s.complaints.resolved + s.denunciations.resolved) / inCompetence;
}

/** The bars of the rate chart: units with cases in competence only (no rate without a base). */
export function rateBars(d: OversightReportData, policy: RenderPolicy): RateBar[] {
  const bars: RateBar[] = [];
  for (const unit of d.units) {
    const rate = combinedResolutionRate(unit.summary);
    if (rate !== null) bars.push({ label: unitLabel(unit, policy), value: rate * 100 });
  }
  return bars;
}

const percentFormat = (value: number) => `${formatDecimal(value, 1)}%`;

export function drawRateChart(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy) {
  const t = oversightTexts();
  const bars = rateBars(d, policy);
  if (bars.length === 0) {
    drawParagraphs(pdf, [t.text('chartRateEmpty')], { italic: true });
    return;
  }
  for (let start = 0; start < bars.length; start += BARS_PER_CHART) {
    const chunk = bars.slice(start, start + BARS_PER_CHART);
    drawBarChart(pdf, {
      orientation: 'horizontal',
      title: t.text(start === 0 ? 'chartRateTitle' : 'chartRateTitleContinued'),
      height: 40 + chunk.length * BAR_HEIGHT,
      categories: chunk.map((b) => b.label),
      values: chunk.map((b) => b.value),
      valueAxisLabel: t.text('chartRateAxis'),
      valueFormat: percentFormat,
    });
    pdf.moveDown(8);
  }
}

export function drawMonthlyChart(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy) {
  if (d.monthly.length === 0) return;
  const t = oversightTexts();
  const categories = d.monthly.map((m) =>
    t.fill('monthLabel', { month: String(m.month), year: String(m.year) }, policy),
  );
  drawLineChart(pdf, {
    title: t.text('chartMonthlyTitle'),
    height: 200,
    categories,
    valueAxisLabel: t.text('chartMonthlyAxis'),
    series: [
      { name: t.text('chartMonthlyPetitions'), values: d.monthly.map((m) => m.petitions) },
      { name: t.text('chartMonthlyVisits'), values: d.monthly.map((m) => m.visits) },
    ],
  });
  pdf.moveDown(8);
}

export function drawBacklogChart(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy) {
  const t = oversightTexts();
  const date = formatLongDate(d.periodTo).replace(/^ngày /, '');
  drawBarChart(pdf, {
    orientation: 'vertical',
    title: t.fill('chartBacklogTitle', { date }, policy),
    height: 170,
    width: pdf.width * 0.8,
    categories: BACKLOG_BUCKETS.map((b) => t.entry('backlogBuckets', b)),
    values: BACKLOG_BUCKETS.map((b) => d.backlog[b]),
    valueAxisLabel: t.text('chartBacklogAxis'),
  });
  pdf.moveDown(8);
}
