/** The nesting limit: the same finding at the same place, whatever the stack and the layout. */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeepOffset } from '../../../src/input/yaml/nesting-depth.ts';
import { parseWithPositions } from '../../../src/input/yaml/parse-with-positions.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function deepFindings(text: string): [string, number, number][] {
  return parseWithPositions(text, DEFAULT_PARSE_OPTIONS).flatMap((document) =>
    document.problems.map(({ finding, position }) => [finding.code, position.line, position.column] as [string, number, number]),
  );
}

describe('the nesting limit', () => {
  it(`accepts ${MAX_NESTING} levels and refuses ${MAX_NESTING + 1} at the first collection past the limit`, () => {
    expect(MAX_NESTING).toBe(64);
    expect(deepFindings(`a: ${nested(63)}\n`)).toEqual([]);
    expect(deepFindings(`a: ${nested(64)}\n`)).toEqual([['YAML_TOO_DEEP', 1, 67]]);
    expect(tooDeepOffset(`a: ${nested(64)}\n`)).toBe(66);
  });

  it('points into the document that is too deep, not an earlier one', () => {
    const text = `a: 1\n---\nb: 2\n---\nc: ${nested(100)}\n`;
    expect(deepFindings(text)).toEqual([['YAML_TOO_DEEP', 5, 67]]);
  });

  it('gives the same place for block and mixed layouts', () => {
    const block = Array.from({ length: 70 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
    expect(deepFindings(`${block} v\n`)).toEqual([['YAML_TOO_DEEP', 65, 65]]);
    // Line 40: 40 nested block lists, its item at column 81 opens flow lists; the 25th (level 65) is at column 105.
    const mixed = Array.from({ length: 40 }, (_, level) => `${'  '.repeat(level)}- `).join('\n');
    expect(deepFindings(`${mixed}${nested(30)}\n`)).toEqual([['YAML_TOO_DEEP', 40, 105]]);
  });
});
