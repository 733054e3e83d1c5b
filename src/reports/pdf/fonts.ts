import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { create, type Font } from 'fontkit';

import { templatesDir } from './asset-dir';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

export interface LoadedFont {
  /** The name the font is registered under on every document. */
  readonly name: string;
  readonly file: string;
  readonly font: Font;
}

let cache: Readonly<Record<FontStyle, LoadedFont>> | undefined;

function loadFont(style: FontStyle): LoadedFont {
  const file = FILES[style];
  const parsed = create(readFileSync(join(templatesDir(), 'fonts', file)));
  if (!('hasGlyphForCodePoint' in parsed)) {
    throw new Error(`${file} is a font collection, not a single font`);
  }
  warmGlyphCache(parsed);
  return { name: `Serif-${style}`, file, font: parsed };
}

/**
 * fontkit caches a glyph object per glyph id with the code points of its FIRST request. Subsetting
 * loads the components of composite glyphs (the "A" inside "Ầ") without code points; once the
 * font is shared between documents, a later document would reuse that cached "A" with no code
 * point and write no ToUnicode entry for it, so text extraction loses "A" and "U" (seen as
 * "Đông nh", "D NG KHIẾ"). Requesting every mapped code point first (about 10 ms per font, once)
 * caches each glyph with its code points. reception-documents.spec.ts guards this.
 */
function warmGlyphCache(font: Font): void {
  for (const codePoint of font.characterSet) {
    font.glyphForCodePoint(codePoint);
  }
}

/**
 * The four Liberation Serif styles, read and parsed ONCE per process. Parsing a TTF costs about
 * 35 ms; doing it per document was the main cost of a one-page PDF (research/stack.md §4).
 */
export function documentFonts(): Readonly<Record<FontStyle, LoadedFont>> {
  cache ??= Object.freeze({
    regular: loadFont('regular'),
    bold: loadFont('bold'),
    italic: loadFont('italic'),
    boldItalic: loadFont('boldItalic'),
  });
  return cache;
}

/**
 * Registers the parsed fonts on a document. pdfkit 0.20 accepts a fontkit font object as a font
 * source (PDFFontFactory.open: `typeof src.layout === 'function'`) and makes its own subset per
 * document, so sharing the parsed font is safe; @types/pdfkit 0.17 does not list that source type.
 */
export function registerDocumentFonts(doc: PDFKit.PDFDocument): void {
  for (const loaded of Object.values(documentFonts())) {
    doc.registerFont(loaded.name, loaded.font as unknown as PDFKit.Mixins.PDFFontSource);
  }
}
