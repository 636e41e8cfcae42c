/** Reads an assessment as decimal strings, for tests that compare with hand-computed figures. */
import { toDecimalString } from '../../../../src/domain/money.ts';
import type { WithdrawalAssessment } from '../../../../src/domain/withdrawal/index.ts';

export function figures(a: WithdrawalAssessment) {
  return {
    paid: toDecimalString(a.paid),
    notRefunded: toDecimalString(a.notRefunded),
    lines: a.lines.map(
      (l) =>
        `${l.index} ${toDecimalString(l.totalHT)} ${l.consumedDays ?? '-'}/${l.periodDays ?? '-'} → ${toDecimalString(l.deductionHT)}`,
    ),
    deductionHT: toDecimalString(a.deductionHT),
    deductionTTC: toDecimalString(a.deductionTTC),
    refund: toDecimalString(a.refund),
  };
}
