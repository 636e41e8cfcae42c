import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/input/yaml/decode-source.ts';
import { parsePlain } from '../../../src/input/yaml/parse-plain.ts';
import { firstUnusualCharacter } from '../../../src/input/yaml/unusual-character.ts';

/** YAML's forbidden control characters, as the YAML 1.2 spec lists the printable set's complement. */
function forbidden(code: number): boolean {
  return code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f || code >= 0xfffe;
}

describe('one scan for forbidden and unusual characters', () => {
  it('refuses exactly the forbidden characters, at their place, for every code unit but surrogates', () => {
    const encoder = new TextEncoder();
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const decoded = decodeSource(encoder.encode(`a: b${String.fromCharCode(code)}\n`));
      if (forbidden(code)) {
        expect(decoded.ok, code.toString(16)).toBe(false);
        if (!decoded.ok) expect(decoded.position).toEqual({ line: 1, column: 5 });
      } else expect(decoded.ok, code.toString(16)).toBe(true);
    }
  });

  it('answers by the text, not by the string object', () => {
    const plain = ['a: ', 'b\n'].join('');
    const tabbed = ['a:\t', 'b\n'].join('');
    expect(firstUnusualCharacter(plain)).toBe(-1);
    expect(firstUnusualCharacter(tabbed)).toBe(2);
    expect(firstUnusualCharacter(['a: ', 'b\n'].join(''))).toBe(-1);
    expect(firstUnusualCharacter(['a:\t', 'b\n'].join(''))).toBe(2);
  });

  it('the reader gives up on a text decodeSource found unusual, and reads one it found plain', () => {
    const encoder = new TextEncoder();
    const tabbed = decodeSource(encoder.encode('a:\tb\n'));
    expect(tabbed.ok && parsePlain(tabbed.text)).toBeUndefined();
    const plain = decodeSource(encoder.encode('a: b\n'));
    expect(plain.ok && parsePlain(plain.text)).toEqual([{ value: { a: 'b' }, source: 'a: b\n' }]);
    // Asked about another text in between, the reader still scans its own.
    expect(parsePlain('a:\tb\n')).toBeUndefined();
  });
});
