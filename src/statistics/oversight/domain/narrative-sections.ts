/**
 * The parts of an oversight report the leader writes (TT 01/2024/TT-TTCP Điều 4: a periodic report
 * has a narrative outline — kết quả, đánh giá, nhiệm vụ — and the data tables). The figures are
 * computed; these texts are saved per report and printed in place of the placeholders.
 */
export const NARRATIVE_SECTION_KEYS = [
  'reception',
  'petitions',
  'complaints',
  'denunciations',
  'enforcement',
  'assessment',
  'shortcomings',
  'causes',
  'nextTasks',
] as const;

export type NarrativeSectionKey = (typeof NARRATIVE_SECTION_KEYS)[number];
export type NarrativeSections = Partial<Record<NarrativeSectionKey, string>>;

/** Length caps: one section a few pages at most; names and titles one line. */
export const NARRATIVE_LIMITS = {
  section: 8000,
  signerName: 120,
  signerTitle: 120,
  recipient: 200,
  recipients: 12,
} as const;

/** What the layout receives: saved texts, or nothing (then the placeholders are printed). */
export interface OversightNarrative {
  readonly sections: NarrativeSections;
  readonly signerName?: string;
  readonly signerTitle?: string;
  readonly documentNumber?: number;
  readonly recipients?: readonly string[];
}

export const EMPTY_NARRATIVE: OversightNarrative = { sections: {} };

/** A saved text as paragraphs: split on blank lines and line breaks, trimmed, empties dropped. */
export function narrativeParagraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Drops sections that are blank, so an emptied section shows its placeholder again. */
export function compactSections(sections: NarrativeSections): NarrativeSections {
  const kept: NarrativeSections = {};
  for (const key of NARRATIVE_SECTION_KEYS) {
    const value = sections[key];
    if (value !== undefined && value.trim() !== '') kept[key] = value.trim();
  }
  return kept;
}
