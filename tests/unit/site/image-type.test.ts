import { describe, expect, it } from 'vitest';
import { imageTypeOf } from '../../../src/site/image-type.ts';

const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('imageTypeOf', () => {
  it('knows PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(imageTypeOf(bytes('89504e470d0a1a0a0000'))).toBe('image/png');
    expect(imageTypeOf(bytes('ffd8ffe000104a464946'))).toBe('image/jpeg');
    expect(imageTypeOf(text('GIF89a\x01\x00'))).toBe('image/gif');
    expect(imageTypeOf(text('GIF87a\x01\x00'))).toBe('image/gif');
    expect(imageTypeOf(text('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses SVG, HTML, text, secrets and truncated headers, whatever the name', () => {
    expect(imageTypeOf(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined();
    expect(imageTypeOf(text('<?xml version="1.0"?><svg/>'))).toBeUndefined();
    expect(imageTypeOf(text('root:x:0:0:root:/root:/bin/bash'))).toBeUndefined();
    expect(imageTypeOf(bytes('89504e47'))).toBeUndefined();
    expect(imageTypeOf(text('RIFF\x00\x00\x00\x00WAVE'))).toBeUndefined();
    expect(imageTypeOf(new Uint8Array(0))).toBeUndefined();
  });
});
