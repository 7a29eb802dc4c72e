package se.avid.detect.identity;

import se.avid.text.DigitRun;

/**
 * The issuer identification number (IIN) prefixes and lengths of the card schemes seen in
 * Sweden, used to tell card numbers from other long Luhn-valid numbers. Each constant lists
 * prefix ranges of one width: {@code VISA} is prefix {@code 4}, lengths 13, 16 and 19.
 * Immutable and thread-safe.
 */
enum CardScheme {
  VISA(1, new int[] {4, 4}, 13, 16, 19),
  MASTERCARD(4, new int[] {5100, 5599, 2221, 2720}, 16),
  AMERICAN_EXPRESS(2, new int[] {34, 34, 37, 37}, 15),
  DINERS_CLUB(2, new int[] {30, 30, 36, 36, 38, 39}, 14, 15, 16, 17, 18, 19),
  DISCOVER(4, new int[] {6011, 6011, 6440, 6599}, 16, 17, 18, 19),
  JCB(4, new int[] {3528, 3589}, 16, 17, 18, 19),
  UNIONPAY(2, new int[] {62, 62}, 16, 17, 18, 19),
  MIR(4, new int[] {2200, 2204}, 16, 17, 18, 19),
  /** Maestro and its debit relatives: prefixes 50 and 56–69, 13 to 19 digits. */
  MAESTRO(2, new int[] {50, 50, 56, 69}, 13, 14, 15, 16, 17, 18, 19);

  private static final CardScheme[] ALL = values();

  private final int prefixDigits;
  private final int[] ranges;
  private final int lengths;

  CardScheme(int prefixDigits, int[] ranges, int... lengths) {
    this.prefixDigits = prefixDigits;
    this.ranges = ranges;
    int mask = 0;
    for (int length : lengths) {
      mask |= 1 << length;
    }
    this.lengths = mask;
  }

  /** True when the first {@code length} digits of {@code run} have the prefix and length of some scheme. */
  static boolean accepts(DigitRun run, int length) {
    for (CardScheme scheme : ALL) {
      if (scheme.matches(run, length)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(DigitRun run, int length) {
    if ((lengths & (1 << length)) == 0) {
      return false;
    }
    int prefix = (int) run.value(0, prefixDigits);
    for (int r = 0; r < ranges.length; r += 2) {
      if (prefix >= ranges[r] && prefix <= ranges[r + 1]) {
        return true;
      }
    }
    return false;
  }
}
