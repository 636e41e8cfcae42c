/**
 * `bdc withdraw --format json`: the assessment as plain JSON. Amounts are decimal strings in
 * the order's currency (never floats); instants are ISO 8601 date-times with their offset in
 * the subsidiary's time zone, to the millisecond.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import { toDecimalString } from '../../domain/money.ts';
import type { Order } from '../../domain/order.ts';
import { WITHDRAWAL_REASON_TEXT, type WithdrawalAssessment } from '../../domain/withdrawal/index.ts';
import { dictionaryFor } from '../i18n/index.ts';
import { legalReference } from '../legal-reference.ts';

export interface WithdrawalReasonJson {
  readonly code: string;
  readonly blocking: boolean;
  /** 0-based index of the order line concerned, when the reason is about one line. */
  readonly lineIndex?: number;
  readonly message: string;
  /** With `--lang`: the reason in that language (the summary's words). */
  readonly label?: string;
}

export interface WithdrawalLineJson {
  readonly index: number;
  readonly description: string;
  readonly domain: string | null;
  readonly duration: string | null;
  readonly excluded: boolean;
  readonly totalHT: string;
  readonly periodDays: number | null;
  readonly consumedDays: number | null;
  readonly deductionHT: string;
}

/** One tax of the deduction: a plain VAT rate (name null) or a named component (GST, QST…). */
export interface TaxJson {
  readonly name: string | null;
  /** Percent as decimal text ("9.975"). */
  readonly rate: string;
  readonly base: string;
  readonly tax: string;
}

export interface WithdrawalJson {
  readonly orderId: number;
  /** With `--lang`: the language of the `label`s (and of the summary written with `--out`). */
  readonly language?: Language;
  readonly currency: string;
  readonly eligible: boolean;
  readonly reasons: readonly WithdrawalReasonJson[];
  readonly deadline: string | null;
  readonly requestedAt: string;
  readonly paid: string;
  readonly notRefunded: string;
  readonly deductionHT: string;
  /** The deduction's tax per rate or component, each rounded on its own. */
  readonly deductionTaxes: readonly TaxJson[];
  /** The deduction including tax (what is subtracted from `paid`). */
  readonly deduction: string;
  /** What is refunded; null when the withdrawal is not eligible (nothing is refunded). */
  readonly refund: string | null;
  /** Null when not eligible or when the subsidiary gives no right. */
  readonly refundDueDate: string | null;
  /** Request + the legal 14 days of the law in `legalReference`. */
  readonly legalRefundDueDate: string;
  /** The law the documents cite: the subsidiary's `withdrawal.legalReference`, else Directive 2011/83/EU. */
  readonly legalReference: string;
  readonly lines: readonly WithdrawalLineJson[];
}

/** "2026-03-16T23:59:59.999+01:00": offset kept, zone annotation dropped, milliseconds. */
export function isoDateTime(at: Temporal.ZonedDateTime): string {
  return at.toString({ timeZoneName: 'never', fractionalSecondDigits: 3 });
}

export function withdrawalJson(order: Order, assessment: WithdrawalAssessment, language?: Language): WithdrawalJson {
  const labels = language === undefined ? undefined : dictionaryFor(language).withdrawal.reasonTexts;
  return {
    orderId: order.orderId,
    ...(language === undefined ? {} : { language }),
    currency: order.subsidiary.currency,
    eligible: assessment.eligible,
    reasons: assessment.reasons.map((reason) => ({
      code: reason.code,
      blocking: reason.blocking,
      ...(reason.lineIndex === undefined ? {} : { lineIndex: reason.lineIndex }),
      message: WITHDRAWAL_REASON_TEXT[reason.code],
      ...(labels === undefined ? {} : { label: labels[reason.code] }),
    })),
    deadline: assessment.deadline === undefined ? null : isoDateTime(assessment.deadline),
    requestedAt: isoDateTime(assessment.requestedAt),
    paid: toDecimalString(assessment.paid),
    notRefunded: toDecimalString(assessment.notRefunded),
    deductionHT: toDecimalString(assessment.deductionHT),
    deductionTaxes: assessment.deductionTaxes.map((group) => ({
      name: group.name?.text ?? null,
      rate: group.rate.percent,
      base: toDecimalString(group.base),
      tax: toDecimalString(group.tax),
    })),
    deduction: toDecimalString(assessment.deductionTTC),
    refund: assessment.eligible ? toDecimalString(assessment.refund) : null,
    refundDueDate:
      !assessment.eligible || assessment.refundDueDate === undefined ? null : isoDateTime(assessment.refundDueDate),
    legalRefundDueDate: isoDateTime(assessment.requestedAt.add({ days: assessment.legalRefundDays })),
    legalReference: legalReference(order.subsidiary, dictionaryFor('en')),
    lines: assessment.lines.map((line) => {
      const detail = order.details[line.index];
      return {
        index: line.index,
        description: line.description,
        domain: detail?.domain ?? null,
        duration: detail?.duration ?? null,
        excluded: line.excluded,
        totalHT: toDecimalString(line.totalHT),
        periodDays: line.periodDays ?? null,
        consumedDays: line.consumedDays ?? null,
        deductionHT: toDecimalString(line.deductionHT),
      };
    }),
  };
}
