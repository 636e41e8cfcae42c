import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { currentStatus } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { parsePlain } from '../../../src/input/yaml/parse-plain.ts';
import { parseWithPositions } from '../../../src/input/yaml/parse-with-positions.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';

/** The reference time documented in data/orders/README.md. */
const AS_OF = Temporal.Instant.from('2026-11-26T12:00:00+01:00');

async function shipped() {
  const reference = await loadReference('data/subsidiaries.yaml');
  return { reference, result: await loadOrders(['data/orders'], reference, AS_OF) };
}

describe('data/subsidiaries.yaml', () => {
  it('ships the subsidiaries CONTRACT.md requires, withdrawal only in Europe', async () => {
    const { reference } = await shipped();
    expect([...reference.keys()].sort()).toEqual(['CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'NL', 'PL', 'PT', 'QC', 'SN', 'TN']);
    const withWithdrawal = [...reference.values()].filter((subsidiary) => subsidiary.withdrawal !== undefined).map((subsidiary) => subsidiary.code);
    expect(withWithdrawal.sort()).toEqual(['DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'NL', 'PL', 'PT']);
    expect(reference.get('TN')?.currency).toBe('TND');
    expect(reference.get('SN')?.currency).toBe('XOF');
    expect(reference.get('FR')?.withdrawal).toMatchObject({ days: 14, refundDays: 30 });
    expect(reference.get('FR')?.withdrawal?.legalReference).toContain('L221-18');
  });

  it('is read, with data/holidays.yaml, by the hand-written reader (every command reads them first: no js-yaml)', () => {
    for (const file of ['data/subsidiaries.yaml', 'data/holidays.yaml']) {
      const text = readFileSync(file, 'utf8');
      expect(parsePlain(text)?.map((document) => document.value), file).toEqual(parseWithPositions(text, DEFAULT_PARSE_OPTIONS).map((document) => document.value));
    }
  });
});

describe('data/orders', () => {
  it('is valid: no error, and only the expected warning for the abandoned unpaid order', async () => {
    const { result } = await shipped();
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.code}`)).toEqual([
      'data/orders/unpaid-expired-it.yaml:7 ORDER_UNPAID_EXPIRED',
    ]);
    expect(result.orders).toHaveLength(35);
  });

  it('covers statuses, subsidiaries, currencies, customer types and a long order', async () => {
    const { result } = await shipped();
    const orders = result.orders.map((loaded) => loaded.order);
    const statuses = new Set(orders.map(currentStatus));
    expect([...statuses].sort()).toEqual(['cancelled', 'cancelling', 'checking', 'delivered', 'delivering', 'documentsRequested', 'notPaid', 'unknown']);
    expect(new Set(orders.map((order) => order.subsidiary.code)).size).toBeGreaterThanOrEqual(7);
    expect([...new Set(orders.map((order) => order.subsidiary.currency))].sort()).toEqual(['CAD', 'EUR', 'GBP', 'PLN', 'TND', 'XOF']);
    expect([...new Set(orders.map((order) => order.customer.type))].sort()).toEqual(['administration', 'association', 'corporation', 'individual', 'other']);
    expect(Math.max(...orders.map((order) => order.details.length))).toBe(66);
    expect(orders.filter((order) => order.retraction !== undefined)).toHaveLength(19);
  });
});
