/**
 * `npm run setup` (and the first half of `npm start`): makes sure what rendering and the tests
 * need is on the machine. A browser: found as the printer finds it, else Debian's `chromium`.
 * pdftotext/pdfinfo (poppler-utils): used by the tests to read PDFs back.
 * Installs only with root and apt-get; otherwise says what to install and fails.
 */
import { execFileSync } from 'node:child_process';
import { findBrowser, BrowserNotFoundError } from '../src/render/pdf/find-browser.ts';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function missingPackages(): Promise<string[]> {
  const missing: string[] = [];
  try {
    await findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    missing.push('chromium');
  }
  if (!onPath('pdftotext') || !onPath('pdfinfo')) missing.push('poppler-utils');
  return missing;
}

const missing = await missingPackages();
if (missing.length === 0) {
  console.log('setup: browser and PDF tools found');
} else if (process.getuid?.() === 0 && onPath('apt-get')) {
  console.log(`setup: installing ${missing.join(', ')} with apt-get`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} else {
  console.error(
    `setup: missing ${missing.join(', ')}; install them (Debian: sudo apt-get install -y ${missing.join(' ')}) or set PUPPETEER_EXECUTABLE_PATH to a Chrome binary`,
  );
  process.exitCode = 1;
}
