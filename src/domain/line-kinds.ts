/**
 * Which way a line's price goes, by its `detailType` (our policy, from DOMAIN.md §1: "a
 * discount is a line with a negative price (VOUCHER, GIFT)"). Lines of the other kinds listed
 * here charge for something and are positive; the rest (CAUTION, MUTE, OTHER, REFUND, SPECIAL)
 * may go either way. Edit these two lists to change the policy.
 */
import type { DetailType } from './enums.ts';

/** Discounts: a negative unit price. */
export const DISCOUNT_DETAIL_TYPES: ReadonlySet<DetailType> = new Set<DetailType>(['VOUCHER', 'GIFT']);

/** Charges: a positive unit price. */
export const CHARGE_DETAIL_TYPES: ReadonlySet<DetailType> = new Set<DetailType>([
  'ACCESSORY',
  'CHOOSED',
  'CONSUMPTION',
  'CREATION',
  'DELIVERY',
  'DURATION',
  'INSTALLATION',
  'LICENSE',
  'OUTPLAN',
  'QUANTITY',
  'RENEW',
  'SWITCH',
  'TRANSFER',
]);

/** The sign a line of this kind should have, or undefined when either is fine. */
export function expectedSign(detailType: DetailType): 'negative' | 'positive' | undefined {
  if (DISCOUNT_DETAIL_TYPES.has(detailType)) return 'negative';
  if (CHARGE_DETAIL_TYPES.has(detailType)) return 'positive';
  return undefined;
}
