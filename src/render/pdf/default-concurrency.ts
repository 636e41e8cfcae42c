/**
 * Browser tabs printing at once by default: 3 keeps both cores of a small CI runner busy while
 * one tab waits on Chromium. A module of its own so the command line reads it without loading
 * the printer (Puppeteer, pdf-lib).
 */
export const DEFAULT_CONCURRENCY = 3;
