/**
 * The shapes of holiday rules: the engine (`../calendar.ts`) computes their dates; the rules
 * themselves are data (`data/holidays.yaml`, read by `src/input/holiday-schema.ts`). Plain
 * data only (no class instances): the reference is cloned into the validation workers.
 */
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface RuleBase {
  /** Name, for reference pages and messages. */
  readonly name: string;
  /** First year the rule applies (inclusive). */
  readonly since?: number;
  /** Last year the rule applies (inclusive). */
  readonly until?: number;
  /** When the day falls on a weekend, the next free weekday is a holiday too (GB, CA). */
  readonly substitute?: boolean;
  /** Consecutive days from each date (Eid al-Fitr: 2 in Tunisia); default 1. */
  readonly span?: number;
  /** The dates are expected ones (a lunar holiday announced on the sighting of the moon). */
  readonly estimated?: boolean;
}

export type HolidayRule = RuleBase &
  /** A fixed date; `sundayShift` moves it by that many days when it falls on a Sunday. */
  (
    | { readonly kind: 'fixed'; readonly month: number; readonly day: number; readonly sundayShift?: number }
    /** Days after Easter Sunday (negative: before). */
    | { readonly kind: 'easter'; readonly offset: number }
    /**
     * The n-th given weekday of the month; n = -1 is the last one. `unless`: when that month
     * day falls on that weekday, it is the holiday instead (St Brigid's Day: the first Monday
     * of February, unless 1 February is a Friday).
     */
    | {
        readonly kind: 'nthWeekday';
        readonly month: number;
        readonly weekday: Weekday;
        readonly n: number;
        readonly unless?: { readonly month: number; readonly day: number; readonly weekday: Weekday };
      }
    /** The last given weekday on or before month/day (Victoria Day: Monday on or before 24 May). */
    | { readonly kind: 'weekdayOnOrBefore'; readonly month: number; readonly day: number; readonly weekday: Weekday }
    /**
     * A dated table: the holiday's date in each year listed (lunar holidays), as ISO dates
     * ("2026-03-20"): plain data, so a reference sent to a worker thread keeps it.
     */
    | { readonly kind: 'dated'; readonly dates: readonly string[] }
  );

/** The public holidays that count for one subsidiary's business days and deadlines. */
export interface HolidayCalendar {
  /** The calendar's name in the data (a country code such as FR, or the subsidiary's code). */
  readonly name: string;
  readonly rules: readonly HolidayRule[];
  /** Days of the week that are not working days (default Saturday and Sunday). */
  readonly weekend: readonly Weekday[];
  /** Years the dated tables cover (inclusive); absent when the calendar has none. */
  readonly datedYears?: { readonly from: number; readonly to: number };
  /** The text the calendar's rules come from (a law, an official list). */
  readonly source?: string;
}
