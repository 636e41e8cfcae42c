/**
 * The orders the default list must show, computed straight from the YAML files (not through
 * the project's code): every order whose expirationDate is absent or not before as-of.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { parseAllDocuments } from 'yaml';

export async function nonExpiredOrderIds(ordersDir: string, asOf: Temporal.Instant): Promise<number[]> {
  const ids: number[] = [];
  for (const name of (await readdir(ordersDir)).filter((file) => /\.ya?ml$/.test(file))) {
    for (const document of parseAllDocuments(await readFile(join(ordersDir, name), 'utf8'))) {
      const value = document.toJS() as { orderId?: number; expirationDate?: string | Date } | null;
      if (value?.orderId === undefined) continue;
      const expiry = value.expirationDate;
      const expired = expiry !== undefined && Temporal.Instant.compare(asOf, Temporal.Instant.from(expiry instanceof Date ? expiry.toISOString() : expiry)) > 0;
      if (!expired) ids.push(value.orderId);
    }
  }
  return ids.sort((a, b) => a - b);
}
