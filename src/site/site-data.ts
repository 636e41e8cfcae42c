/**
 * The orders the site shows, loaded once per build from BDC_DATA_DIR/orders with the reference
 * data and the as-of instant (site-env.ts). Problems never crash a page: they come back as
 * diagnostics, shown in a banner. In `astro dev` the data is reloaded after a data file changes
 * (watch-data.ts bumps a shared version number).
 */
import { join, relative } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import { compareNewestFirst } from '../domain/visibility.ts';
import type { Diagnostic } from '../input/diagnostic.ts';
import type { Order } from '../domain/order.ts';
import { loadOrders } from '../input/load-orders.ts';
import { readReference } from '../input/load-reference.ts';
import { dataDir, referenceFile, shippedHolidaysFile, siteAsOf } from './site-env.ts';
import { dataVersion } from './data-version.ts';
import { sitePhase } from './site-phases.ts';

export interface SiteData {
  readonly asOf: Temporal.Instant;
  /** Valid orders, newest first (without their YAML text: the site never needs it). */
  readonly orders: readonly Order[];
  /** The same orders by orderId, for the order pages. */
  readonly byId: ReadonlyMap<number, Order>;
  readonly diagnostics: readonly Diagnostic[];
}

function internalProblem(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { file, line: 1, column: 1, severity: 'error', code: 'SITE_DATA_UNREADABLE', message, path: '' };
}

export async function readSiteData(): Promise<SiteData> {
  sitePhase('site: order data (read and validated), page paths');
  const asOf = siteAsOf();
  const ordersDir = join(dataDir(), 'orders');
  const shippedHolidays = shippedHolidaysFile();
  const { reference, diagnostics } = await readReference(referenceFile(), shippedHolidays === undefined ? {} : { shippedHolidays });
  if (reference === undefined) return { asOf, orders: [], byId: new Map(), diagnostics };
  try {
    const result = await loadOrders([ordersDir], reference, asOf);
    const orders = result.orders.map((loaded) => loaded.order).sort(compareNewestFirst);
    const byId = new Map(orders.map((order) => [order.orderId, order]));
    return { asOf, orders, byId, diagnostics: [...diagnostics, ...result.diagnostics] };
  } catch (error) {
    return { asOf, orders: [], byId: new Map(), diagnostics: [...diagnostics, internalProblem(relative(process.cwd(), ordersDir), error)] };
  }
}

let cached: { version: number; data: Promise<SiteData> } | undefined;

/** The site data for this build (or, in dev, for the current version of the data files). */
export function getSiteData(): Promise<SiteData> {
  const version = dataVersion();
  if (cached?.version !== version) cached = { version, data: readSiteData() };
  return cached.data;
}

/** One order by number, or undefined. */
export async function findOrder(orderId: number): Promise<Order | undefined> {
  const { byId } = await getSiteData();
  return byId.get(orderId);
}
