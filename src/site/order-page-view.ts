/**
 * Everything an order's page shows, computed and formatted: summary, totals, lines, the
 * four-step tracker with its events, and the withdrawal status. Pure.
 */
import { Temporal } from 'temporal-polyfill';
import type { Language, StepState } from '../domain/enums.ts';
import { currentStatus, type Order } from '../domain/order.ts';
import { statusInfo, type Badge } from '../domain/statuses.ts';
import { statusLabel, stepLabel } from '../render/i18n/labels.ts';
import { computeTotals, lineTotal } from '../domain/totals.ts';
import { deriveTracking } from '../domain/tracking.ts';
import { isExpired } from '../domain/visibility.ts';
import { siteText } from './i18n/site-text.ts';
import { withdrawalView, type WithdrawalView } from './withdrawal-view.ts';
import { formatDateTime, formatMoney } from '../render/format.ts';

export interface TrackerStepView {
  readonly number: number;
  readonly label: string;
  readonly state: StepState;
  readonly stateText: string;
  readonly events: readonly { readonly text: string; readonly iso: string; readonly when: string }[];
}

export interface OrderPageView {
  readonly orderId: number;
  readonly title: string;
  readonly description: string;
  readonly statusLabel: string;
  readonly badge: Badge;
  readonly created: string;
  readonly expires: string;
  readonly expired: boolean;
  readonly customer: string;
  readonly subsidiary: string;
  readonly totals: { readonly ht: string; readonly vat: string; readonly ttc: string };
  readonly lines: readonly { readonly description: string; readonly domain?: string; readonly quantity: number; readonly total: string }[];
  readonly steps: readonly TrackerStepView[];
  readonly withdrawal: WithdrawalView;
}

export function orderPageView(order: Order, lang: Language, asOf: Temporal.Instant): OrderPageView {
  const text = siteText(lang);
  const { locale } = text;
  const zone = order.subsidiary.timeZone;
  const when = (at: Temporal.ZonedDateTime): string => formatDateTime(at, locale, zone);
  const info = statusInfo(currentStatus(order));
  const label = statusLabel(info.status, lang);
  const totals = computeTotals(order);
  return {
    orderId: order.orderId,
    title: text.order.title(order.orderId),
    description: text.order.description(order.orderId, label),
    statusLabel: label,
    badge: info.badge,
    created: when(order.date),
    expires: order.expirationDate === undefined ? text.order.neverExpires : when(order.expirationDate),
    expired: isExpired(order, asOf),
    customer: order.customer.name,
    subsidiary: order.subsidiary.code,
    totals: { ht: formatMoney(totals.totalHT, locale), vat: formatMoney(totals.totalVAT, locale), ttc: formatMoney(totals.totalTTC, locale) },
    lines: order.details.map((line) => ({
      description: line.description,
      ...(line.domain === undefined ? {} : { domain: line.domain }),
      quantity: line.quantity,
      total: formatMoney(lineTotal(line), locale),
    })),
    steps: deriveTracking(order).map((step, index) => ({
      number: index + 1,
      label: stepLabel(step.step, lang),
      state: step.state,
      stateText: text.stepStates[step.state],
      events: step.events.map((event) => ({
        text: event.event === undefined ? statusLabel(event.status, lang) : `${text.events[event.event]} · ${statusLabel(event.status, lang)}`,
        iso: event.at.toInstant().toString(),
        when: when(event.at),
      })),
    })),
    withdrawal: withdrawalView(order, lang, asOf),
  };
}
