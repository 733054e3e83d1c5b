import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import {
  FORM_CODES,
  type FormCode,
  type FormDefinition,
  FormDefinitionError,
  formFileName,
  parseFormDefinition,
} from './domain/form-definition';

let formsDir: string | undefined;

/**
 * `templates/forms/`, found by walking up from this file so it works from `src/` (tests), from
 * `dist/src/` (npm start) and in the Docker image, which copies `templates/` next to `dist/`.
 */
export function formTemplatesDir(): string {
  if (formsDir !== undefined) return formsDir;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'forms');
    if (existsSync(candidate)) {
      formsDir = candidate;
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error(`No templates/forms/ folder above ${__dirname}`);
    }
  }
}

const cache = new Map<FormCode, FormDefinition>();

/** Reads and validates `templates/forms/<code>.json` once per process. */
export function loadFormDefinition(code: FormCode): FormDefinition {
  let definition = cache.get(code);
  if (!definition) {
    const file = formFileName(code);
    definition = parseFormDefinition(
      JSON.parse(readFileSync(join(formTemplatesDir(), file), 'utf8')),
      file,
    );
    if (definition.code !== code) {
      throw new FormDefinitionError(file, [`holds form ${definition.code}, expected ${code}`]);
    }
    cache.set(code, definition);
  }
  return definition;
}

/** All ten forms, in the order of FORM_CODES (01/TCD … 04/KQGQ). */
export function loadFormDefinitions(): FormDefinition[] {
  return FORM_CODES.map(loadFormDefinition);
}
