import { MAX_JSON_DEPTH } from './json-body';

// C0 control characters other than tab, line feed and carriage return; PostgreSQL rejects NUL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnsafeText(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

export interface SanitizeResult {
  value: unknown;
  /** Dotted path of the first unsafe string (or key), if any. */
  unsafeField: string | null;
}

/** Bodies are already capped at MAX_JSON_DEPTH by the JSON parser; anything deeper is refused. */
const MAX_DEPTH = MAX_JSON_DEPTH + 1;

function walk(value: unknown, path: string, depth: number): SanitizeResult {
  if (typeof value === 'string') {
    if (isUnsafeText(value)) return { value, unsafeField: path || 'body' };
    return { value: value.normalize('NFC'), unsafeField: null };
  }
  if (value === null || typeof value !== 'object') return { value, unsafeField: null };
  if (depth > MAX_DEPTH) return { value, unsafeField: path || 'body' };
  if (Array.isArray(value)) return walkArray(value, path, depth);
  return walkObject(value as Record<string, unknown>, path, depth);
}

function walkArray(value: unknown[], path: string, depth: number): SanitizeResult {
  const out: unknown[] = [];
  for (const [i, item] of value.entries()) {
    const r = walk(item, path ? `${path}.${i}` : String(i), depth + 1);
    if (r.unsafeField) return r;
    out.push(r.value);
  }
  return { value: out, unsafeField: null };
}

function walkObject(value: Record<string, unknown>, path: string, depth: number): SanitizeResult {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (isUnsafeText(key)) return { value, unsafeField: field };
    const r = walk(item, field, depth + 1);
    if (r.unsafeField) return r;
    out[key.normalize('NFC')] = r.value;
  }
  return { value: out, unsafeField: null };
}

/**
 * Rejects NUL and other control characters and lone UTF-16 surrogates (which the pg driver
 * would silently turn into U+FFFD), and normalises text to NFC so that search and PDFs agree.
 */
export function sanitizeInput(value: unknown): SanitizeResult {
  return walk(value, '', 0);
}
