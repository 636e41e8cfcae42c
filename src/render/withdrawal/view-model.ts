/**
 * The withdrawal summary's view model: a pure function of the order, its assessment, "now"
 * (the as-of, never the clock) and the language. Dates are in the subsidiary's time zone.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import { currentStatus, type Order } from '../../domain/order.ts';
import type { LineRefund, WithdrawalAssessment } from '../../domain/withdrawal/index.ts';
import { addressLines, formatCount, formatDateTime, formatInteger, formatMoney, formatPeriod } from '../format.ts';
import { cssString } from '../html/css-string.ts';
import { taxLabel } from '../tax-label.ts';
import { dictionaryFor, type Dictionary } from '../i18n/index.ts';
import { legalReference } from '../legal-reference.ts';
import { statusPresentation } from '../order-form/status.ts';
import { formatDay, formatZonedDay } from './dates-and-places.ts';
import { withdrawalStrings, type WithdrawalStrings } from './strings.ts';
import type { FactView, ModelFormView, WithdrawalLabels, WithdrawalLineView, WithdrawalSummaryView } from './view.ts';

const NONE = '—';

export function withdrawalSummaryView(
  order: Order,
  assessment: WithdrawalAssessment,
  now: Temporal.Instant,
  language: Language,
): WithdrawalSummaryView {
  const s = withdrawalStrings(language);
  const d = dictionaryFor(language);
  const { locale } = d;
  const zone = order.subsidiary.timeZone;
  const seller = order.subsidiary.seller;
  const orderNumber = String(order.orderId);
  const legalDue = assessment.requestedAt.add({ days: assessment.legalRefundDays });
  const law = legalReference(order.subsidiary, d);
  return {
    lang: language,
    title: s.titleFor(orderNumber),
    pageFooter: { titleCss: cssString(s.titleFor(orderNumber)), pageCss: cssString(d.page) },
    labels: labelsOf(s),
    seller: { name: seller.name, addressLines: addressLines(seller.address, locale), email: seller.email },
    orderNumber,
    status: statusPresentation(currentStatus(order), language),
    facts: factsOf(order, assessment, s, locale),
    lines: assessment.lines.map((line) => lineView(line, order, s, d)),
    refundRows: refundRowsOf(assessment, s, d, language),
    refund: formatMoney(assessment.refund, locale),
    refundDue: assessment.refundDueDate === undefined ? NONE : formatZonedDay(assessment.refundDueDate, locale),
    legalNote: s.legalNote(law, formatCount(assessment.legalRefundDays, d.periodUnits.day, locale), formatZonedDay(legalDue, locale)),
    guideNote: s.guideNote,
    warnings: s.warnings,
    form: modelForm(order, assessment, s, locale),
    timeZoneNote: s.timeZoneNote(zone),
    generatedAt: s.generatedAt(formatDateTime(now, locale, zone)),
  };
}

function factsOf(order: Order, assessment: WithdrawalAssessment, s: WithdrawalStrings, locale: string): FactView[] {
  const zone = order.subsidiary.timeZone;
  const facts: FactView[] = [
    { label: s.orderNumber, value: String(order.orderId) },
    { label: s.orderedOn, value: formatDateTime(order.date, locale, zone) },
    {
      label: s.deliveredOn,
      value: assessment.deliveredOn === undefined ? s.notDelivered : formatDay(assessment.deliveredOn, locale),
    },
    { label: s.requestedAt, value: formatDateTime(assessment.requestedAt, locale, zone) },
    { label: s.deadline, value: assessment.deadline === undefined ? NONE : formatDateTime(assessment.deadline, locale, zone) },
  ];
  const retraction = order.retraction;
  if (retraction !== undefined) {
    facts.push({ label: s.reason, value: s.reasonNames[retraction.reason] });
    if (retraction.comment !== undefined && retraction.comment !== '') {
      facts.push({ label: s.comment, value: retraction.comment });
    }
  }
  return facts;
}

function lineView(refund: LineRefund, order: Order, s: WithdrawalStrings, d: Dictionary): WithdrawalLineView {
  const line = order.details[refund.index];
  const duration = line?.duration;
  const counted = !refund.excluded && duration !== undefined;
  const note = refund.excluded ? s.excluded : duration === undefined ? s.fullRefund : null;
  return {
    position: String(refund.index + 1),
    description: refund.description,
    service: line?.domain ?? null,
    totalHT: formatMoney(refund.totalHT, d.locale),
    period: duration === undefined ? s.oneOff : formatPeriod(duration, d),
    periodDays: counted && refund.periodDays !== undefined ? formatInteger(refund.periodDays, d.locale) : NONE,
    consumedDays: counted ? formatInteger(refund.consumedDays ?? 0, d.locale) : NONE,
    deduction: refund.excluded ? NONE : formatMoney(refund.deductionHT, d.locale),
    note,
    excluded: refund.excluded,
  };
}

function refundRowsOf(assessment: WithdrawalAssessment, s: WithdrawalStrings, d: Dictionary, language: Language): FactView[] {
  const { locale } = d;
  const rows: FactView[] = [{ label: s.paid, value: formatMoney(assessment.paid, locale) }];
  if (assessment.notRefunded.minor !== 0n) {
    rows.push({ label: s.notRefunded, value: formatMoney(assessment.notRefunded, locale) });
  }
  rows.push({ label: s.deductionHT, value: formatMoney(assessment.deductionHT, locale) });
  // A tax with named components (GST + QST) shows each one, rounded on its own.
  if (assessment.deductionTaxes.some((group) => group.name !== undefined)) {
    for (const group of assessment.deductionTaxes) {
      rows.push({ label: taxLabel(group, d, language), value: formatMoney(group.tax, locale) });
    }
  }
  rows.push({ label: s.deductionTTC, value: formatMoney(assessment.deductionTTC, locale) });
  return rows;
}

/** The legal model form, pre-filled; the signature stays blank (paper only). */
function modelForm(order: Order, assessment: WithdrawalAssessment, s: WithdrawalStrings, locale: string): ModelFormView {
  const seller = order.subsidiary.seller;
  const f = s.form;
  const services = order.details
    .filter((line) => !line.withdrawalExcluded && line.unitPrice.minor >= 0n)
    .map((line) => (line.domain === undefined ? line.description : `${line.description} — ${line.domain}`));
  return {
    heading: f.heading,
    legalBasis: f.legalBasis(order.subsidiary.withdrawal?.legalReference),
    instruction: f.instruction,
    addresseeLabel: f.addressee,
    addressee: { name: seller.name, addressLines: addressLines(seller.address, locale), email: seller.email },
    notice: f.notice,
    services,
    orderedOnLabel: f.orderedOn,
    orderedOn: formatZonedDay(order.date.withTimeZone(order.subsidiary.timeZone), locale),
    receivedOnLabel: f.receivedOn,
    receivedOn: assessment.deliveredOn === undefined ? s.notDelivered : formatDay(assessment.deliveredOn, locale),
    consumerNameLabel: f.consumerName,
    consumerName: order.customer.name,
    consumerAddressLabel: f.consumerAddress,
    consumerAddressLines: addressLines(order.customer.address, locale),
    signatureLabel: f.signature,
    dateLabel: f.date,
    date: formatZonedDay(assessment.requestedAt, locale),
  };
}

function labelsOf(s: WithdrawalStrings): WithdrawalLabels {
  return {
    documentTitle: s.documentTitle,
    summaryHeading: s.summaryHeading,
    servicesHeading: s.servicesHeading,
    colPosition: '#',
    colDescription: s.columns.description,
    colTotalHT: s.columns.totalHT,
    colPeriod: s.columns.period,
    colPeriodDays: s.columns.periodDays,
    colConsumedDays: s.columns.consumedDays,
    colDeduction: s.columns.deduction,
    refundHeading: s.refundHeading,
    refund: s.refund,
    refundDue: s.refundDue,
    warningsHeading: s.warningsHeading,
  };
}
