import { formatDecimal, formatInteger } from '../format/vi-number';
import { niceScale, type Scale, tickLabel } from './chart-scale';
import type { PdfDoc } from './pdf-doc';

/** What every chart takes: size, optional title and value format (Vietnamese by default). */
export interface ChartFrame {
  /** Default: the content width. */
  width?: number;
  height: number;
  title?: string;
  /** Axis title of the value axis, e.g. "Số vụ việc". */
  valueAxisLabel?: string;
  valueFormat?: (value: number) => string;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CHART_FONT = 9;
export const CHART_GREYS = ['#404040', '#8c8c8c', '#bfbfbf', '#202020'] as const;

export function defaultValueFormat(values: readonly number[]): (value: number) => string {
  return values.every(Number.isInteger) ? (v) => formatInteger(v) : (v) => formatDecimal(v, 1);
}

/** Reserves the chart's box (new page if needed), draws the title; returns the box under it. */
export function openChart(pdf: PdfDoc, frame: ChartFrame): PlotArea {
  const width = frame.width ?? pdf.width;
  const titleHeight = frame.title ? 18 : 0;
  pdf.ensureSpace(frame.height + titleHeight);
  const x = pdf.left + (pdf.width - width) / 2;
  if (frame.title) {
    pdf.text(frame.title, { x, width, style: 'bold', size: 11, align: 'center', lineGap: 0 });
    pdf.moveDown(4);
  }
  return { x, y: pdf.y, width, height: frame.height };
}

/** Leaves `pdf.y` under the chart's box (drawing labels moves pdfkit's cursor around). */
export function closeChart(pdf: PdfDoc, box: PlotArea): void {
  pdf.y = box.y + box.height + 6;
}

/** Scale of the value axis over all values. */
export function valueScale(values: readonly number[]): Scale {
  return niceScale(Math.max(0, ...values));
}

/** Horizontal grid lines and tick labels on the left of `plot` (value axis vertical). */
export function drawVerticalValueAxis(pdf: PdfDoc, plot: PlotArea, scale: Scale): void {
  for (const tick of scale.ticks) {
    const y = plot.y + plot.height - (tick / scale.max) * plot.height;
    pdf.doc.save().lineWidth(0.3).strokeColor('#bfbfbf');
    pdf.doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .stroke()
      .restore();
    pdf.text(tickLabel(tick, scale.step), {
      x: plot.x - 44,
      y: y - CHART_FONT / 2,
      width: 40,
      size: CHART_FONT,
      align: 'right',
      lineBreak: false,
    });
  }
  pdf.rule(plot.x, plot.x + plot.width, plot.y + plot.height, 0.6);
}

/** Vertical grid lines and tick labels under `plot` (value axis horizontal). */
export function drawHorizontalValueAxis(pdf: PdfDoc, plot: PlotArea, scale: Scale): void {
  for (const tick of scale.ticks) {
    const x = plot.x + (tick / scale.max) * plot.width;
    pdf.doc.save().lineWidth(0.3).strokeColor('#bfbfbf');
    pdf.doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.height)
      .stroke()
      .restore();
    pdf.text(tickLabel(tick, scale.step), {
      x: x - 30,
      y: plot.y + plot.height + 3,
      width: 60,
      size: CHART_FONT,
      align: 'center',
      lineBreak: false,
    });
  }
  pdf.doc
    .save()
    .lineWidth(0.6)
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height);
  pdf.doc.stroke().restore();
}

/** Category labels centred under equal slots of the plot (vertical bars, line chart). */
export function drawCategoryLabels(pdf: PdfDoc, plot: PlotArea, categories: readonly string[]) {
  const slot = plot.width / Math.max(categories.length, 1);
  categories.forEach((category, i) => {
    pdf.text(category, {
      x: plot.x + i * slot + 1,
      y: plot.y + plot.height + 3,
      width: slot - 2,
      height: 2 * (CHART_FONT + 2),
      ellipsis: true,
      size: CHART_FONT,
      align: 'center',
      lineGap: 0,
    });
  });
}

/** The value-axis title, written above the tick labels. */
export function drawValueAxisLabel(pdf: PdfDoc, plot: PlotArea, label: string | undefined) {
  if (label) {
    pdf.text(label, {
      x: plot.x - 44,
      y: plot.y - 14,
      width: 200,
      size: CHART_FONT,
      style: 'italic',
      lineBreak: false,
    });
  }
}
