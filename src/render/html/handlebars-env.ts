/**
 * The one Handlebars environment of the renderer: an isolated instance (no global helpers or
 * partials), templates compiled in strict mode with only the built-in helpers, and each
 * template compiled once per process.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { fontFaceCss } from './fonts.ts';

/** `templates/` at the root of the package. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {},
  noEscape: false,
  preventIndent: true,
};

const env = Handlebars.create();
let partialsRegistered = false;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function registerPartials(): void {
  if (partialsRegistered) return;
  const folder = join(TEMPLATES_DIR, 'partials');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.hbs')).sort()) {
    const source = readFileSync(join(folder, file), 'utf8');
    env.registerPartial(basename(file, '.hbs'), env.compile(source, COMPILE_OPTIONS));
  }
  partialsRegistered = true;
}

/** The compiled template `templates/<name>.hbs`, compiled on first use only. */
export function template(name: string): HandlebarsTemplateDelegate {
  let delegate = compiled.get(name);
  if (delegate === undefined) {
    registerPartials();
    delegate = env.compile(readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), 'utf8'), COMPILE_OPTIONS);
    compiled.set(name, delegate);
  }
  return delegate;
}

/** A text asset of `templates/` (a stylesheet), read once. */
const assets = new Map<string, string>();
export function templateAsset(file: string): string {
  let text = assets.get(file);
  if (text === undefined) {
    text = readFileSync(join(TEMPLATES_DIR, file), 'utf8');
    assets.set(file, text);
  }
  return text;
}

/**
 * A fingerprint of everything under `templates/` (names and contents) and the embedded font:
 * part of a render cache key, so editing a template or a stylesheet re-renders the forms.
 */
export function templatesFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path.slice(TEMPLATES_DIR.length)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(TEMPLATES_DIR);
  hash.update(fontFaceCss());
  return hash.digest('hex');
}
