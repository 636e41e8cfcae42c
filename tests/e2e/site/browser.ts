/**
 * A headless Chromium for driving the built site, found exactly as the product finds its
 * printer (src/render/pdf/find-browser.ts: PUPPETEER_EXECUTABLE_PATH, Puppeteer's cache, the
 * packaged headless shell, then the system's), so a machine that can print can run these tests.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../../../src/render/pdf/find-browser.ts';

export async function launchBrowser(): Promise<Browser> {
  const args = ['--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return puppeteer.launch({ executablePath: await findBrowser(), args, headless: true });
}
