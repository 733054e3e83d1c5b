import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The repository's `templates/` folder (fonts and document texts). Found by walking up from this
 * file, so it works from `src/` (tests), from `dist/src/` (npm start, bench) and in the Docker
 * image, which copies `templates/` next to `dist/`.
 */
export function templatesDir(): string {
  if (cached !== undefined) {
    return cached;
  }
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'fonts')) && existsSync(join(candidate, 'documents'))) {
      cached = candidate;
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error(`No templates/ folder (fonts, documents) above ${__dirname}`);
    }
  }
}
