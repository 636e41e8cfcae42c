import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/render/html/css-string.ts';

describe('cssString', () => {
  it('keeps letters, digits and spaces', () => {
    expect(cssString('Order form 218764523')).toBe('"Order form 218764523"');
  });

  it('escapes everything else, so no text leaves the string, the rule or the <style>', () => {
    expect(cssString(`"; } </style><script>x</script> \\ é`)).toBe(
      '"\\22 \\3B  \\7D  \\3C \\2F style\\3E \\3C script\\3E x\\3C \\2F script\\3E  \\5C  \\E9 "',
    );
    expect(cssString('Bon d’achat')).toBe('"Bon d\\2019 achat"');
  });
});
