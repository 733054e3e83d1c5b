/**
 * What rendering does when data does not fit a document: a glyph the font lacks or a template
 * placeholder without a value. Strict (tests, development) throws; lenient (production) reports
 * through `warn` and draws a visible stand-in, so nothing is ever dropped silently.
 * Messages passed to `warn` name code points and placeholder names only, never the text itself,
 * which may hold personal data.
 */
export interface RenderPolicy {
  readonly strict: boolean;
  warn(message: string): void;
}

export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

export const strictRenderPolicy: RenderPolicy = {
  strict: true,
  warn: () => undefined,
};

export function lenientRenderPolicy(warn: (message: string) => void): RenderPolicy {
  return { strict: false, warn };
}

/** Throws in strict mode; otherwise warns and lets the caller draw its stand-in. */
export function reportRenderProblem(policy: RenderPolicy, message: string): void {
  if (policy.strict) {
    throw new RenderError(message);
  }
  policy.warn(message);
}
