/**
 * Safe front matter for guides: gray-matter with its JavaScript engines replaced by ones that
 * throw (`---js` is never evaluated), YAML read by the `yaml` package (core schema: an unknown
 * tag such as `!!js/function` is refused, aliases are capped), and a fresh options object on
 * every call, which keeps gray-matter's cache off.
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
}

export interface ParsedMarkdown {
  readonly data: Readonly<Record<string, unknown>>;
  readonly content: string;
}

function refuse(language: string): (input: string) => object {
  return () => {
    throw new FrontMatterError(`front matter written in ${language} is refused: it would run code`);
  };
}

function parseYamlObject(input: string): object {
  const document = parseDocument(input, { schema: 'core', uniqueKeys: true, logLevel: 'silent' });
  const [problem] = [...document.errors, ...document.warnings];
  // A warning is an unresolved tag (`!!js/function`, `!!python/…`): refused, not read as text.
  if (problem !== undefined) throw new FrontMatterError((problem.message.split('\n', 1)[0] ?? problem.code).replace(/:$/, ''));
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError('front matter must be a YAML mapping (key: value lines)');
  }
  return value;
}

/** Splits a Markdown file into its front matter (a plain object) and its body. */
export function parseFrontMatter(text: string, file: string): ParsedMarkdown {
  try {
    // A new options object per call: gray-matter caches only when called without options.
    const parsed = matter(text, {
      engines: {
        yaml: parseYamlObject,
        js: refuse('JavaScript'),
        javascript: refuse('JavaScript'),
        coffee: refuse('CoffeeScript'),
        coffeescript: refuse('CoffeeScript'),
      },
    });
    return { data: parsed.data, content: parsed.content };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new FrontMatterError(`${file}: cannot read the front matter: ${reason}`, { cause });
  }
}
