/**
 * The static paths under the order list: one per filter view, one per valid order (only the
 * orders BDC_SITE_ORDER_PAGES names, when it is set: an incremental build).
 */
import type { Language } from '../domain/enums.ts';
import { LIST_VIEWS, type ListView } from '../domain/visibility.ts';
import { listSlug } from './routes.ts';
import { getSiteData } from './site-data.ts';
import { orderPagesOnly } from './site-env.ts';

export type OrderPageProps = { kind: 'list'; view: ListView } | { kind: 'order'; orderId: number };

export async function orderPagePaths(lang: Language): Promise<{ params: { page: string }; props: OrderPageProps }[]> {
  const { orders: all } = await getSiteData();
  const only = orderPagesOnly();
  const orders = only === undefined ? all : all.filter((order) => only.has(order.orderId));
  const views = LIST_VIEWS.map((view) => ({ params: { page: listSlug(lang, view) }, props: { kind: 'list' as const, view } }));
  const pages = orders.map((order) => ({ params: { page: String(order.orderId) }, props: { kind: 'order' as const, orderId: order.orderId } }));
  return [...views, ...pages];
}
