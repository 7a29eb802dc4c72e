package se.avid.detect.identity;

import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;

/**
 * The layouts of the numbers {@link BankAccountDetector} reads, tested on a {@link DigitRun}'s
 * digits and the separators between them: clearing and account numbers, giro numbers, a Swish
 * number, and the amounts, dates and years that must not be taken for one. Stateless.
 */
final class AccountLayouts {

  /** A Swish number of a business: ten digits. */
  static final int SWISH_DIGITS = 10;
  /** An account number after its clearing number: seven to ten digits. */
  static final int MIN_ACCOUNT_PART = 7;
  static final int MAX_ACCOUNT_PART = 10;
  /** A clearing number: four digits, Swedbank's five. */
  static final int MIN_CLEARING_DIGITS = 4;
  /** The lowest clearing number in use: 1000–1099 is not given out, and below 1000 is no clearing number. */
  static final int LOWEST_CLEARING = 1100;
  /** Swedbank's clearing numbers 8000–8999 carry a fifth, check digit ({@code "8327-9"}). */
  static final int SWEDBANK_FIRST_DIGIT = 8;

  private AccountLayouts() {}

  /** A business's Swish number: ten digits beginning {@code 123}. */
  static boolean isSwishNumber(DigitRun run) {
    return run.count() == SWISH_DIGITS && run.value(0, 3) == 123;
  }

  /**
   * A clearing number and an account number as only a bank account is written: the clearing
   * number ({@link #clearingLength}) and after it, across a space, hyphen or comma, seven to ten
   * digits in groups.
   */
  static boolean isClearingAndAccount(DigitRun run, DigitRun rest) {
    int c = clearingLength(run);
    if (c == 0) {
      return false;
    }
    if (rest != null) {
      return rest.count() >= MIN_ACCOUNT_PART && rest.count() <= MAX_ACCOUNT_PART;
    }
    int account = run.count() - c;
    int joint = run.separatorBefore(c);
    // a four-digit clearing number needs its hyphen ("6152-123…", "6152 - 123…", "6152-⏎123…"):
    // "1998 1234567" is two numbers
    return account >= MIN_ACCOUNT_PART && account <= MAX_ACCOUNT_PART && isAccountPart(run, c, run.count())
        && (c == MIN_CLEARING_DIGITS ? (joint & DigitLinks.DASH) != 0 : joint != DigitLinks.PUNCT);
  }

  /**
   * How many digits the clearing number at the start of {@code run} has: 4 for {@code NNNN}
   * (1100–9999) followed by a hyphen, the end or a space, 5 for Swedbank's {@code 8NNN-N}; 0 when it begins with none.
   */
  static int clearingLength(DigitRun run) {
    int n = run.count();
    if (n < MIN_CLEARING_DIGITS || run.value(0, MIN_CLEARING_DIGITS) < LOWEST_CLEARING) {
      return 0;
    }
    for (int k = 1; k < MIN_CLEARING_DIGITS; k++) {
      if (run.separatorBefore(k) != 0) {
        return 0;
      }
    }
    int after = run.separatorBefore(MIN_CLEARING_DIGITS);
    // the check digit after a hyphen, or a tight comma or dot ("8327,9"); then the account apart
    if (run.digit(0) == SWEDBANK_FIRST_DIGIT && (after == DigitLinks.DASH || after == DigitLinks.PUNCT)
        && n > MIN_CLEARING_DIGITS && isGroupSeparator(run.separatorBefore(MIN_CLEARING_DIGITS + 1))) {
      return MIN_CLEARING_DIGITS + 1;
    }
    return isGroupSeparator(after) ? MIN_CLEARING_DIGITS : 0;
  }

  /** A separator between two groups of an account, or the end of the run: anything but none and {@code +}. */
  static boolean isGroupSeparator(int separator) {
    return separator == DigitLinks.END || separator != 0 && (separator & DigitLinks.PLUS) == 0;
  }

  /** Digits {@code from} to {@code to} of {@code run} in groups: spaces between them, a hyphen only before the last. */
  static boolean isAccountPart(DigitRun run, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && s != DigitLinks.SPACE && !(s == DigitLinks.DASH && k == to - 1)) {
        return false;
      }
    }
    return true;
  }

  /** {@code "2 000 000"}, {@code "2.000.000"}: groups of three after a first group of one to three, as amounts are written. */
  static boolean isThousandsGrouped(DigitRun run) {
    int n = run.count();
    int groups = 0;
    for (int k = n - 1, size = 1; k >= 0; k--, size++) {
      int s = run.separatorBefore(k);
      if (k > 0 && s != 0) {
        if (s != DigitLinks.SPACE && s != DigitLinks.PUNCT || size != 3) {
          return false;
        }
        size = 0;
        groups++;
      } else if (k == 0 && size > 3) {
        return false;
      }
    }
    return groups > 0;
  }

  /**
   * Any separator people type between the groups of an account ({@code " "}, {@code "-"},
   * {@code " - "}, {@code "."}, a tight {@code ","}, a line break): all but {@code +}, which joins
   * the parts of a phone number or a personnummer.
   */
  static boolean hasAccountSeparators(DigitRun run) {
    for (int k = 1; k < run.count(); k++) {
      if ((run.separatorBefore(k) & DigitLinks.PLUS) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code "2021-03-04"}, {@code "04.03.2021"}, {@code "21-03-04"}: a date that exists, its
   * groups split by the same separator, is a date however near the word "kontot" it stands; so
   * is a span of years ({@code "2019-2021"}).
   */
  static boolean isDate(DigitRun run) {
    int n = run.count();
    if (n != 6 && n != 8) {
      return false;
    }
    if (n == 8 && isYear(run, 0) && isYear(run, 4) && (run.separatorBefore(4) & DigitLinks.DASH) != 0) {
      return true; // "2019-2021", "2019 – 2021": years from, to
    }
    int first = n == 8 && run.separatorBefore(2) == 0 ? 4 : 2;
    int second = first + 2;
    int s = run.separatorBefore(first);
    for (int k = 1; k < n; k++) {
      int expected = k == first || k == second ? s : 0;
      if (run.separatorBefore(k) != expected) {
        return false;
      }
    }
    if (s == 0 || s == DigitLinks.SPACE) {
      return false;
    }
    if (first == 4) {
      return CalendarDate.exists((int) run.value(0, 4), (int) run.value(4, 6), (int) run.value(6, 8));
    }
    if (n == 8) {
      return CalendarDate.exists((int) run.value(4, 8), (int) run.value(2, 4), (int) run.value(0, 2));
    }
    return CalendarDate.existsInEither(19, (int) run.value(0, 2), (int) run.value(2, 4), (int) run.value(4, 6))
        || CalendarDate.existsInEither(19, (int) run.value(4, 6), (int) run.value(2, 4), (int) run.value(0, 2));
  }

  /**
   * Swedbank's five-digit clearing number {@code NNNN-N} ({@code "8327-9"}): short, but its
   * hyphen before the last digit sets it apart from an amount after {@code "kontot"}.
   */
  static boolean isClearingWithCheckDigit(DigitRun run) {
    return run.count() == 5 && run.separatorBefore(4) == DigitLinks.DASH && run.separatorBefore(1) == 0
        && run.separatorBefore(2) == 0 && run.separatorBefore(3) == 0;
  }

  /** Four digits from {@code from} without separators, 1900–2099. */
  static boolean isYear(DigitRun run, int from) {
    for (int k = from + 1; k < from + 4; k++) {
      if (run.separatorBefore(k) != 0) {
        return false;
      }
    }
    long year = run.value(from, from + 4);
    return year >= 1900 && year <= 2099;
  }

  /** True when some separator of {@code run} includes {@code separator}. */
  static boolean hasSeparator(DigitRun run, int separator) {
    for (int k = 1; k < run.count(); k++) {
      if ((run.separatorBefore(k) & separator) != 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code NNN-NNNN} or {@code NNNN-NNNN}, the hyphen optional or a space instead ({@code "5050 1055"}). */
  static boolean isBankgiroShape(DigitRun run) {
    int n = run.count();
    if (n != 7 && n != 8) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && !(k == n - 4 && isGroupSeparator(s))) {
        return false;
      }
    }
    return true;
  }

  /** Two to eight digits, a hyphen before the last one or none, spaces between pairs allowed ({@code "12 34 56-6"}). */
  static boolean isPlusgiroShape(DigitRun run) {
    int n = run.count();
    if (n > 8) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      int s = run.separatorBefore(k);
      if (s == DigitLinks.DASH && k != n - 1) {
        return false;
      }
    }
    return true;
  }
}
