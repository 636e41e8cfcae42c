/** withdraw(): the JSON assessment `bdc withdraw --format json` prints, in-process. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, UsageError, withdraw } from '../../../src/index.ts';
import { AS_OF, FIXTURES, REFERENCE, withdraw as cli } from '../cli/withdraw-helpers.ts';

describe('withdraw()', () => {
  it.each(['eligible-fr.yaml', 'company.yaml', 'tnd-en.yaml'])('%s: the same object as `bdc withdraw --format json`', async (fixture) => {
    const result = await withdraw({ file: `${FIXTURES}/${fixture}`, reference: REFERENCE, asOf: AS_OF });
    expect(result).toEqual(JSON.parse((await cli(fixture, '--format', 'json')).stdout));
  });

  it('assesses at `at` when given (a Date here): too late after the 14 days', async () => {
    const result = await withdraw({ file: `${FIXTURES}/eligible-fr.yaml`, reference: REFERENCE, asOf: AS_OF, at: new Date('2026-03-20T08:00:00Z') });
    expect(result).toMatchObject({
      orderId: 900000001,
      eligible: false,
      // Ordered 2 March (Monday): 14 days not counting the first end on 16 March, a Monday.
      deadline: '2026-03-16T23:59:59.999+01:00',
      requestedAt: '2026-03-20T09:00:00.000+01:00',
      // (12.99 - 6.50 + 5.00 + 8.99) HT x 1.20 = 24.576 → 24.58.
      paid: '24.58',
    });
    expect(result.reasons.map(({ code }) => code)).toEqual(['WITHDRAWAL_EXCLUDED_LINE', 'WITHDRAWAL_TOO_LATE']);
    expect(result.written).toBeUndefined();
  });

  it('throws InvalidInputError with every finding for an invalid order, UsageError without a request time', async () => {
    const invalid: unknown = await withdraw({ file: `${FIXTURES}/invalid.yaml`, reference: REFERENCE, asOf: AS_OF }).catch((caught: unknown) => caught);
    expect(invalid).toBeInstanceOf(InvalidInputError);
    expect((invalid as InvalidInputError).report.errors).toBeGreaterThan(0);
    await expect(withdraw({ file: `${FIXTURES}/no-request.yaml`, reference: REFERENCE, asOf: AS_OF })).rejects.toBeInstanceOf(UsageError);
  });
});
