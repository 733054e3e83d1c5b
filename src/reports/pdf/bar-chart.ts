import {
  CHART_FONT,
  CHART_GREYS,
  type ChartFrame,
  closeChart,
  defaultValueFormat,
  drawCategoryLabels,
  drawHorizontalValueAxis,
  drawValueAxisLabel,
  drawVerticalValueAxis,
  openChart,
  type PlotArea,
  valueScale,
} from './chart-frame';
import type { Scale } from './chart-scale';
import type { PdfDoc } from './pdf-doc';

export interface BarChartSpec extends ChartFrame {
  orientation: 'horizontal' | 'vertical';
  categories: readonly string[];
  values: readonly number[];
}

interface Bars {
  plot: PlotArea;
  scale: Scale;
  spec: BarChartSpec;
  format: (value: number) => string;
}

function drawVerticalBars(pdf: PdfDoc, { plot, scale, spec, format }: Bars): void {
  const slot = plot.width / Math.max(spec.values.length, 1);
  spec.values.forEach((value, i) => {
    const height = (value / scale.max) * plot.height;
    const x = plot.x + i * slot + slot * 0.2;
    const y = plot.y + plot.height - height;
    pdf.doc
      .save()
      .rect(x, y, slot * 0.6, height)
      .fill(CHART_GREYS[0])
      .restore();
    pdf.text(format(value), {
      x: x - slot * 0.2,
      y: y - CHART_FONT - 2,
      width: slot,
      size: CHART_FONT,
      align: 'center',
      lineBreak: false,
    });
  });
  drawCategoryLabels(pdf, plot, spec.categories);
}

function drawHorizontalBars(pdf: PdfDoc, { plot, scale, spec, format }: Bars): void {
  const slot = plot.height / Math.max(spec.values.length, 1);
  const labelWidth = 110;
  spec.values.forEach((value, i) => {
    const width = (value / scale.max) * plot.width;
    const y = plot.y + i * slot + slot * 0.2;
    pdf.doc
      .save()
      .rect(plot.x, y, width, slot * 0.6)
      .fill(CHART_GREYS[0])
      .restore();
    const textY = y + slot * 0.3 - CHART_FONT / 2;
    const category = spec.categories[i] ?? '';
    const labelOptions = { y: textY, size: CHART_FONT, lineBreak: false, ellipsis: true } as const;
    pdf.text(category, {
      ...labelOptions,
      x: plot.x - labelWidth - 4,
      width: labelWidth,
      align: 'right',
    });
    pdf.text(format(value), { ...labelOptions, x: plot.x + width + 3, width: 60 });
  });
}

/**
 * A bar chart from pdfkit primitives (grey bars, value labels, Vietnamese number notation).
 * Vertical: categories under the bars; horizontal: categories on the left (long agency names).
 */
export function drawBarChart(pdf: PdfDoc, spec: BarChartSpec): void {
  const box = openChart(pdf, spec);
  const scale = valueScale(spec.values);
  const format = spec.valueFormat ?? defaultValueFormat(spec.values);
  const vertical = spec.orientation === 'vertical';
  const plot: PlotArea = vertical
    ? { x: box.x + 48, y: box.y + 14, width: box.width - 52, height: box.height - 44 }
    : { x: box.x + 118, y: box.y + 14, width: box.width - 160, height: box.height - 30 };
  if (vertical) {
    drawVerticalValueAxis(pdf, plot, scale);
    drawVerticalBars(pdf, { plot, scale, spec, format });
  } else {
    drawHorizontalValueAxis(pdf, plot, scale);
    drawHorizontalBars(pdf, { plot, scale, spec, format });
  }
  drawValueAxisLabel(pdf, plot, spec.valueAxisLabel);
  closeChart(pdf, box);
}
