/** `bdc --version`: the package's version, read from its package.json (beside src/ or dist/). */
import { readFileSync } from 'node:fs';

export function version(packageJson: URL = new URL('../../package.json', import.meta.url)): string {
  const { version: value } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
  return typeof value === 'string' ? value : 'unknown';
}
