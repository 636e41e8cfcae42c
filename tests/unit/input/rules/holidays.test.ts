/** HOLIDAYS_YEAR_NOT_COVERED: an order whose dates leave the years of its calendar's dated table. */
import { describe, expect, it } from 'vitest';
import type { Subsidiary } from '../../../../src/domain/subsidiary.ts';
import type { Finding } from '../../../../src/input/diagnostic.ts';
import { holidayTableCoversOrder } from '../../../../src/input/rules/holidays.ts';
import { calendar } from '../../domain/calendars.ts';
import { FR, makeOrder, TN } from '../../domain/make-order.ts';
import { Temporal } from 'temporal-polyfill';

const AS_OF = Temporal.Instant.from('2026-12-01T00:00:00Z');
/** Tunisia as shipped: no withdrawal right (the test builder's TN inherits FR's). */
const { code, currency, language, timeZone, vatRate, holidays, holidayCalendar, seller, paymentMeans } = TN;
const TN_NO_RIGHT: Subsidiary = { code, currency, language, timeZone, vatRate, holidays, holidayCalendar, seller, paymentMeans };

function findings(order: ReturnType<typeof makeOrder>): Finding[] {
  const found: Finding[] = [];
  holidayTableCoversOrder({ order, asOf: AS_OF }, (finding) => found.push(finding));
  return found;
}

describe('holidayTableCoversOrder', () => {
  it('says nothing inside 2024–2030, nor for a calendar without a dated table', () => {
    expect(findings(makeOrder({ subsidiary: TN_NO_RIGHT, date: '2030-12-31T09:00:00+01:00' }))).toEqual([]);
    expect(findings(makeOrder({ subsidiary: TN, date: '2024-01-01T09:00:00+01:00' }))).toEqual([]);
    expect(findings(makeOrder({ subsidiary: FR, date: '2040-06-01T09:00:00+02:00' }))).toEqual([]);
  });

  it('warns for an order dated after the table, naming the calendar, its years and the missing ones', () => {
    expect(findings(makeOrder({ subsidiary: TN_NO_RIGHT, date: '2031-01-06T09:00:00+01:00' }))).toEqual([
      {
        severity: 'warning',
        code: 'HOLIDAYS_YEAR_NOT_COVERED',
        path: ['date'],
        message:
          'the holiday calendar TN dates its Eid al-Fitr (Aïd el-Fitr), Eid al-Adha (Aïd el-Idha)… for 2024–2030 only; ' +
          "this order's dates fall in 2031: business days and the withdrawal deadline there ignore those holidays",
        hint: 'add the 2031 dates to the calendar TN in holidays.yaml (or a holidays.yaml beside your subsidiaries.yaml)',
      },
    ]);
  });

  it('warns when the withdrawal period runs into an uncovered year', () => {
    // A withdrawal right with the Moroccan calendar: ordered Mon 23 December 2030, + 14 days = Mon 6 January 2031.
    const withRight = { ...TN, holidays: 'MA', holidayCalendar: calendar('MA') };
    const order = makeOrder({ subsidiary: withRight, date: '2030-12-23T09:00:00+01:00' });
    expect(findings(order).map((finding) => finding.message)).toEqual([
      expect.stringContaining("this order's dates fall in 2031"),
    ]);
    // Without the right, the same date stays inside the table.
    expect(findings(makeOrder({ subsidiary: { ...TN_NO_RIGHT, holidayCalendar: calendar('MA') }, date: '2030-12-23T09:00:00+01:00' }))).toEqual([]);
  });
});
