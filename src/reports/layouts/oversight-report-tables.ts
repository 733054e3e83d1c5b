import type { Rate, StatisticsSummary } from '../../statistics/domain/summary-shape';
import { formatInteger } from '../format/vi-number';
import type { PdfDoc } from '../pdf/pdf-doc';
import { drawTable, type TableColumn } from '../pdf/table';
import type { RenderPolicy } from '../render-policy';
import type { TemplateColumn } from '../templates/document-template';
import type { OversightReportData, OversightUnitRow } from './oversight-report-data';
import {
  changeText,
  oversightTexts,
  rateChangeText,
  completionRateText,
  rateText,
} from './oversight-report-text';

const TABLE_FONT = 9.5;

type Figure =
  | { kind: 'count'; read: (s: StatisticsSummary) => number }
  | { kind: 'rate'; read: (s: StatisticsSummary) => Rate; twoDecimals?: true };

/** The key figures of Bảng 1, in order; labels in the template's "keyFigureLabels". */
const KEY_FIGURES: readonly (readonly [string, Figure])[] = [
  ['visits', { kind: 'count', read: (s) => s.reception.visits }],
  ['delegations', { kind: 'count', read: (s) => s.reception.delegations }],
  ['petitionsReceived', { kind: 'count', read: (s) => s.petitions.received }],
  ['petitionsHandled', { kind: 'count', read: (s) => s.petitions.handled }],
  ['complaintsInCompetence', { kind: 'count', read: (s) => s.complaints.inCompetence }],
  ['complaintsResolved', { kind: 'count', read: (s) => s.complaints.resolved }],
  ['complaintsRate', { kind: 'rate', read: (s) => s.complaints.resolutionRate }],
  ['denunciationsInCompetence', { kind: 'count', read: (s) => s.denunciations.inCompetence }],
  ['denunciationsResolved', { kind: 'count', read: (s) => s.denunciations.resolved }],
  ['denunciationsRate', { kind: 'rate', read: (s) => s.denunciations.resolutionRate }],
  [
    'decisionsToImplement',
    { kind: 'count', read: (s) => s.enforcement.complaintDecisions.toImplement },
  ],
  [
    'decisionsCompleted',
    { kind: 'count', read: (s) => s.enforcement.complaintDecisions.completed },
  ],
  [
    'decisionsRate',
    {
      kind: 'rate',
      read: (s) => s.enforcement.complaintDecisions.completionRate,
      twoDecimals: true,
    },
  ],
];

function figureCells(d: OversightReportData, figure: Figure, policy: RenderPolicy): string[] {
  const periods = [d.current, d.previous, d.lastYear] as const;
  if (figure.kind === 'rate') {
    const [now, prev, year] = periods.map(figure.read) as [Rate, Rate, Rate];
    const text = figure.twoDecimals ? completionRateText : rateText;
    return [
      text(now),
      text(prev),
      rateChangeText(now, prev, policy),
      text(year),
      rateChangeText(now, year, policy),
    ];
  }
  const [now, prev, year] = periods.map(figure.read) as [number, number, number];
  return [
    formatInteger(now),
    formatInteger(prev),
    changeText(now, prev, policy),
    formatInteger(year),
    changeText(now, year, policy),
  ];
}

/** Rows of Bảng 1: label, this period, previous, change, same period last year, change. */
export function keyFigureRows(d: OversightReportData, policy: RenderPolicy): string[][] {
  const t = oversightTexts();
  return KEY_FIGURES.map(([key, figure]) => [
    t.entry('keyFigureLabels', key),
    ...figureCells(d, figure, policy),
  ]);
}

type UnitCell = (s: StatisticsSummary) => string;

const n = formatInteger;
const UNIT_CELLS: Readonly<Record<string, UnitCell>> = {
  visits: (s) => n(s.reception.visits),
  petitions: (s) => n(s.petitions.received),
  complaintsInCompetence: (s) => n(s.complaints.inCompetence),
  complaintsResolved: (s) => n(s.complaints.resolved),
  complaintsRate: (s) => rateText(s.complaints.resolutionRate),
  denunciationsInCompetence: (s) => n(s.denunciations.inCompetence),
  denunciationsResolved: (s) => n(s.denunciations.resolved),
  denunciationsRate: (s) => rateText(s.denunciations.resolutionRate),
  decisionsToImplement: (s) => n(s.enforcement.complaintDecisions.toImplement),
  decisionsCompleted: (s) => n(s.enforcement.complaintDecisions.completed),
  decisionsRate: (s) => completionRateText(s.enforcement.complaintDecisions.completionRate),
};

export function unitLabel(unit: OversightUnitRow, policy: RenderPolicy): string {
  return unit.own ? oversightTexts().fill('ownUnitLabel', { name: unit.name }, policy) : unit.name;
}

/** Rows of a per-unit table: one per unit, then the total (the reporting agency's figures). */
export function unitTableRows(
  d: OversightReportData,
  columns: readonly TemplateColumn[],
  policy: RenderPolicy,
): string[][] {
  const cell = (key: string, s: StatisticsSummary, index: string, label: string): string => {
    if (key === 'index') return index;
    if (key === 'unit') return label;
    const read = UNIT_CELLS[key];
    if (!read) throw new Error(`oversight-report: unknown unit column "${key}"`);
    return read(s);
  };
  const rows = d.units.map((u, i) =>
    columns.map((c) => cell(c.key, u.summary, String(i + 1), unitLabel(u, policy))),
  );
  const total = oversightTexts().text('totalRowLabel');
  rows.push(columns.map((c) => cell(c.key, d.current, '', total)));
  return rows;
}

const asTableColumns = (columns: readonly TemplateColumn[]): TableColumn[] =>
  columns.map((c) => ({ header: c.header, weight: c.weight, align: c.align }));

function caption(pdf: PdfDoc, text: string): void {
  pdf.ensureSpace(80);
  pdf.text(text, { style: 'italic', size: 12, align: 'center', paragraphGap: 4 });
}

export function drawKeyFigureTable(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy) {
  const t = oversightTexts();
  caption(pdf, t.text('keyFiguresCaption'));
  const columns = asTableColumns(t.columns('keyFiguresColumns'));
  drawTable(pdf, { columns, rows: keyFigureRows(d, policy), fontSize: TABLE_FONT });
  pdf.moveDown(10);
}

export function drawUnitTable(
  pdf: PdfDoc,
  d: OversightReportData,
  which: 'Resolution' | 'Enforcement',
  policy: RenderPolicy,
): void {
  const t = oversightTexts();
  const columns = t.columns(`unitTable${which}Columns`);
  caption(pdf, t.text(`unitTable${which}Caption`));
  const rows = unitTableRows(d, columns, policy);
  drawTable(pdf, {
    columns: asTableColumns(columns),
    rows,
    numberColumns: true,
    fontSize: TABLE_FONT,
  });
  pdf.moveDown(10);
}
