import {
  CHART_FONT,
  CHART_GREYS,
  type ChartFrame,
  closeChart,
  defaultValueFormat,
  drawCategoryLabels,
  drawValueAxisLabel,
  drawVerticalValueAxis,
  openChart,
  type PlotArea,
  valueScale,
} from './chart-frame';
import type { Scale } from './chart-scale';
import type { PdfDoc } from './pdf-doc';

export interface LineSeries {
  name: string;
  values: readonly number[];
}

export interface LineChartSpec extends ChartFrame {
  categories: readonly string[];
  series: readonly LineSeries[];
}

const DASHES: readonly (number | undefined)[] = [undefined, 4, 1.5, 6];

interface Axes {
  plot: PlotArea;
  scale: Scale;
}

/** Starts a saved graphics state with the series' grey and dash; returns the grey. */
function seriesStroke(pdf: PdfDoc, index: number): string {
  const colour = CHART_GREYS[index % CHART_GREYS.length] ?? '#000000';
  const dash = DASHES[index % DASHES.length];
  pdf.doc.save().lineWidth(1.2).strokeColor(colour);
  if (dash !== undefined) {
    pdf.doc.dash(dash, { space: 2 });
  }
  return colour;
}

function drawSeries(pdf: PdfDoc, { plot, scale }: Axes, series: LineSeries, index: number) {
  const slot = plot.width / Math.max(series.values.length, 1);
  const points = series.values.map((value, i) => ({
    x: plot.x + slot * (i + 0.5),
    y: plot.y + plot.height - (value / scale.max) * plot.height,
  }));
  const colour = seriesStroke(pdf, index);
  points.forEach((p, i) => (i === 0 ? pdf.doc.moveTo(p.x, p.y) : pdf.doc.lineTo(p.x, p.y)));
  pdf.doc.stroke().restore();
  for (const p of points) {
    pdf.doc.save().circle(p.x, p.y, 2).fill(colour).restore();
  }
  return points;
}

function drawLegend(pdf: PdfDoc, plot: PlotArea, series: readonly LineSeries[]): void {
  const y = plot.y + plot.height + 2 * CHART_FONT + 10;
  let x = plot.x;
  series.forEach((s, i) => {
    seriesStroke(pdf, i);
    pdf.doc
      .moveTo(x, y + 4)
      .lineTo(x + 20, y + 4)
      .stroke()
      .restore();
    const width = pdf.widthOf(s.name, { size: CHART_FONT }) + 4;
    pdf.text(s.name, { x: x + 24, y, width, size: CHART_FONT, lineBreak: false });
    x += width + 32;
  });
}

/** A line chart (one grey line per series, markers, value labels on the last point, legend). */
export function drawLineChart(pdf: PdfDoc, spec: LineChartSpec): void {
  const box = openChart(pdf, spec);
  const all = spec.series.flatMap((s) => s.values);
  const scale = valueScale(all);
  const format = spec.valueFormat ?? defaultValueFormat(all);
  const plot: PlotArea = {
    x: box.x + 48,
    y: box.y + 14,
    width: box.width - 52,
    height: box.height - 58,
  };
  drawVerticalValueAxis(pdf, plot, scale);
  spec.series.forEach((series, index) => {
    const last = drawSeries(pdf, { plot, scale }, series, index).at(-1);
    const value = series.values.at(-1);
    if (last && value !== undefined) {
      pdf.text(format(value), {
        x: last.x + 4,
        y: last.y - CHART_FONT,
        width: 60,
        size: CHART_FONT,
        lineBreak: false,
      });
    }
  });
  drawCategoryLabels(pdf, plot, spec.categories);
  drawLegend(pdf, plot, spec.series);
  drawValueAxisLabel(pdf, plot, spec.valueAxisLabel);
  closeChart(pdf, box);
}
