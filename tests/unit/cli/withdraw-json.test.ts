/**
 * `bdc withdraw --format json`: decimal strings, ISO date-times with offsets, per-line figures.
 * eligible-fr.yaml's figures are worked out in withdraw-text.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { withdraw } from './withdraw-helpers.ts';

async function json(fixture: string, ...options: string[]): Promise<{ code: number; body: Record<string, unknown> }> {
  const run = await withdraw(fixture, '--format', 'json', ...options);
  return { code: run.code, body: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('bdc withdraw --format json', () => {
  it('gives the eligible FR order exactly', async () => {
    const { code, body } = await json('eligible-fr.yaml');
    expect(code).toBe(0);
    expect(body).toEqual({
      orderId: 900000001,
      currency: 'EUR',
      eligible: true,
      reasons: [
        {
          code: 'WITHDRAWAL_EXCLUDED_LINE',
          blocking: false,
          lineIndex: 3,
          message: 'this line is excluded from withdrawal (Code de la consommation L221-28) and is not refunded',
        },
      ],
      deadline: '2026-03-16T23:59:59.999+01:00',
      requestedAt: '2026-03-09T18:30:00.000+01:00',
      paid: '24.58',
      notRefunded: '10.79',
      deductionHT: '1.67',
      deduction: '2.00',
      refund: '11.79',
      // 9 March + 30 days crosses the change to summer time (29 March): same wall time, +02:00.
      refundDueDate: '2026-04-08T18:30:00.000+02:00',
      legalRefundDueDate: '2026-03-23T18:30:00.000+01:00',
      lines: [
        { index: 0, description: 'VPS Comfort', domain: 'vps-3f9a1c2d.vps.ovh.net', duration: 'P1M', excluded: false, totalHT: '12.99', periodDays: 31, consumedDays: 8, deductionHT: '3.35' },
        { index: 1, description: 'Remise de bienvenue -50 % le premier mois', domain: null, duration: 'P1M', excluded: false, totalHT: '-6.50', periodDays: 31, consumedDays: 8, deductionHT: '-1.68' },
        { index: 2, description: "Frais d'installation", domain: null, duration: null, excluded: false, totalHT: '5.00', periodDays: null, consumedDays: null, deductionHT: '0.00' },
        { index: 3, description: 'Nom de domaine martin-famille.fr', domain: 'martin-famille.fr', duration: 'P1Y', excluded: true, totalHT: '8.99', periodDays: null, consumedDays: null, deductionHT: '0.00' },
      ],
    });
  });

  it('keeps the three decimals of TND', async () => {
    // tnd-en.yaml: ordered and delivered 4 May 2026 (Africa/Tunis, UTC+1), request 10 May 12:00.
    // Consumed 4..10 May = 7 days; P1Y from 4 May 2026 = 365 days.
    // Deduction HT 119.990 × 7/365 = 839930/365 = 2301.18 millimes → 2.301; VAT 19 % of 2.301 = 0.43719 → 0.437; TTC 2.738.
    // Paid: 119.990 + 19 % (22.7981 → 22.798) = 142.788; refund 142.788 − 2.738 = 140.050.
    // Deadline: 4 May + 14 = Monday 18 May; refund due 10 May + 30 = 9 June.
    const { code, body } = await json('tnd-en.yaml');
    expect(code).toBe(0);
    expect(body).toMatchObject({
      currency: 'TND',
      paid: '142.788',
      deductionHT: '2.301',
      deduction: '2.738',
      refund: '140.050',
      deadline: '2026-05-18T23:59:59.999+01:00',
      refundDueDate: '2026-06-09T12:00:00.000+01:00',
      lines: [{ totalHT: '119.990', periodDays: 365, consumedDays: 7, deductionHT: '2.301' }],
    });
  });

  it('lists every blocking reason of a late company request', async () => {
    // 17 March 00:00 Paris is one minute past the deadline (16 March 23:59:59.999).
    const { code, body } = await json('company.yaml', '--at', '2026-03-17T00:00:00+01:00');
    expect(code).toBe(1);
    expect(body['eligible']).toBe(false);
    expect((body['reasons'] as { code: string; blocking: boolean }[]).map((r) => [r.code, r.blocking])).toEqual([
      ['WITHDRAWAL_NOT_CONSUMER', true],
      ['WITHDRAWAL_EXCLUDED_LINE', false],
      ['WITHDRAWAL_TOO_LATE', true],
    ]);
    expect(body['requestedAt']).toBe('2026-03-17T00:00:00.000+01:00');
  });

  it('prints the diagnostics of an invalid order as `bdc validate --format json` does, exit 1', async () => {
    const { code, body } = await json('invalid.yaml');
    expect(code).toBe(1);
    expect(body).toMatchObject({
      orders: 1,
      files: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'tests/fixtures/withdrawal/invalid.yaml',
          line: 14,
          severity: 'error',
          code: 'AMOUNT_TOO_MANY_DECIMALS',
          path: 'details.0.unitPrice',
        },
      ],
    });
  });
});
