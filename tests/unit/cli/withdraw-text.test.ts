/**
 * `bdc withdraw` text output on hand-checked orders.
 *
 * eligible-fr.yaml (FR, EUR, VAT 20 %), ordered 2 March 2026 10:15 Paris, delivered 2 March,
 * request 9 March 18:30:
 * - deadline: 2 March + 14 days = Monday 16 March (no holiday) → 16 March 23:59:59.999;
 * - consumed days: 2..9 March, both included = 8; P1M from 2 March ends 2 April = 31 days;
 * - VPS 12.99 × 8/31 = 1299 × 8 / 31 = 335.23 cents → 3.35;
 * - voucher −6.50 × 8/31 = −5200/31 = −167.74 → −1.68 (half away from zero);
 * - installation 5.00 one-off: 0; domain 8.99 excluded: not refunded, no deduction;
 * - deduction HT 3.35 − 1.68 = 1.67; VAT 20 % of 1.67 = 0.334 → 0.33; deduction TTC 2.00;
 * - paid: HT 12.99 − 6.50 + 5.00 + 8.99 = 20.48, VAT 4.096 → 4.10, TTC 24.58;
 * - refundable (without the domain): HT 11.49, VAT 2.298 → 2.30, TTC 13.79; kept 24.58 − 13.79 = 10.79;
 * - refund 13.79 − 2.00 = 11.79, due 9 March + 30 days = 8 April; legal 14 days: 23 March.
 */
import { describe, expect, it } from 'vitest';
import { withdraw } from './withdraw-helpers.ts';

describe('bdc withdraw (text)', () => {
  it('prints an eligible withdrawal with every figure and exits 0', async () => {
    const run = await withdraw('eligible-fr.yaml');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Order 900000001 (FR): withdrawal ELIGIBLE',
        '  Requested  2026-03-09 18:30 (Europe/Paris)',
        '  Deadline   2026-03-16 23:59 (Europe/Paris)',
        '  Delivered  2026-03-02',
        '',
        'Reasons:',
        '  - WITHDRAWAL_EXCLUDED_LINE (line 4 "Nom de domaine martin-famille.fr"): this line is excluded from withdrawal (Code de la consommation L221-28) and is not refunded [information]',
        '',
        'Lines:',
        '  1. VPS Comfort (vps-3f9a1c2d.vps.ovh.net)',
        '     P1M, total excl. VAT 12.99 EUR: 8 of 31 days consumed, deduction excl. VAT 3.35 EUR',
        '  2. Remise de bienvenue -50 % le premier mois',
        '     P1M, total excl. VAT -6.50 EUR: 8 of 31 days consumed, deduction excl. VAT -1.68 EUR',
        "  3. Frais d'installation",
        '     one-off, total excl. VAT 5.00 EUR: refunded in full',
        '  4. Nom de domaine martin-famille.fr (martin-famille.fr)',
        '     total excl. VAT 8.99 EUR: excluded from withdrawal, not refunded',
        '',
        'Paid (incl. VAT)                  24.58 EUR',
        'Excluded lines, kept (incl. VAT)  10.79 EUR',
        'Deduction (excl. VAT)             1.67 EUR',
        'Deduction (incl. VAT)             2.00 EUR',
        'Refund (incl. VAT)                11.79 EUR',
        'Refund due by                     2026-04-08 (30 days after the request; legal limit, Code de la consommation L221-24: 14 days, 2026-03-23)',
      ].join('\n'),
    );
  });

  it('prints every reason of a company order and exits 1 with no refund', async () => {
    const run = await withdraw('company.yaml');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Order 900000002 (FR): withdrawal NOT ELIGIBLE');
    expect(lines).toContain(
      '  - WITHDRAWAL_NOT_CONSUMER: the customer is not an individual (consumer); only consumers may withdraw',
    );
    expect(lines.filter((line) => line.startsWith('  - '))).toHaveLength(2);
    expect(lines.at(-1)).toBe('Refund                            none: the withdrawal is not eligible');
  });

  it('judges a what-if request at 23:59 of the last day eligible and at 00:00 the day after not', async () => {
    const lastMinute = await withdraw('no-request.yaml', '--at', '2026-03-16T23:59:00+01:00');
    expect(lastMinute.code).toBe(0);
    expect(lastMinute.stdout.split('\n')[0]).toBe('Order 900000003 (FR): withdrawal ELIGIBLE');

    const nextDay = await withdraw('no-request.yaml', '--at', '2026-03-17T00:00:00+01:00');
    expect(nextDay.code).toBe(1);
    expect(nextDay.stdout).toContain('  - WITHDRAWAL_TOO_LATE: the request is after the end of the withdrawal period');
  });

  it('keeps control characters of a fixture away from the terminal', async () => {
    const run = await withdraw('hostile.yaml');
    expect(run.code).toBe(0);
    const controls = Array.from(run.stdout).filter((char) => char !== '\n' && (char.codePointAt(0) ?? 0) < 0x20);
    expect(controls).toEqual([]);
    // The ESC of "\u001b[2J" (clear screen) became a space.
    expect(run.stdout).toContain('  1. <iframe src="https://evil.example"></iframe> [2J VPS (vps.example\'><svg onload=alert(2)>)');
  });
});
