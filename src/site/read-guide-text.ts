/**
 * Edge: a guide file's text, or the finding that refuses it: a link resolving outside the
 * guides folder, not a regular file (a pipe, a device, a folder: never opened in a way that
 * waits), too large, not UTF-8 or binary. Findings name the file and the limit, never its content.
 */
import { realpath } from 'node:fs/promises';
import { error, type Diagnostic, type Finding } from '../input/diagnostic.ts';
import { diagnosticAt } from '../input/locate-findings.ts';
import { decodeSource } from '../input/yaml/decode-source.ts';
import { readRegularFile } from '../io/read-regular-file.ts';
import { MAX_GUIDE_BYTES, mayRead, shownPath, type GuideReadPolicy } from './guide-read-policy.ts';

export type GuideText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const START = { line: 1, column: 1 };

function notRegular(): Finding {
  return error(
    'GUIDE_NOT_REGULAR_FILE',
    [],
    'this guide is not a regular file (a pipe, a device, a folder or a link to nothing); it was not read',
    'replace it by the Markdown file itself',
  );
}

export async function readGuideText(path: string, policy: GuideReadPolicy): Promise<GuideText> {
  const shownAs = shownPath(policy, path);
  const refuse = (finding: Finding, at = START): GuideText => ({ ok: false, diagnostic: diagnosticAt(shownAs, at, finding) });
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return refuse(notRegular());
  }
  if (!mayRead(policy, real)) {
    return refuse(
      error(
        'GUIDE_OUTSIDE_DATA',
        [],
        'this guide is a symbolic link to a file outside the guides folder; it was not read',
        'replace the link by the file itself, or pass --follow-symlinks if you trust it',
      ),
    );
  }
  const read = await readRegularFile(real, MAX_GUIDE_BYTES);
  if (read.kind === 'not-regular') return refuse(notRegular());
  if (read.kind === 'too-large') {
    return refuse(
      error('GUIDE_TOO_LARGE', [], `guide is ${read.size} bytes; the limit is ${MAX_GUIDE_BYTES} bytes`, 'split it into several guides'),
    );
  }
  const decoded = decodeSource(read.bytes, MAX_GUIDE_BYTES);
  if (decoded.ok) return decoded;
  // FILE_NOT_UTF8 → GUIDE_NOT_UTF8, FILE_CONTROL_CHARACTER → GUIDE_CONTROL_CHARACTER.
  const code = decoded.finding.code.replace(/^FILE_/, 'GUIDE_');
  return refuse(error(code, [], decoded.finding.message, 'a guide is Markdown text saved as UTF-8'), decoded.position);
}
