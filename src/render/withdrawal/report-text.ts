/**
 * `bdc withdraw` text output: a human summary in English (the CLI's language; with `--lang`,
 * `report-text-in-language.ts` prints the summary's own words instead). Amounts are decimal
 * text with the currency code; dates are in the subsidiary's time zone. Control characters
 * from the fixtures never reach the terminal.
 */
import type { Temporal } from 'temporal-polyfill';
import { toDecimalString, type Money } from '../../domain/money.ts';
import type { Order } from '../../domain/order.ts';
import {
  WITHDRAWAL_REASON_TEXT,
  type LineRefund,
  type WithdrawalAssessment,
  type WithdrawalReason,
} from '../../domain/withdrawal/index.ts';
import { dictionaryFor } from '../i18n/index.ts';
import { legalReference } from '../legal-reference.ts';
import { printable } from './printable.ts';

function amount(value: Money): string {
  return `${toDecimalString(value)} ${value.currency}`;
}

/** "2026-03-09 18:30". */
function minute(at: Temporal.ZonedDateTime): string {
  return at.toPlainDateTime().toString({ smallestUnit: 'minute' }).replace('T', ' ');
}

function reasonLine(reason: WithdrawalReason, order: Order): string {
  const line = reason.lineIndex === undefined ? undefined : order.details[reason.lineIndex];
  const where = line === undefined ? '' : ` (line ${line.index + 1} "${printable(line.description)}")`;
  const kind = reason.blocking ? '' : ' [information]';
  return `  - ${reason.code}${where}: ${WITHDRAWAL_REASON_TEXT[reason.code]}${kind}`;
}

function lineReport(refund: LineRefund, order: Order): string[] {
  const detail = order.details[refund.index];
  const service = detail?.domain === undefined ? '' : ` (${printable(detail.domain)})`;
  const head = `  ${refund.index + 1}. ${printable(refund.description)}${service}`;
  const total = `total excl. VAT ${amount(refund.totalHT)}`;
  if (refund.excluded) return [head, `     ${total}: excluded from withdrawal, not refunded`];
  const duration = detail?.duration;
  if (duration === undefined) return [head, `     one-off, ${total}: refunded in full`];
  const days =
    refund.periodDays === undefined
      ? 'not delivered, 0 days consumed'
      : `${refund.consumedDays ?? 0} of ${refund.periodDays} days consumed`;
  return [head, `     ${duration}, ${total}: ${days}, deduction excl. VAT ${amount(refund.deductionHT)}`];
}

function rows(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}

export function withdrawalText(order: Order, assessment: WithdrawalAssessment): string {
  const zone = order.subsidiary.timeZone;
  const verdict = assessment.eligible ? 'ELIGIBLE' : 'NOT ELIGIBLE';
  const out: string[] = [`Order ${order.orderId} (${order.subsidiary.code}): withdrawal ${verdict}`];
  out.push(
    ...rows([
      ['  Requested', `${minute(assessment.requestedAt)} (${zone})`],
      ['  Deadline', assessment.deadline === undefined ? 'none: no withdrawal right' : `${minute(assessment.deadline)} (${zone})`],
      ['  Delivered', assessment.deliveredOn === undefined ? 'never' : assessment.deliveredOn.toString()],
    ]),
  );
  if (assessment.reasons.length > 0) {
    out.push('', 'Reasons:', ...assessment.reasons.map((reason) => reasonLine(reason, order)));
  }
  out.push('', 'Lines:');
  // One by one: an order's lines are as many as its file holds (a spread into push() overflows the stack).
  for (const line of assessment.lines) for (const text of lineReport(line, order)) out.push(text);
  out.push('');
  const figures: [string, string][] = [['Paid (incl. VAT)', amount(assessment.paid)]];
  if (assessment.notRefunded.minor !== 0n) {
    figures.push(['Excluded lines, kept (incl. VAT)', amount(assessment.notRefunded)]);
  }
  figures.push(
    ['Deduction (excl. VAT)', amount(assessment.deductionHT)],
    ['Deduction (incl. VAT)', amount(assessment.deductionTTC)],
  );
  if (assessment.eligible) {
    figures.push(['Refund (incl. VAT)', amount(assessment.refund)]);
    if (assessment.refundDueDate !== undefined) {
      const legal = assessment.requestedAt.add({ days: assessment.legalRefundDays }).toPlainDate();
      const refundDays = order.subsidiary.withdrawal?.refundDays ?? 0;
      figures.push([
        'Refund due by',
        `${assessment.refundDueDate.toPlainDate().toString()} (${refundDays} days after the request; ` +
          `legal limit, ${printable(legalReference(order.subsidiary, dictionaryFor('en')))}: ${assessment.legalRefundDays} days, ${legal.toString()})`,
      ]);
    }
  } else {
    figures.push(['Refund', 'none: the withdrawal is not eligible']);
  }
  out.push(...rows(figures));
  return out.join('\n');
}
