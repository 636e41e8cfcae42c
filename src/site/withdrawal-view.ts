/**
 * An order's withdrawal status for its page: with a request, whether it is admissible (and the
 * refund) or why not; without one, until when it is open at as-of, or why it is not.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../domain/enums.ts';
import type { Order } from '../domain/order.ts';
import { assessWithdrawal } from '../domain/withdrawal/assess.ts';
import { siteText } from './i18n/site-text.ts';
import { formatDateTime, formatMoney } from '../render/format.ts';

export interface WithdrawalView {
  /** open: may still withdraw; requested: a request exists; closed: not (or no longer) possible. */
  readonly kind: 'open' | 'requested' | 'closed';
  readonly headline: string;
  /** Blocking reasons, in words. */
  readonly reasons: readonly string[];
  /** Informative reasons (an excluded line), in words. */
  readonly notes: readonly string[];
  /** True when the render step writes the withdrawal summary (`<id>-withdrawal.html|pdf`). */
  readonly hasSummary: boolean;
  readonly verdict?: string;
  readonly refund?: string;
}

export function withdrawalView(order: Order, lang: Language, asOf: Temporal.Instant): WithdrawalView {
  const text = siteText(lang).order;
  const words = siteText(lang).reasons;
  const zone = order.subsidiary.timeZone;
  const { locale } = siteText(lang);
  const request = order.retraction;
  const at = request === undefined ? asOf : request.requestedAt.toInstant();
  const assessment = assessWithdrawal(order, at);
  const reasons = assessment.reasons.filter((reason) => reason.blocking).map((reason) => words[reason.code]);
  const notes = [...new Set(assessment.reasons.filter((reason) => !reason.blocking).map((reason) => words[reason.code]))];
  const deadline = assessment.deadline === undefined ? undefined : formatDateTime(assessment.deadline, locale, zone);
  if (request !== undefined) {
    const due = assessment.refundDueDate === undefined ? undefined : formatDateTime(assessment.refundDueDate, locale, zone);
    return {
      kind: 'requested',
      headline: text.requested(formatDateTime(request.requestedAt, locale, zone)),
      reasons,
      notes,
      hasSummary: assessment.eligible,
      verdict: assessment.eligible ? text.eligible : text.notEligible,
      ...(assessment.eligible && due !== undefined ? { refund: text.refund(formatMoney(assessment.refund, locale), due) } : {}),
    };
  }
  if (deadline === undefined) return { kind: 'closed', headline: text.withdrawalNoRight, reasons: [], notes, hasSummary: false };
  if (assessment.eligible) return { kind: 'open', headline: text.withdrawalOpen(deadline), reasons: [], notes, hasSummary: false };
  const tooLate = assessment.reasons.some((reason) => reason.code === 'WITHDRAWAL_TOO_LATE');
  return { kind: 'closed', headline: tooLate ? text.withdrawalClosed(deadline) : text.withdrawalNotOpen, reasons, notes, hasSummary: false };
}
