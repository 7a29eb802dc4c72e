package se.avid.detect.contact;

/**
 * The named rules by which {@link PhoneNumberDetector} tells a phone number from the numbers that
 * are grouped like one: dates, clock times, personnummer, lists of numbers. Each rule is a
 * question about the {@link PhoneDigitGroups} of a candidate and names the example it rules out.
 * Stateless.
 */
final class PhoneShapes {

  /** Mobile prefixes: {@code 070 072 073 076 079}. */
  static final String MOBILE_THIRD_DIGITS = "02369";

  private PhoneShapes() {}

  /** True when {@code d[from]} starts a mobile number's significant digits: {@code 70 72 73 76 79}. */
  static boolean isMobile(char[] d, int from) {
    return d[from] == '7' && MOBILE_THIRD_DIGITS.indexOf(d[from + 1]) >= 0;
  }

  /**
   * AREA_CODE_FIRST: a number with separators starts with an area code; {@code 05 06 07 08} (a
   * list of numbers) does not, since {@code 08} is the only two-digit area code.
   */
  static boolean areaCodeFirst(PhoneDigitGroups g, char[] d, int k) {
    int first = g.digitCount[0];
    if (first == 1) {
      // "0 7 0 1 2 3 4 5 6 7": a mobile number every digit apart ("0 1 2 3 …" counts);
      // "0 70 123 45 67": the trunk typed apart from the area code
      return everyDigitApart(g, k) ? isMobile(d, 1) : g.digitCount[1] >= 2 && g.digitCount[1] <= 3;
    }
    return first != 2 || d[1] == '8' || d[1] == '7';
  }

  /** EVERY_DIGIT_APART: {@code 0 7 0 1 2 3 4 5 6 7}, one digit per group. */
  static boolean everyDigitApart(PhoneDigitGroups g, int k) {
    for (int j = 0; j <= k; j++) {
      if (g.digitCount[j] != 1) {
        return false;
      }
    }
    return true;
  }

  /** DATES: {@code 05.03.2023}, {@code 05/03/23}, {@code 05-03-2023}: day, month and year, one separator. */
  static boolean dateShaped(PhoneDigitGroups g, int k) {
    if (k != 2 || g.digitCount[0] != 2 || g.digitCount[1] != 2 || g.sep[0] != g.sep[1] || g.sep[0] == ' ') {
      return false;
    }
    int day = twoDigits(g.buf, 0);
    int month = twoDigits(g.buf, 2);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  /** TIMES: {@code 08.30-09.30}, {@code 08.30 17.00}: a clock time first. */
  static boolean clockTimeShaped(PhoneDigitGroups g, int k) {
    if (g.sep[0] != '.' || g.digitCount[0] != 2 || g.digitCount[1] != 2) {
      return false;
    }
    return twoDigits(g.buf, 0) <= 23 && twoDigits(g.buf, 2) <= 59;
  }

  /**
   * PERSONNUMMER_SHAPED: {@code 070412-1234} (six digits, a dash, four) is how personnummer are
   * written, left to the personnummer detector; mobile numbers are not grouped so.
   */
  static boolean personnummerShaped(PhoneDigitGroups g, int k) {
    return k == 1 && g.digitCount[0] == 6 && g.digitCount[1] == 4 && g.sep[0] == '-' && isDate(g.buf, 0);
  }

  /** MIXED_DOTS: dots group a number only alone ({@code 070.123.45.67}); {@code 08.00-16.30} mixes them. */
  static boolean mixedDots(PhoneDigitGroups g, int k) {
    boolean dot = false;
    boolean other = false;
    for (int j = 0; j < k; j++) {
      if (g.sep[j] == '.') {
        dot = true;
      } else {
        other = true;
      }
    }
    return dot && other;
  }

  /** BARE_DATES: {@code 05032023} (day, month, year without separators). */
  static boolean bareDate(char[] d) {
    int day = twoDigits(d, 0);
    int month = twoDigits(d, 2);
    int century = twoDigits(d, 4);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (century == 19 || century == 20);
  }

  /** True when {@code d[from..from+6)} is a date YYMMDD (day + 60 allowed, as in a samordningsnummer). */
  static boolean isDate(char[] d, int from) {
    int month = twoDigits(d, from + 2);
    int day = twoDigits(d, from + 4);
    if (day > 60) {
      day -= 60;
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  static int twoDigits(char[] d, int i) {
    return (d[i] - '0') * 10 + (d[i + 1] - '0');
  }
}
