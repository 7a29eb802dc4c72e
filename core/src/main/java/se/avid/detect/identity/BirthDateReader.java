package se.avid.detect.identity;

import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;
import se.avid.text.NumberEdges;
import se.avid.text.ScanText;

/**
 * Reads one date after a cue of {@link DateOfBirthDetector}: the fillers between them, then a date
 * in digits, with a month's name, or a year alone. Made only when a cue is found; not thread-safe.
 */
final class BirthDateReader {

  /** Words that may stand between cue and date: {@code "född den 12 mars"}, {@code "föddes hon 1985"}. */
  private static final String[] FILLERS = {"den", "i", "år", "på", "är", "var", "jag", "han", "hon", "hen", "du", "vi"};
  private static final String[][] MONTHS = {
    {"januari", "jan"}, {"februari", "feb"}, {"mars", "mar"}, {"april", "apr"}, {"maj"}, {"juni", "jun"},
    {"juli", "jul"}, {"augusti", "aug"}, {"september", "sept", "sep"}, {"oktober", "okt"},
    {"november", "nov"}, {"december", "dec"}
  };
  private static final int MAX_FILLERS = 2;
  private static final int FIRST_YEAR = 1880;
  /** The most digits of a date written in digits ({@code 19850312}). */
  private static final int MAX_DATE_DIGITS = 8;
  /** {@code numericDate}: the digits have no form of a date in digits only. */
  private static final int NOT_NUMERIC = -2;
  private static final int LAST_YEAR = 2099;

  private final ScanText text;
  /** Whether the last date read had day, month and year. */
  boolean full;
  /** Set by {@link #readDate} when only a year was read. */
  boolean yearOnly;
  private int value;
  private int digits;

  BirthDateReader(ScanText text) {
    this.text = text;
  }

  private boolean has(int i) {
    return i >= 0 && i < text.length();
  }

  private char at(int i) {
    return has(i) ? text.charAt(i) : '\0';
  }

  /** Skips spaces, a colon, a comma and up to two filler words; the index of what follows, or -1. */
  int skipFillers(int i) {
    int fillers = 0;
    int lineBreaks = 0;
    while (true) {
      while (has(i)) {
        int br = at(i) == '<' ? DigitLinks.lineBreakTagEnd(text, i) : -1;
        if (at(i) == ' ' || at(i) == ':' || at(i) == ',' || text.isIgnorable(i)) {
          i++;
        } else if ((at(i) == '\n' || br > 0) && ++lineBreaks <= 2) {
          i = br > 0 ? br : i + 1; // "f.\n2010-05-03": the date on the next line, or after a <br>
        } else {
          break;
        }
      }
      if (!has(i) || !Character.isLetter(at(i)) || fillers == MAX_FILLERS) {
        return has(i) ? i : -1;
      }
      int e = DateOfBirthDetector.wordEnd(text, i);
      boolean filler = false;
      for (String f : FILLERS) {
        filler |= DateOfBirthDetector.regionIs(text, i, e, f);
      }
      if (!filler) {
        return i;
      }
      fillers++;
      i = e;
    }
  }

  /** Reads digits at {@code i} into {@link #value}/{@link #digits} (at most 8); the index after them. */
  private int number(int i) {
    value = 0;
    digits = 0;
    while (has(i) && text.isDigit(i) && digits <= 8) {
      value = value * 10 + (at(i) - '0');
      digits++;
      i++;
    }
    return i;
  }

  /** True when nothing word-like is glued to the end of the date. */
  private boolean boundary(int end) {
    int q = NumberEdges.nextVisible(text, end);
    return q < 0 || !text.isWordChar(q);
  }

  /** The end of the date at {@code i}, or -1. */
  int readDate(int i) {
    full = false;
    yearOnly = false;
    char c = at(i);
    if (c == '-' || c == '\'' || c == '\u2019') {
      int e = number(i + 1);
      yearOnly = true;
      return digits == 2 && boundary(e) ? e : -1;
    }
    if (Character.isLetter(c)) {
      return monthAndYear(i, 0);
    }
    if (!NumberEdges.isDigitAt(text, i)) {
      return -1;
    }
    int numeric = numericDate(i);
    if (numeric != NOT_NUMERIC) {
      return numeric;
    }
    int e = number(i);
    int n = digits;
    int v = value;
    if (n == 8) {
      full = true;
      return CalendarDate.exists(v / 10000, v / 100 % 100, v % 100) && isYear(v / 10000) && boundary(e) ? e : -1;
    }
    if (n == 6) {
      full = true;
      return CalendarDate.existsInEither(19, v / 10000, v / 100 % 100, v % 100)
          && boundary(e) ? e : -1;
    }
    if (n == 4) {
      if (!isYear(v)) {
        return -1;
      }
      int end = isoDate(v, e);
      yearOnly = !full;
      return end;
    }
    if (n == 2 && at(e) == '-') {
      return shortIsoDate(v, e);
    }
    if (n <= 2 && (at(e) == '/' || at(e) == '.')) {
      return dayAndNumericMonth(v, e);
    }
    if (n <= 2 && v >= 1 && v <= 31) {
      return dayAndMonthName(v, e);
    }
    return -1;
  }

  /**
   * A date written in digits only, read as every number detector reads digits ({@link
   * DigitRun}: across zero-width chars, with what separates the groups): {@code 19850312},
   * {@code 850312}, {@code 1985}, year-month-day in groups of 4-2-2 or 2-2-2 with one kind of
   * separator ({@code 1985-03-12}, {@code 1985.03.12}, {@code 1985 03 12}, {@code 85-03-12}),
   * day and month with {@code /} or {@code .} and a year after any separator ({@code 12/3},
   * {@code 12.03.1985}, {@code 12/3 1985}). The end, -1 when the groups have such a form but
   * are no date, or {@link #NOT_NUMERIC} for other groupings, which the readers for dates with
   * a month name or a number that goes on ({@code 850412-1234}) then try.
   */
  private int numericDate(int i) {
    DigitRun run = DigitRun.lent(text, DateOfBirthDetector.class).read(i, MAX_DATE_DIGITS + 1);
    int n = run.count();
    if (n > MAX_DATE_DIGITS) {
      return NOT_NUMERIC;
    }
    int[] lengths = new int[3];
    int[] values = new int[3];
    char[] separators = new char[3];
    int groups = 0;
    for (int k = 0; k < n; k++) {
      int s = run.separatorBefore(k);
      if (k > 0 && s != 0) {
        if (groups == 3 || (s != DigitLinks.SPACE && s != DigitLinks.DASH && s != DigitLinks.PUNCT)) {
          return NOT_NUMERIC; // a fourth group, a line break, a wide separator: not a date of ours
        }
        char c = at(NumberEdges.nextVisible(text, run.endOf(k - 1)));
        if (s == DigitLinks.PUNCT && c != '/' && c != '.') {
          return NOT_NUMERIC; // "12,5", "08:30"
        }
        separators[groups] = c;
        groups++;
      } else if (k == 0) {
        groups = 1;
      }
      lengths[groups - 1]++;
      values[groups - 1] = values[groups - 1] * 10 + run.digit(k);
    }
    int end = run.endOf(n - 1);
    if (!boundary(end)) {
      return NOT_NUMERIC;
    }
    int a = values[0];
    if (groups == 1) {
      if (lengths[0] == 8) {
        full = true;
        return CalendarDate.exists(a / 10000, a / 100 % 100, a % 100) && isYear(a / 10000) ? end : -1;
      }
      if (lengths[0] == 6) {
        full = true;
        return CalendarDate.existsInEither(19, a / 10000, a / 100 % 100, a % 100) ? end : -1;
      }
      if (lengths[0] == 4) {
        yearOnly = true;
        return isYear(a) ? end : -1;
      }
      return NOT_NUMERIC; // "12 mars", "12:e mars": a day before a month name
    }
    boolean dayMonth = lengths[0] <= 2 && lengths[1] <= 2 && (separators[1] == '/' || separators[1] == '.');
    if (groups == 3 && separators[1] == separators[2] && !dayMonth) {
      if (lengths[0] == 4 && lengths[1] == 2 && lengths[2] == 2) {
        full = CalendarDate.exists(a, values[1], values[2]) && isYear(a);
        return full ? end : -1;
      }
      if (lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 2) {
        full = CalendarDate.existsInEither(19, a, values[1], values[2]);
        return full ? end : -1;
      }
    }
    if (dayMonth && CalendarDate.exists(2000, values[1], a)) {
      if (groups == 2) {
        return end; // "12/3": day and month
      }
      int y = values[2];
      if (lengths[2] == 4 && isYear(y) || lengths[2] == 2) {
        full = CalendarDate.existsInEither(lengths[2] == 4 ? y / 100 : 19, y % 100, values[1], a);
        return full ? end : -1;
      }
    }
    return NOT_NUMERIC;
  }

  private static boolean isYear(int y) {
    return y >= FIRST_YEAR && y <= LAST_YEAR;
  }

  /** After a year at {@code e}: {@code -MM-DD} makes a full date, else the year alone. */
  private int isoDate(int year, int e) {
    if (at(e) == '-' && NumberEdges.isDigitAt(text, e + 1)) {
      int monthEnd = number(e + 1);
      int month = value;
      if (digits == 2 && at(monthEnd) == '-') {
        int dayEnd = number(monthEnd + 1);
        if (digits == 2 && CalendarDate.exists(year, month, value) && boundary(dayEnd)) {
          full = true;
          return dayEnd;
        }
      }
      return -1;
    }
    return boundary(e) ? e : -1;
  }

  /** {@code 85-03-12}. */
  private int shortIsoDate(int yy, int e) {
    int monthEnd = number(e + 1);
    int month = value;
    if (digits != 2 || at(monthEnd) != '-') {
      return -1;
    }
    int dayEnd = number(monthEnd + 1);
    if (digits == 2 && CalendarDate.existsInEither(19, yy, month, value) && boundary(dayEnd)) {
      full = true;
      return dayEnd;
    }
    return -1;
  }

  /** {@code 12/3}, {@code 12/3 1985}, {@code 12/3-85}, {@code 12.3.1985}, {@code 12/3/85}. */
  private int dayAndNumericMonth(int day, int e) {
    int monthEnd = number(e + 1);
    int month = value;
    if (digits < 1 || digits > 2 || !CalendarDate.exists(2000, month, day)) {
      return -1;
    }
    int yearEnd = year(monthEnd, true);
    if (yearEnd > 0 && CalendarDate.existsInEither(value >= 100 ? value / 100 : 19, value % 100, month, day)) {
      full = true;
      return yearEnd;
    }
    char after = at(monthEnd);
    if ((after == '/' || after == '.' || after == '-') && NumberEdges.isDigitAt(text, monthEnd + 1)) {
      return -1; // "12/3/7": not a date of any form we know
    }
    return boundary(monthEnd) ? monthEnd : -1;
  }

  /** {@code 12 mars}, {@code 12:e mars 1985}, {@code 1:a maj -85}. */
  private int dayAndMonthName(int day, int e) {
    int i = e;
    if (at(i) == ':' && (at(i + 1) == 'e' || at(i + 1) == 'a')) {
      i += 2;
    } else if ((at(i) == 'e' || at(i) == 'a') && !Character.isLetter(at(i + 1))) {
      i += 1;
    }
    if (at(i) != ' ') {
      return -1;
    }
    while (at(i) == ' ') {
      i++;
    }
    return monthAndYear(i, day);
  }

  /** A month name at {@code i}, then an optional year; {@code day} is 0 when none came before. */
  private int monthAndYear(int i, int day) {
    int e = DateOfBirthDetector.wordEnd(text, i);
    int month = 0;
    for (int m = 0; m < MONTHS.length && month == 0; m++) {
      for (String name : MONTHS[m]) {
        if (DateOfBirthDetector.regionIs(text, i, e, name)) {
          month = m + 1;
          break;
        }
      }
    }
    if (month == 0) {
      return -1;
    }
    int end = at(e) == '.' ? e + 1 : e;
    int yearEnd = year(end, false);
    if (yearEnd > 0) {
      int y = value >= 100 ? value / 100 : 19;
      if (day == 0 || CalendarDate.existsInEither(y, value % 100, month, day)) {
        full = day > 0;
        return yearEnd;
      }
      return -1;
    }
    if (day == 0 || !CalendarDate.exists(2000, month, day)) {
      // A month alone ("född i mars") says little; a month without day or year is not reported.
      return -1;
    }
    return boundary(e) ? e : -1;
  }

  /**
   * A year after a day and month at {@code i}: {@code " 1985"}, {@code " 85"}, {@code "-85"},
   * {@code " -85"}, {@code " '85"}, and with {@code afterNumber} also {@code "/1985"},
   * {@code ".85"}. Leaves the year in {@link #value} (two or four digits); returns its end or -1.
   */
  private int year(int i, boolean afterNumber) {
    int j = i;
    if (afterNumber && (at(j) == '/' || at(j) == '.')) {
      j++;
    } else {
      while (at(j) == ' ') {
        j++;
      }
      if (at(j) == '-' || at(j) == '\'' || at(j) == '\u2019') {
        j++;
      } else if (j == i) {
        return -1;
      }
    }
    int e = number(j);
    if (!((digits == 4 && isYear(value)) || digits == 2) || !boundary(e)) {
      return -1;
    }
    return e;
  }
}
