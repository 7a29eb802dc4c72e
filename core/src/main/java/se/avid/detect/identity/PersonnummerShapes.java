package se.avid.detect.identity;

import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;

/**
 * The layouts a personnummer is typed in, read from a run of digits and what separated them: ten
 * or twelve digits with a separator before the serial only (or one wrapped line), a date and a
 * serial grouped otherwise but not as a date and a clock time, a serial with a digit missing, a
 * date that exists in a plausible century, and a run that is as much a phone number. Stateless.
 */
final class PersonnummerShapes {

  private PersonnummerShapes() {}

  /**
   * {@code YYMMDD-NNNC}: any separator before the serial; elsewhere none, except one line break
   * where a long line was wrapped.
   */
  static boolean isTenDigitShape(DigitRun run) {
    int wraps = 0;
    for (int k = 1; k < 10; k++) {
      int s = run.separatorBefore(k);
      if (s == 0 || k == 6) {
        continue;
      }
      if ((s & DigitLinks.NEWLINE) == 0 || ++wraps > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * A date and a serial grouped otherwise ({@code 85 04 12-1234}, {@code 8504 12-12 34},
   * {@code 1985-04-12-1234}; or the serial split, {@link #isSerialSplit}): the date ends where a
   * group ends, so that {@code 15.01.2023 12:30} (a date and a time) is not read as
   * {@code 150120-2312}, and the serial is not a clock time after a space ({@code 2023-01-15 12:30}).
   *
   * @param serial the index of the serial's first digit
   */
  static boolean isScatteredShape(DigitRun run, int serial) {
    if (run.separatorBefore(serial) == 0) {
      return isSerialSplit(run, serial);
    }
    int before = run.separatorBefore(serial);
    boolean clockTime = (before & (DigitLinks.SPACE | DigitLinks.NEWLINE)) != 0
        && (before & (DigitLinks.DASH | DigitLinks.PUNCT)) == 0
        && (run.separatorBefore(serial + 2) & DigitLinks.PUNCT) != 0
        && run.separatorBefore(serial + 1) == 0 && run.separatorBefore(serial + 3) == 0
        && run.value(serial, serial + 2) <= 23 && run.value(serial + 2, serial + 4) <= 59;
    return !clockTime;
  }

  /**
   * {@code 85041212 34}, {@code 8504121 234}: the date written whole and glued to the first digits
   * of its serial, the rest of the serial apart (one separator), as a writer groups the last digits
   * or fixes a missed key. Not a number grouped inside its date ({@code 20-118245-22}, a case
   * number at the enforcement authority), which the date's own end would not split.
   *
   * @param serial the index of the serial's first digit
   */
  private static boolean isSerialSplit(DigitRun run, int serial) {
    int splits = 0;
    for (int k = 1; k < serial + SERIAL_DIGITS; k++) {
      if (run.separatorBefore(k) != 0 && (k <= serial || ++splits > 1)) {
        return false;
      }
    }
    return splits == 1;
  }

  /** The digits of the serial and check digit after the date. */
  private static final int SERIAL_DIGITS = 4;

  /**
   * {@code 850412-123}: a date, a separator and three digits, a personnummer with a digit left
   * out (or a typo), which still gives the date of birth and most of the serial.
   */
  static boolean isSerialDigitMissing(DigitRun run) {
    if (run.separatorBefore(6) == 0 || !run.canEndAfter(9)) {
      return false;
    }
    for (int k = 1; k < 9; k++) {
      if (k != 6 && run.separatorBefore(k) != 0) {
        return false;
      }
    }
    return dateExists(run, 0, false);
  }

  /** {@code YYYYMMDD-NNNC}, also {@code YY YYMMDD NNNC}: a space after the century, any separator before the serial. */
  static boolean isTwelveDigitShape(DigitRun run) {
    int wraps = 0;
    for (int k = 1; k < 12; k++) {
      int s = run.separatorBefore(k);
      if (s == 0 || k == 8 || (k == 2 && s == DigitLinks.SPACE)) {
        continue;
      }
      if ((s & DigitLinks.NEWLINE) == 0 || ++wraps > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the six digits from {@code from} form a date in a plausible century: 1900–2099, or
   * with {@code +} (aged 100 or more) 1800–1999. Day 61–91 is a samordningsnummer's day + 60.
   */
  static boolean dateExists(DigitRun run, int from, boolean hundredOrOlder) {
    int yy = run.digit(from) * 10 + run.digit(from + 1);
    int month = run.digit(from + 2) * 10 + run.digit(from + 3);
    int day = run.digit(from + 4) * 10 + run.digit(from + 5);
    if (day > 60) {
      day -= 60;
    }
    return CalendarDate.existsInEither(hundredOrOlder ? 18 : 19, yy, month, day);
  }

  /**
   * {@code YYYYMMDD}: a century of 18 to 20 and a day that exists in that very year (60 added to
   * a samordningsnummer's day).
   */
  static boolean isFullDate(DigitRun run) {
    int century = run.digit(0) * 10 + run.digit(1);
    int month = run.digit(4) * 10 + run.digit(5);
    int day = run.digit(6) * 10 + run.digit(7);
    return century >= 18 && century <= 20
        && CalendarDate.exists((int) run.value(0, 4), month, day > 60 ? day - 60 : day);
  }

  /**
   * A run like {@code "0701234567"} or {@code "070-123 45 67"} or {@code "0812345678"} is also a phone number
   * (trunk {@code 0}, then a non-zero area code); people born 2000–2009 have such numbers too, so
   * it is reported, but below a phone detector.
   */
  static boolean isPhoneLike(DigitRun run, int separator) {
    return (separator != DigitLinks.DASH && separator != DigitLinks.PLUS || !isTenDigitShape(run))
        && run.digit(0) == 0 && run.digit(1) != 0;
  }
}
