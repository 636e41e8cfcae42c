/**
 * Hostile inputs too big or too odd to commit: written into a fresh temporary folder by each
 * case (a 10 MiB file, 10,000-character strings, symbolic links pointing out of the data
 * folder, a named pipe, a device). The folder holds `orders/` and, beside it, `secret/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../input/helpers.ts';

/** A valid order of the corpus, used as the body the generated cases grow from. */
export const BASE_ORDER = readFileSync(`${FIXTURES}hostile/orders/bom.yaml`, 'utf8').replace(/^\uFEFF/, '');

/** What a pull request could point a link at: it must never be read back in a message. */
export const SECRET = 'API_KEY=sk-live-0123456789\nPASSWORD=hunter2-do-not-echo\nTOKEN=ghp_secret\n';
export const SECRET_MARKERS = ['sk-live', 'hunter2', 'ghp_secret'];

export interface Workspace {
  readonly dir: string;
  readonly orders: string;
  readonly secret: string;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bdc-hostile-'));
  const orders = join(dir, 'orders');
  const secret = join(dir, 'secret');
  mkdirSync(orders);
  mkdirSync(secret);
  writeFileSync(join(secret, 'token.env'), SECRET);
  writeFileSync(join(secret, 'token.yaml'), SECRET.replaceAll('=', ': '));
  return { dir, orders, secret };
}

/** A description of exactly `length` characters mixing markup, quotes and non-Latin text. */
export function longHostileText(length: number): string {
  const unit = '<b>&"\'`=</b> é 漢字 \u202e ';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export interface GeneratedCase {
  readonly name: string;
  /** Writes the case; returns the paths to load (relative to the workspace) and load options. */
  readonly build: (w: Workspace) => { paths: string[]; followSymlinks?: boolean };
  /** Expected [file, code, line, column] of every diagnostic, or 'valid'. */
  readonly expected: readonly (readonly [string, string, number, number])[] | 'valid';
}

export const GENERATED: readonly GeneratedCase[] = [
  {
    name: 'a 10 MiB file (refused unread)',
    build: ({ orders }) => {
      writeFileSync(join(orders, 'huge.yaml'), `${BASE_ORDER}#${'x'.repeat(10 * 1024 * 1024)}\n`);
      return { paths: ['orders'] };
    },
    expected: [['orders/huge.yaml', 'FILE_TOO_LARGE', 1, 1]],
  },
  {
    name: 'a 10,000-character description',
    build: ({ orders }) => {
      const text = JSON.stringify(longHostileText(10_000));
      writeFileSync(join(orders, 'long.yaml'), BASE_ORDER.replace('description: VPS Comfort', `description: ${text}`));
      return { paths: ['orders'] };
    },
    expected: 'valid',
  },
  {
    name: 'a 10,000-character key (YAML caps implicit keys at 1024)',
    build: ({ orders }) => {
      writeFileSync(join(orders, 'key.yaml'), BASE_ORDER.replace('subsidiary: FR', `subsidiary: FR\n${'k'.repeat(10_000)}: 1`));
      return { paths: ['orders'] };
    },
    expected: [['orders/key.yaml', 'YAML_SYNTAX', 4, 1]],
  },
  {
    name: 'a symlink to a file outside the data folder',
    build: ({ orders, secret }) => {
      symlinkSync(join(secret, 'token.yaml'), join(orders, 'link.yaml'));
      return { paths: ['orders'] };
    },
    expected: [['orders/link.yaml', 'FILE_SYMLINK_OUTSIDE', 1, 1]],
  },
  {
    name: 'a symlink to a folder outside the data folder',
    build: ({ orders, secret }) => {
      symlinkSync(secret, join(orders, 'linked'));
      return { paths: ['orders'] };
    },
    expected: [['orders/linked', 'FILE_SYMLINK_OUTSIDE', 1, 1]],
  },
  {
    name: 'a dangling symlink',
    build: ({ orders, dir }) => {
      symlinkSync(join(dir, 'nowhere.yaml'), join(orders, 'dangling.yaml'));
      return { paths: ['orders'] };
    },
    expected: [['orders/dangling.yaml', 'FILE_SYMLINK_OUTSIDE', 1, 1]],
  },
  {
    name: 'a followed symlink to a non-YAML secret (quoted back: nothing)',
    build: ({ orders, secret }) => {
      symlinkSync(join(secret, 'token.env'), join(orders, 'env.yaml'));
      return { paths: ['orders'], followSymlinks: true };
    },
    expected: [['orders/env.yaml', 'SCHEMA_TYPE', 1, 1]],
  },
  {
    name: 'a named pipe in the data folder (skipped, no hang) and given by name',
    build: ({ orders }) => {
      execFileSync('mkfifo', [join(orders, 'pipe.yaml')]);
      return { paths: ['orders', 'orders/pipe.yaml'] };
    },
    expected: [['orders/pipe.yaml', 'FILE_NOT_REGULAR', 1, 1]],
  },
  {
    name: 'a device given as a fixture',
    build: ({ orders }) => {
      symlinkSync('/dev/zero', join(orders, 'zero.yaml'));
      return { paths: ['orders/zero.yaml'] };
    },
    expected: [['orders/zero.yaml', 'FILE_NOT_REGULAR', 1, 1]],
  },
];
