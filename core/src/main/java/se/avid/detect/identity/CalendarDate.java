package se.avid.detect.identity;

/**
 * Checks that a date exists in the Gregorian calendar, the way identity numbers and dates of
 * birth need it: months 1–12, days valid for the month, 29 February only in leap years (every
 * fourth year, except centuries not divisible by 400: 2000 was leap, 1900 was not). Stateless and
 * thread-safe.
 */
final class CalendarDate {

  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private CalendarDate() {}

  static boolean isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /** True when {@code year-month-day} exists. */
  static boolean exists(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = month == 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    return day <= max;
  }

  /**
   * True when a two-digit year {@code yy} gives an existing date in one of the centuries starting
   * at {@code firstCentury} and {@code firstCentury + 1} (e.g. 19 and 20 for 1900–2099). Only
   * 29 February depends on the century: {@code 000229} exists in 2000 but not in 1900.
   */
  static boolean existsInEither(int firstCentury, int yy, int month, int day) {
    return exists(firstCentury * 100 + yy, month, day) || exists((firstCentury + 1) * 100 + yy, month, day);
  }
}
