/**
 * The guides' pre-flight against the attacks of issue 14: every one is a finding with the file,
 * the line and the code, found in well under a second, and no secret reaches a message.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGuides } from '../../../src/site/check-guides.ts';
import { MAX_GUIDE_BYTES } from '../../../src/site/guide-read-policy.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const SECRET = 'SECRET-TOKEN-4f9a1c';

let work = '';
let guides = '';
let secret = '';

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bdc-check-guides-'));
  guides = join(work, 'data', 'guides');
  mkdirSync(join(guides, 'g', 'images'), { recursive: true });
  secret = join(work, 'secret.env');
  writeFileSync(secret, `TOKEN=${SECRET}\n`);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function guide(body: string, front = 'title: Guide'): void {
  writeFileSync(join(guides, 'g', 'guide.fr-fr.md'), `---\n${front}\n---\n${body}`);
}

async function findings(followSymlinks = false): Promise<string[]> {
  const { diagnostics } = await checkGuides(join('data', 'guides'), { followSymlinks, cwd: work });
  for (const diagnostic of diagnostics) expect(JSON.stringify(diagnostic)).not.toContain(SECRET);
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe('checkGuides', () => {
  it('accepts a plain guide with a shipped PNG and a missing image (a placeholder, no finding)', async () => {
    writeFileSync(join(guides, 'g', 'images', 'a.png'), PNG);
    guide('# T\n\n![a](images/a.png)\n\n![gone](images/missing.png)\n');
    expect(await findings()).toEqual([]);
  });

  it('refuses a guide linked to a file outside the guides folder, unless --follow-symlinks', async () => {
    writeFileSync(secret, `---\ntitle: ${SECRET}\n---\n${SECRET}\n`);
    symlinkSync(secret, join(guides, 'g', 'guide.fr-fr.md'));
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:1:1 error GUIDE_OUTSIDE_DATA']);
    expect(await findings(true)).toEqual([]);
  });

  it('refuses a guide folder linked outside the guides folder', async () => {
    mkdirSync(join(work, 'elsewhere'));
    writeFileSync(join(work, 'elsewhere', 'guide.en-gb.md'), `---\ntitle: x\n---\n${SECRET}\n`);
    symlinkSync(join(work, 'elsewhere'), join(guides, 'h'));
    expect(await findings()).toEqual(['data/guides/h/guide.en-gb.md:1:1 error GUIDE_OUTSIDE_DATA']);
  });

  it('reports a named pipe at once, and a device, without reading them', async () => {
    execFileSync('mkfifo', [join(guides, 'g', 'guide.fr-fr.md')]);
    symlinkSync('/dev/zero', join(guides, 'g', 'guide.en-gb.md'));
    expect(await findings(true)).toEqual([
      'data/guides/g/guide.en-gb.md:1:1 error GUIDE_NOT_REGULAR_FILE',
      'data/guides/g/guide.fr-fr.md:1:1 error GUIDE_NOT_REGULAR_FILE',
    ]);
  });

  it('refuses a guide above the size limit, naming the limit', async () => {
    guide('x'.repeat(MAX_GUIDE_BYTES));
    const { diagnostics } = await checkGuides(join('data', 'guides'), { followSymlinks: false, cwd: work });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['GUIDE_TOO_LARGE', `guide is ${MAX_GUIDE_BYTES + 21} bytes; the limit is ${MAX_GUIDE_BYTES} bytes`]]);
  });

  it('refuses images linked to secrets or devices, outside paths, SVG and non-images by content', async () => {
    symlinkSync(secret, join(guides, 'g', 'images', 'env.png'));
    symlinkSync('/proc/self/environ', join(guides, 'g', 'images', 'environ.png'));
    symlinkSync('/dev/zero', join(guides, 'g', 'images', 'zero.png'));
    writeFileSync(join(guides, 'g', 'images', 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(guides, 'g', 'images', 'text.png'), 'not a png');
    guide('![a](images/env.png)\n![b](images/environ.png)\n![c](images/zero.png)\n![d](images/x.svg)\n![e](images/text.png)\n![f](../../../secret.env)\n');
    expect(await findings()).toEqual([
      'data/guides/g/guide.fr-fr.md:4:6 error GUIDE_IMAGE_OUTSIDE_DATA',
      'data/guides/g/guide.fr-fr.md:5:6 error GUIDE_IMAGE_OUTSIDE_DATA',
      'data/guides/g/guide.fr-fr.md:6:6 error GUIDE_IMAGE_OUTSIDE_DATA',
      'data/guides/g/guide.fr-fr.md:7:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:8:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:9:6 error GUIDE_IMAGE_OUTSIDE_DATA',
    ]);
    // Followed on purpose, a link still reads no device, and /proc/self/environ is no image.
    expect(await findings(true)).toEqual([
      'data/guides/g/guide.fr-fr.md:4:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:5:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:6:6 error GUIDE_IMAGE_NOT_REGULAR_FILE',
      'data/guides/g/guide.fr-fr.md:7:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:8:6 error GUIDE_IMAGE_TYPE',
      'data/guides/g/guide.fr-fr.md:9:6 error GUIDE_IMAGE_OUTSIDE_DATA',
    ]);
  });

  it('refuses an image above the size limit', async () => {
    writeFileSync(join(guides, 'g', 'images', 'big.png'), Buffer.concat([PNG, Buffer.alloc(1_500_001)]));
    guide('\n![big](images/big.png)\n');
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:5:8 error GUIDE_IMAGE_TOO_LARGE']);
  });

  it('turns a malformed % escape into a warning and a placeholder, not a URIError', async () => {
    guide('[link](%E0%A4%A) ![img](images/%E0%A4%A.png)\n');
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:4:25 warning GUIDE_URL_MALFORMED']);
  });

  it('refuses 10,000 nested quotes, lists and emphasis markers before parsing, with the line', async () => {
    guide(`# T\n\n${'>'.repeat(10_000)} deep\n`);
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:6:1 error GUIDE_TOO_DEEP']);
    guide(`${'- '.repeat(10_000)}x\n`);
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:4:1 error GUIDE_TOO_DEEP']);
    guide(`a ${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`);
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:4:3 error GUIDE_TOO_DEEP']);
    guide(`${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`);
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:4:33 error GUIDE_TOO_DEEP']);
    guide(`text\n${'[a]('.repeat(20_000)}\n`);
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:5:132 error GUIDE_TOO_DEEP']);
    guide(`\`\`\`json\n${'['.repeat(40)}\n\`\`\`\n\n(a) [b] (c [d]) ${'(x) '.repeat(100)}\n`);
    expect(await findings()).toEqual([]);
    guide(Array.from({ length: 100 }, (_, level) => `${' '.repeat(level * 2)}- a`).join('\n'));
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:69:1 error GUIDE_TOO_DEEP']);
  });

  it('refuses a date that does not exist (2026-02-30 is not 2 March), on its line', async () => {
    guide('body\n', 'title: T\norder: 1\nupdated: 2026-02-30');
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:4:1 error GUIDE_FRONT_MATTER_DATE']);
    guide('body\n', 'title: T\nupdated: 2024-02-29');
    expect(await findings()).toEqual([]);
  });

  it('reports unreadable and invalid front matter as findings', async () => {
    guide('body\n', 'title: [unclosed');
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:1:1 error GUIDE_FRONT_MATTER_UNREADABLE']);
    guide('body\n', 'order: first');
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:1:1 error GUIDE_FRONT_MATTER_INVALID', 'data/guides/g/guide.fr-fr.md:2:1 error GUIDE_FRONT_MATTER_INVALID']);
  });

  it('refuses a guide folder whose name is not fit for an address', async () => {
    mkdirSync(join(guides, '"><script>x'));
    writeFileSync(join(guides, '"><script>x', 'guide.fr-fr.md'), '---\ntitle: T\n---\n');
    expect(await findings()).toEqual(['data/guides/"><script>x/guide.fr-fr.md:1:1 error GUIDE_FOLDER_NAME']);
  });

  it('refuses a binary guide', async () => {
    writeFileSync(join(guides, 'g', 'guide.fr-fr.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
    expect(await findings()).toEqual(['data/guides/g/guide.fr-fr.md:2:1 error GUIDE_NOT_UTF8']);
  });
});
