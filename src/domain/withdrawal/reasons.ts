/** Why a withdrawal is refused or qualified: stable codes shared by tests, CLI output and docs. */

export const WITHDRAWAL_REASON_CODES = [
  'WITHDRAWAL_NOT_CONSUMER',
  'WITHDRAWAL_NO_RIGHT',
  'WITHDRAWAL_REQUEST_BEFORE_ORDER',
  'WITHDRAWAL_UNPAID',
  'WITHDRAWAL_ALREADY_CANCELLED',
  'WITHDRAWAL_RENEWAL',
  'WITHDRAWAL_EXCLUDED_LINE',
  'WITHDRAWAL_ALL_LINES_EXCLUDED',
  'WITHDRAWAL_TOO_LATE',
  'WITHDRAWAL_NOT_CONFIRMED',
] as const;
export type WithdrawalReasonCode = (typeof WITHDRAWAL_REASON_CODES)[number];

export interface WithdrawalReason {
  readonly code: WithdrawalReasonCode;
  /** The order line concerned (RENEWAL, EXCLUDED_LINE). */
  readonly lineIndex?: number;
  /** False for informative reasons (an excluded line when other lines remain withdrawable). */
  readonly blocking: boolean;
}

/** English explanation of each code, for text output and documentation. */
export const WITHDRAWAL_REASON_TEXT: Readonly<Record<WithdrawalReasonCode, string>> = {
  WITHDRAWAL_NOT_CONSUMER: 'the customer is not an individual (consumer); only consumers may withdraw',
  WITHDRAWAL_NO_RIGHT: "the subsidiary's terms give no withdrawal right",
  WITHDRAWAL_REQUEST_BEFORE_ORDER: 'the request is dated before the order was placed: there was no contract to withdraw from yet',
  WITHDRAWAL_UNPAID: 'the order was not paid at the time of the request',
  WITHDRAWAL_ALREADY_CANCELLED: 'the order was already cancelled at the time of the request',
  WITHDRAWAL_RENEWAL: 'a renewal cannot be withdrawn from',
  WITHDRAWAL_EXCLUDED_LINE:
    'this line is excluded from withdrawal (an exception the law allows, such as a domain name or an SSL certificate) and is not refunded',
  WITHDRAWAL_ALL_LINES_EXCLUDED: 'every line of the order is excluded from withdrawal',
  WITHDRAWAL_TOO_LATE: 'the request is after the end of the withdrawal period',
  WITHDRAWAL_NOT_CONFIRMED: 'the request was not confirmed (the box "Yes, I want to cancel this order" was not ticked)',
};
