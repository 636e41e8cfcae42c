/** Withdrawal ("droit de rétractation"): deadline, eligibility and refund (DOMAIN.md §5). */
export { assessWithdrawal, LEGAL_REFUND_DAYS, statusAt, type WithdrawalAssessment } from './assess.ts';
export { endOfDay, isWithdrawalOpen, withdrawalDeadline, withdrawalLastDay } from './deadline.ts';
export {
  WITHDRAWAL_REASON_CODES,
  WITHDRAWAL_REASON_TEXT,
  type WithdrawalReason,
  type WithdrawalReasonCode,
} from './reasons.ts';
export { computeRefund, consumedDays, deliveryDay, type LineRefund, type RefundFigures } from './refund.ts';
