import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { templatesDir } from '../pdf/asset-dir';
import type { RenderPolicy } from '../render-policy';
import { fillPlaceholders, type PlaceholderValues } from './fill-placeholders';

/** A table column defined in a template: key of the data, header text, relative width. */
export interface TemplateColumn {
  readonly key: string;
  readonly header: string;
  readonly weight: number;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
}

type TemplateValue =
  string | readonly string[] | readonly TemplateColumn[] | Readonly<Record<string, string>>;

const ALIGNS = new Set(['left', 'center', 'right', 'justify']);

function isTemplateColumn(value: unknown): value is TemplateColumn {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { key, header, weight, align } = value as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    typeof header === 'string' &&
    typeof weight === 'number' &&
    weight > 0 &&
    (align === undefined || (typeof align === 'string' && ALIGNS.has(align)))
  );
}

function isTemplateValue(value: unknown): value is TemplateValue {
  if (typeof value === 'string') {
    return true;
  }
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string') || value.every(isTemplateColumn);
  }
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

/**
 * The fixed texts of one document, read from `templates/documents/<name>.vi.json`: an object whose
 * values are strings, string lists or string maps (keys starting with "$" are comments). Every
 * accessor throws on a missing key or a wrong type, so a broken template fails the first test.
 */
export class DocumentTemplate {
  private constructor(
    readonly name: string,
    private readonly values: Readonly<Record<string, TemplateValue>>,
  ) {}

  static parse(name: string, json: string): DocumentTemplate {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`Template ${name}: not a JSON object`);
    }
    const values: Record<string, TemplateValue> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (key.startsWith('$')) {
        continue;
      }
      if (!isTemplateValue(value)) {
        throw new Error(`Template ${name}: "${key}" is not a string, a list, a map or columns`);
      }
      values[key] = value;
    }
    return new DocumentTemplate(name, Object.freeze(values));
  }

  text(key: string): string {
    const value = this.values[key];
    if (typeof value !== 'string') {
      throw new Error(`Template ${this.name}: "${key}" is not a string`);
    }
    return value;
  }

  list(key: string): readonly string[] {
    const value = this.values[key];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw new Error(`Template ${this.name}: "${key}" is not a list of strings`);
    }
    return value;
  }

  columns(key: string): readonly TemplateColumn[] {
    const value = this.values[key];
    if (!Array.isArray(value) || !value.every(isTemplateColumn)) {
      throw new Error(`Template ${this.name}: "${key}" is not a list of columns`);
    }
    return value;
  }

  entry(key: string, entryKey: string): string {
    const value = this.values[key];
    const entry =
      typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, string>)[entryKey]
        : undefined;
    if (entry === undefined) {
      throw new Error(`Template ${this.name}: "${key}.${entryKey}" is missing`);
    }
    return entry;
  }

  /** `text(key)` with its placeholders filled. */
  fill(key: string, values: PlaceholderValues, policy: RenderPolicy): string {
    return fillPlaceholders(this.text(key), values, policy);
  }
}

const cache = new Map<string, DocumentTemplate>();

/** Loads `templates/documents/<name>.vi.json` once per process. */
export function documentTemplate(name: string): DocumentTemplate {
  let template = cache.get(name);
  if (!template) {
    const file = join(templatesDir(), 'documents', `${name}.vi.json`);
    template = DocumentTemplate.parse(name, readFileSync(file, 'utf8'));
    cache.set(name, template);
  }
  return template;
}
