/** The shapes of holiday rules, and the holidays many countries share. */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface RuleBase {
  /** English name, for reference pages. */
  readonly name: string;
  /** First year the rule applies (inclusive). */
  readonly since?: number;
  /** Last year the rule applies (inclusive). */
  readonly until?: number;
  /** When the day falls on a weekend, the next free weekday is a holiday too (GB, CA). */
  readonly substitute?: boolean;
}

export type HolidayRule = RuleBase &
  /** A fixed date; `sundayShift` moves it by that many days when it falls on a Sunday. */
  (
    | { readonly kind: 'fixed'; readonly month: number; readonly day: number; readonly sundayShift?: number }
    /** Days after Easter Sunday (negative: before). */
    | { readonly kind: 'easter'; readonly offset: number }
    /** The n-th given weekday of the month; n = -1 is the last one. */
    | { readonly kind: 'nthWeekday'; readonly month: number; readonly weekday: Weekday; readonly n: number }
    /** The last given weekday on or before month/day (Victoria Day: Monday on or before 24 May). */
    | { readonly kind: 'weekdayOnOrBefore'; readonly month: number; readonly day: number; readonly weekday: Weekday }
    /** The first given weekday of the month, unless the `day` falls on `unlessWeekday` (then that day). */
    | {
        readonly kind: 'firstWeekdayUnless';
        readonly month: number;
        readonly weekday: Weekday;
        readonly day: number;
        readonly unlessWeekday: Weekday;
      }
  );

interface FixedExtra extends Partial<RuleBase> {
  readonly sundayShift?: number;
}

export const fixed = (month: number, day: number, name: string, extra: FixedExtra = {}): HolidayRule => ({
  kind: 'fixed',
  month,
  day,
  name,
  ...extra,
});
export const easter = (offset: number, name: string): HolidayRule => ({ kind: 'easter', offset, name });
export const nth = (month: number, weekday: Weekday, n: number, name: string): HolidayRule => ({
  kind: 'nthWeekday',
  month,
  weekday,
  n,
  name,
});

export const NEW_YEAR = fixed(1, 1, "New Year's Day");
export const GOOD_FRIDAY = easter(-2, 'Good Friday');
export const EASTER_SUNDAY = easter(0, 'Easter Sunday');
export const EASTER_MONDAY = easter(1, 'Easter Monday');
export const ASCENSION = easter(39, 'Ascension Day');
export const WHIT_SUNDAY = easter(49, 'Whit Sunday');
export const WHIT_MONDAY = easter(50, 'Whit Monday');
export const CORPUS_CHRISTI = easter(60, 'Corpus Christi');
export const LABOUR_DAY = fixed(5, 1, 'Labour Day');
export const ASSUMPTION = fixed(8, 15, 'Assumption Day');
export const ALL_SAINTS = fixed(11, 1, "All Saints' Day");
export const CHRISTMAS = fixed(12, 25, 'Christmas Day');
export const ST_STEPHEN = fixed(12, 26, "St Stephen's Day");
