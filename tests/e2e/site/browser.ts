/** Headless Debian Chromium through puppeteer-core, with the flags the project uses. */
import puppeteer, { type Browser } from 'puppeteer-core';

export async function launchBrowser(): Promise<Browser> {
  const args = ['--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return puppeteer.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args, headless: true });
}
