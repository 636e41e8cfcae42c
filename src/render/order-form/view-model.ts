/**
 * The order form's view model: a pure function of the order, its totals, "now" (the as-of,
 * never the clock) and the language. Templates print it as is.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import type { Order, OrderLine } from '../../domain/order.ts';
import { currentStatus } from '../../domain/order.ts';
import { DISCOUNT_DETAIL_TYPES } from '../../domain/line-kinds.ts';
import type { OrderTotals } from '../../domain/totals.ts';
import { statusPresentation } from './status.ts';
import { withdrawalLine } from './withdrawal-line.ts';
import { cssString } from '../html/css-string.ts';
import { addressLines, formatDateTime, formatInteger, formatMoney, formatPeriod } from '../format.ts';
import { taxLabel } from '../tax-label.ts';
import { dictionaryFor, type Dictionary } from '../i18n/index.ts';
import type { LineView, OrderFormLabels, OrderFormView, VatRowView } from './view.ts';

export function orderFormView(
  order: Order,
  totals: OrderTotals,
  now: Temporal.Instant,
  language: Language,
): OrderFormView {
  const d = dictionaryFor(language);
  const { locale } = d;
  const zone = order.subsidiary.timeZone;
  const orderNumber = String(order.orderId);
  const seller = order.subsidiary.seller;
  const defaultMean = order.payment.default;
  return {
    lang: language,
    title: d.titleFor(orderNumber),
    pageFooter: { titleCss: cssString(d.titleFor(orderNumber)), pageCss: cssString(d.page) },
    labels: labelsOf(d),
    orderNumber,
    createdOn: formatDateTime(order.date, locale, zone),
    expiresOn: order.expirationDate === undefined ? d.neverExpires : formatDateTime(order.expirationDate, locale, zone),
    status: statusPresentation(currentStatus(order), language),
    seller: { name: seller.name, addressLines: addressLines(seller.address, locale), email: seller.email },
    customer: {
      name: order.customer.name,
      nichandle: order.customer.nichandle,
      email: order.customer.email,
      addressLines: addressLines(order.customer.address, locale),
    },
    billingContact: order.billingContact === undefined ? null : { ...order.billingContact },
    noBillingContact: d.noBillingContact,
    defaultPayment:
      defaultMean === undefined
        ? null
        : { mean: d.paymentMeanNames[defaultMean.mean], label: defaultMean.label ?? null },
    noDefaultPayment: d.noDefaultPayment,
    autoRenew: order.autoRenew ? d.autoRenew : null,
    paymentMeans: order.payment.available.map((mean) => d.paymentMeanNames[mean]),
    noPaymentMeans: d.noPaymentMeans,
    lines: order.details.map((line) => lineView(line, d)),
    totalHT: formatMoney(totals.totalHT, locale),
    vatRows: totals.vatByRate.map(
      (row): VatRowView => ({
        label: taxLabel(row, d, language),
        base: d.vatBase(formatMoney(row.base, locale)),
        amount: formatMoney(row.tax, locale),
      }),
    ),
    totalTTC: formatMoney(totals.totalTTC, locale),
    withdrawal: withdrawalLine(order, d),
    timeZoneNote: d.timeZoneNote(zone),
    generatedAt: d.generatedAt(formatDateTime(now, locale, zone)),
  };
}

function lineView(line: OrderLine, d: Dictionary): LineView {
  return {
    position: String(line.index + 1),
    description: line.description,
    service: line.domain ?? null,
    period: line.duration === undefined ? d.oneOff : formatPeriod(line.duration, d),
    quantity: formatInteger(line.quantity, d.locale),
    unitPrice: formatMoney(line.unitPrice, d.locale),
    total: formatMoney(line.totalPrice, d.locale),
    isDiscount: line.unitPrice.minor < 0n || DISCOUNT_DETAIL_TYPES.has(line.detailType),
  };
}


function labelsOf(d: Dictionary): OrderFormLabels {
  return {
    documentTitle: d.documentTitle,
    areaIdentity: d.areas.identity,
    areaBillingContact: d.areas.billingContact,
    areaDefaultPayment: d.areas.defaultPayment,
    areaPaymentMeans: d.areas.paymentMeans,
    orderNumber: d.orderNumber,
    createdOn: d.createdOn,
    expiresOn: d.expiresOn,
    status: d.status,
    seller: d.seller,
    customer: d.customer,
    customerAccount: d.customerAccount,
    linesHeading: d.linesHeading,
    colPosition: '#',
    colDescription: d.columns.description,
    colPeriod: d.columns.period,
    colQuantity: d.columns.quantity,
    colUnitPrice: d.columns.unitPrice,
    colTotal: d.columns.total,
    discount: d.discount,
    totalHT: d.totalHT,
    totalTTC: d.totalTTC,
  };
}
