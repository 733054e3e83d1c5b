import PDFParser from 'pdf2json';

/**
 * Text of a PDF for assertions, with no system tools: pdf2json (pure JavaScript, CommonJS, no
 * dependencies) decodes pdfkit's CID fonts through their ToUnicode maps, so Vietnamese comes back
 * with its diacritics. Text runs are taken in drawing order (a table cell stays together) and
 * joined by a space; the result is NFC with runs of whitespace collapsed to one space.
 */
/** The part of pdf2json's output we read: text runs per page, URI-encoded. */
interface ParsedPdf {
  Pages: { Texts: { x: number; y: number; R: { T: string; TS?: number[] }[] }[] }[];
}

async function parse(pdf: Buffer): Promise<ParsedPdf> {
  const parser = new PDFParser(null, false);
  return new Promise((resolve, reject) => {
    parser.on('pdfParser_dataError', (error) => reject(error.parserError));
    parser.on('pdfParser_dataReady', (data) => resolve(data as unknown as ParsedPdf));
    parser.parseBuffer(pdf, 0);
  });
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const tidy = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The text of each page, in order. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { Pages } = await parse(pdf);
  return Pages.map((page) =>
    tidy(page.Texts.map((run) => run.R.map((r) => decode(r.T)).join('')).join(' ')),
  );
}

/** The whole text, pages joined by a space. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join(' ');
}

/** One text run with its page (1-based) and position in points from the page's top-left. */
export interface PdfTextRun {
  page: number;
  x: number;
  y: number;
  text: string;
  /** Drawn in an italic face (pdf2json's text style flag, TS[3]). */
  italic: boolean;
}

/** pdf2json measures in "form units" of 1/4.5 inch. */
const POINTS_PER_UNIT = 16;

/** Every text run with its position, for layout assertions (e.g. page numbers in the margin). */
export async function pdfTextRuns(pdf: Buffer): Promise<PdfTextRun[]> {
  const { Pages } = await parse(pdf);
  return Pages.flatMap((page, index) =>
    page.Texts.map((run) => ({
      page: index + 1,
      x: run.x * POINTS_PER_UNIT,
      y: run.y * POINTS_PER_UNIT,
      text: run.R.map((r) => decode(r.T))
        .join('')
        .normalize('NFC'),
      italic: run.R.length > 0 && run.R.every((r) => r.TS?.[3] === 1),
    })),
  );
}
