import type { Font } from 'fontkit';

import { type RenderPolicy, reportRenderProblem } from '../render-policy';

/** Line breaks and tabs are layout, not glyphs. */
const LAYOUT_CODE_POINTS = new Set([0x0a, 0x0d, 0x09]);

/** What a lenient policy draws instead of a character the font cannot show. */
export const MISSING_GLYPH_STAND_IN = '?';

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Distinct code points of `text` (already NFC) that `font` has no glyph for. */
export function missingCodePoints(text: string, font: Font): number[] {
  const missing = new Set<number>();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (!LAYOUT_CODE_POINTS.has(cp) && !font.hasGlyphForCodePoint(cp)) {
      missing.add(cp);
    }
  }
  return [...missing];
}

/**
 * Normalises to NFC (decomposed Vietnamese marks would otherwise come back decomposed from text
 * extraction) and makes sure every character can be drawn: pdfkit drops missing glyphs silently.
 */
export function guardText(
  text: string,
  font: { font: Font; file: string },
  policy: RenderPolicy,
): string {
  const normalised = text.normalize('NFC');
  const missing = missingCodePoints(normalised, font.font);
  if (missing.length === 0) {
    return normalised;
  }
  reportRenderProblem(policy, `${font.file} has no glyph for ${missing.map(hex).join(', ')}`);
  const absent = new Set(missing);
  return Array.from(normalised, (char) =>
    absent.has(char.codePointAt(0) ?? 0) ? MISSING_GLYPH_STAND_IN : char,
  ).join('');
}
