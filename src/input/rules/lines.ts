/** Rules on the order's lines. */
import { expectedSign } from '../../domain/line-kinds.ts';
import { warning } from '../diagnostic.ts';
import { amountText } from '../to-order.ts';
import type { InputRule } from './context.ts';

/** The sign of decimal text: zero ("0", "-0.00") has none. */
function signOf(text: string): 'negative' | 'positive' | 'zero' {
  if (!/[1-9]/.test(text)) return 'zero';
  return text.trim().startsWith('-') ? 'negative' : 'positive';
}

/**
 * DETAIL_SIGN_MISMATCH (warning): a discount line (VOUCHER, GIFT) with a positive price, or a
 * charge (DURATION, INSTALLATION…) with a negative one: most likely a sign typed wrong.
 */
export const lineSignMatchesKind: InputRule = ({ input }, report) => {
  input.details.forEach((detail, index) => {
    const expected = expectedSign(detail.detailType);
    const text = amountText(detail.unitPrice);
    const actual = signOf(text);
    if (expected === undefined || actual === 'zero' || actual === expected) return;
    const discount = expected === 'negative';
    report(
      warning(
        'DETAIL_SIGN_MISMATCH',
        ['details', index, 'unitPrice'],
        `details.${index}.unitPrice: ${text} on a line of type ${detail.detailType}: expected a ${expected} amount, ${discount ? 'a discount lowers the total' : 'this kind of line charges the customer'}`,
        discount
          ? `write -${text} for a discount, or change detailType if the line is a charge`
          : `write ${text.trim().slice(1)} for a charge, or use detailType VOUCHER or GIFT for a discount`,
      ),
    );
  });
};
