/**
 * The printer of a run, with its failures as library errors: no browser found is a usage
 * error (with the command's hint), a remote browser that cannot be reached a printer error
 * (one line, exit 3 on the command line).
 */
import { BrowserNotFoundError } from './pdf/find-browser.ts';
import { createPdfPrinter, type PdfPrinter, type PrinterOptions } from './pdf/printer.ts';
import { BdcError, UsageError } from '../errors.ts';

export async function openPrinter(options: PrinterOptions, noBrowserHint: string): Promise<PdfPrinter> {
  try {
    return await createPdfPrinter(options);
  } catch (cause) {
    if (cause instanceof BrowserNotFoundError) throw new UsageError(cause.message, noBrowserHint, { cause });
    const endpoint = options.browserWSEndpoint;
    if (endpoint !== undefined) {
      // Nothing printed yet: the only thing done with a remote browser so far is connecting.
      throw new BdcError('printer', 'BROWSER_UNREACHABLE', `cannot reach the browser at ${endpoint}`, {
        hint: 'start the remote Chrome (--remote-debugging-port) and pass its DevTools WebSocket URL, or drop --browser-ws-endpoint to launch a local one',
        cause,
      });
    }
    throw cause;
  }
}
