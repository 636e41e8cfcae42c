/**
 * `npm run setup` (and the first half of `npm start`): makes sure what rendering and the tests
 * need is on the machine. A browser: found exactly as the printer and the tests find it
 * (find-browser.ts; on Linux x64 the packaged headless shell is unpacked here, once), else
 * Debian's `chromium`. pdftotext/pdfinfo/pdffonts (poppler-utils): the tests read PDFs back.
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

const POPPLER_TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts'];

async function missingPackages(): Promise<string[]> {
  const missing: string[] = [];
  try {
    await findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    missing.push('chromium');
  }
  if (!POPPLER_TOOLS.every(onPath)) missing.push('poppler-utils');
  return missing;
}

const missing = await missingPackages();
if (missing.length === 0) {
  console.log(`setup: browser (${await findBrowser()}) and PDF tools found`);
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
