import {
  type NarrativeSectionKey,
  narrativeParagraphs,
} from '../../statistics/oversight/domain/narrative-sections';
import type { PdfDoc } from '../pdf/pdf-doc';
import { PARAGRAPH_GAP, TYPE_SIZE } from '../pdf/page-setup';
import { drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { drawBacklogChart, drawMonthlyChart, drawRateChart } from './oversight-report-charts';
import type { OversightReportData } from './oversight-report-data';
import { drawKeyFigureTable, drawUnitTable } from './oversight-report-tables';
import { oversightTexts } from './oversight-report-text';
import {
  enforcementAmountValues,
  enforcementValues,
  petitionValues,
  receptionValues,
  resolutionValues,
} from './oversight-report-values';

function heading(pdf: PdfDoc, text: string, size: number = TYPE_SIZE.body): void {
  pdf.ensureSpace(60);
  pdf.text(text, { style: 'bold', size, align: 'left', paragraphGap: PARAGRAPH_GAP });
}

/** The leader's commentary on a result section, if saved (printed after the figures). */
function commentary(pdf: PdfDoc, d: OversightReportData, key: NarrativeSectionKey): void {
  drawParagraphs(pdf, narrativeParagraphs(d.narrative.sections[key]));
}

/** A narrative part: the saved text, else the template's placeholder in italics. */
function narrativeOrPlaceholder(
  pdf: PdfDoc,
  d: OversightReportData,
  key: NarrativeSectionKey,
  placeholder: string,
): void {
  const paragraphs = narrativeParagraphs(d.narrative.sections[key]);
  if (paragraphs.length > 0) drawParagraphs(pdf, paragraphs);
  else drawParagraphs(pdf, [oversightTexts().text(placeholder)], { italic: true });
}

/** A. Results: sections I–V with their figures, comparisons, tables and charts. */
export function drawResultSections(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy) {
  const t = oversightTexts();
  heading(pdf, t.text('partResults'), TYPE_SIZE.title);
  heading(pdf, t.text('sectionReception'));
  drawParagraphs(pdf, [t.fill('reception', receptionValues(d, policy), policy)]);
  commentary(pdf, d, 'reception');
  drawKeyFigureTable(pdf, d, policy);

  heading(pdf, t.text('sectionPetitions'));
  drawParagraphs(pdf, [t.fill('petitions', petitionValues(d, policy), policy)]);
  commentary(pdf, d, 'petitions');
  drawMonthlyChart(pdf, d, policy);

  heading(pdf, t.text('sectionComplaints'));
  drawParagraphs(pdf, [t.fill('complaints', resolutionValues(d, 'complaints', policy), policy)]);
  commentary(pdf, d, 'complaints');
  drawUnitTable(pdf, d, 'Resolution', policy);

  heading(pdf, t.text('sectionDenunciations'));
  const denunciations = resolutionValues(d, 'denunciations', policy);
  drawParagraphs(pdf, [t.fill('denunciations', denunciations, policy)]);
  commentary(pdf, d, 'denunciations');
  drawRateChart(pdf, d, policy);
  drawBacklogChart(pdf, d, policy);

  heading(pdf, t.text('sectionEnforcement'));
  drawParagraphs(pdf, [
    t.fill('enforcement', enforcementValues(d), policy),
    t.fill('enforcementAmounts', enforcementAmountValues(d, policy), policy),
  ]);
  commentary(pdf, d, 'enforcement');
  drawUnitTable(pdf, d, 'Enforcement', policy);
}

/** VI. Assessment (ưu điểm; tồn tại, hạn chế; nguyên nhân) and VII. Tasks for the next period. */
export function drawNarrativeSections(pdf: PdfDoc, d: OversightReportData): void {
  const t = oversightTexts();
  heading(pdf, t.text('sectionAssessment'));
  heading(pdf, t.text('subsectionStrengths'));
  narrativeOrPlaceholder(pdf, d, 'assessment', 'placeholderAssessment');
  heading(pdf, t.text('subsectionShortcomings'));
  narrativeOrPlaceholder(pdf, d, 'shortcomings', 'placeholderShortcomings');
  heading(pdf, t.text('subsectionCauses'));
  narrativeOrPlaceholder(pdf, d, 'causes', 'placeholderCauses');
  heading(pdf, t.text('sectionNextTasks'));
  narrativeOrPlaceholder(pdf, d, 'nextTasks', 'placeholderNextTasks');
}
