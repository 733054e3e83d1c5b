const TERM = /^\d+$/;

/**
 * Parses a formula as printed in a form's "MS" row: sums of column numbers joined by "=", e.g.
 * "4 + 13 + 22" → [[4, 13, 22]] and "3 + 5 + 7 = 9 + 11" → [[3, 5, 7], [9, 11]]. Null when the
 * text is anything else (no ranges, no other operators: a template writes every term).
 */
export function parseSums(text: string): number[][] | null {
  const sums = text.split('=').map((side) => side.split('+').map((term) => term.trim()));
  if (sums.some((terms) => terms.some((term) => !TERM.test(term)))) {
    return null;
  }
  return sums.map((terms) => terms.map(Number));
}
