import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from '../../../src/cli/v8-flags.ts';

describe('v8FlagsFor', () => {
  it('turns the optimizing compiler off for bdc validate only', () => {
    expect(v8FlagsFor('validate')).toEqual(['--no-turbofan']);
    for (const command of ['render', 'withdraw', 'build', 'schema', undefined]) expect(v8FlagsFor(command)).toEqual([]);
  });

  it('gives nothing for a word that is no command, prototype keys included', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '--help', '']) expect(v8FlagsFor(word)).toEqual([]);
  });
});
