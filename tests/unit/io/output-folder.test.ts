/**
 * `bdc build --out DIR` refuses what it must not replace: exit 2, one line and a hint, and
 * nothing touched (the data, the folder and the files beside it are as they were).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { assertReplaceableOutput, OUTPUT_MARKER } from '../../../src/io/output-folder.ts';

let work = '';
let project = '';

/** Every file and folder under `root` with its content: what "nothing touched" compares. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(root, path);
    if (entry.isSymbolicLink()) found[key] = 'link';
    else if (entry.isDirectory()) found[key] = 'folder';
    else found[key] = await readFile(path, 'utf8');
  }
  return found;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'bdc-out-'));
  project = join(work, 'project');
  await mkdir(join(project, 'data', 'orders'), { recursive: true });
  await writeFile(join(project, 'data', 'orders', 'a.yaml'), 'orderId: 1\n');
  await writeFile(join(project, 'data', 'subsidiaries.yaml'), 'FR: {}\n');
  await writeFile(join(project, 'notes.txt'), 'my notes\n');
  await mkdir(join(project, 'mine'));
  await writeFile(join(project, 'mine', 'thesis.tex'), 'years of work\n');
  await symlink(join(project, 'data'), join(project, 'data-link'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const HINT = '  hint: choose a new or empty folder, or the output of an earlier bdc build, e.g. --out dist';

describe('bdc build --out refuses what it must not replace', () => {
  it.each([
    ['data', '--out data is the data folder (data): a build replaces its output folder whole'],
    ['data-link', '--out data-link is the data folder (data): a build replaces its output folder whole'],
    ['.', '--out . holds the data folder (data): a build replaces its output folder whole'],
    ['data/orders', '--out data/orders is inside the data folder (data): a build replaces its output folder whole'],
    ['notes.txt', '--out notes.txt is a file, not a folder: a build replaces its output folder whole'],
  ])('--out %s: exit 2, one line and a hint, nothing touched', async (out, message) => {
    const before = await snapshot(work);
    const io = memoryIo({}, project);
    expect(await main(['build', '--out', out, '--no-cache'], io)).toBe(2);
    expect(io.stderr).toEqual([`bdc build: ${message}`, HINT]);
    expect(await snapshot(work)).toEqual(before);
  });

  it('--out of a folder holding the working folder (its parent, with --data elsewhere)', async () => {
    const data = await mkdtemp(join(tmpdir(), 'bdc-out-data-'));
    await writeFile(join(data, 'subsidiaries.yaml'), 'FR: {}\n');
    const before = await snapshot(work);
    const io = memoryIo({}, project);
    expect(await main(['build', '--out', '..', '--data', data, '--no-cache'], io)).toBe(2);
    expect(io.stderr).toEqual(['bdc build: --out .. holds the working folder: a build replaces its output folder whole', HINT]);
    expect(await snapshot(work)).toEqual(before);
    await rm(data, { recursive: true });
  });

  it('--out of a non-empty folder bdc did not write', async () => {
    const before = await snapshot(work);
    const io = memoryIo({}, project);
    expect(await main(['build', '--out', 'mine', '--no-cache'], io)).toBe(2);
    expect(io.stderr).toEqual([
      `bdc build: --out mine is a folder that holds files and was not written by bdc build (no ${OUTPUT_MARKER} in it): a build replaces its output folder whole`,
      `${HINT}; an output of a bdc older than this check has no marker: delete it once`,
    ]);
    expect(await snapshot(work)).toEqual(before);
  });
});

describe('what bdc build may replace', () => {
  const where = (): { dataDir: string; cwd: string } => ({ dataDir: join(project, 'data'), cwd: project });

  it('a path that does not exist yet, an empty folder, a previous output with its marker', async () => {
    await expect(assertReplaceableOutput(join(project, 'dist'), where())).resolves.toBeUndefined();
    await expect(assertReplaceableOutput(join(project, 'new', 'deep', 'dist'), where())).resolves.toBeUndefined();
    await mkdir(join(project, 'empty'));
    await expect(assertReplaceableOutput(join(project, 'empty'), where())).resolves.toBeUndefined();
    await mkdir(join(project, 'previous'));
    await writeFile(join(project, 'previous', OUTPUT_MARKER), '');
    await writeFile(join(project, 'previous', 'index.html'), '<p>old</p>');
    await expect(assertReplaceableOutput(join(project, 'previous'), where())).resolves.toBeUndefined();
    expect((await stat(join(project, 'previous', 'index.html'))).isFile()).toBe(true);
  });

  it('a folder beside the data folder whose name starts the same', async () => {
    await expect(assertReplaceableOutput(join(project, 'data-out'), where())).resolves.toBeUndefined();
  });
});
