import { type RenderPolicy, reportRenderProblem } from '../render-policy';

export type PlaceholderValues = Readonly<Record<string, string>>;

/** `{{name}}` or `{{ name }}`; names are letters, digits and underscores. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** What a lenient policy prints for a value it does not have: the blank of a paper form. */
export const BLANK = '……………';

/**
 * Replaces `{{name}}` with `values[name]`, in one pass: a value is never scanned again, so data
 * containing "{{…}}" stays literal. No expressions, no code. A placeholder without a value throws
 * under a strict policy and prints a blank under a lenient one.
 */
export function fillPlaceholders(
  template: string,
  values: PlaceholderValues,
  policy: RenderPolicy,
): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      reportRenderProblem(policy, `Template placeholder {{${name}}} has no value`);
      return BLANK;
    }
    return value;
  });
}

/** The placeholder names a template string uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}
