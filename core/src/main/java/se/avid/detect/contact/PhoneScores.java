package se.avid.detect.contact;

/**
 * How sure {@link PhoneNumberDetector} is of a number it found: the score of each form, and the
 * score of a national number from its grouping and the cue before it. Apart from the matching, so
 * that the scores and the order they are weighed in are read and tuned in one place; the
 * grouping rules they ask are {@link PhoneShapes}'. Stateless.
 */
final class PhoneScores {

  /** Score of a number written in a clear phone form: a mobile number, an area code set apart, a country code. */
  static final double CLEAR = 0.9;
  /** Score of an international number. */
  static final double INTERNATIONAL = 0.95;
  /** Score of a number of another country ({@code +358 40 123 4567}). */
  static final double FOREIGN = 0.8;
  /** Score of a bare run of 10 digits starting with 0 (not 07): could be another number. */
  static final double BARE_TEN = 0.75;
  /** Score of a bare run of 8 or 9 digits starting with 0: many customer and case numbers look so. */
  static final double BARE_SHORT = 0.65;
  /**
   * Score of a bare 10-digit run whose first six digits are a date: it is also a personnummer
   * without separator, and the personnummer detector's label should win (both redact it).
   */
  static final double PERSONNUMMER_LIKE = 0.55;
  /** Subtracted when more digit groups follow the number, so that it may be the head of a longer number. */
  static final double TRAILING_GROUPS_PENALTY = 0.2;
  /**
   * Score of a number whose trunk 0 is typed as the letter {@code O} ({@code O70-123 45 67}): a
   * slip or an evasion, but the rest must have a whole national number's shape, which words and
   * brands ({@code O2}) do not: redacted, recall first, a little under a number typed right.
   */
  static final double LETTER_FOR_TRUNK = 0.6;
  /** Added when a cue word such as {@code ring} or {@code tel} comes before the number. */
  static final double CUE_BONUS = 0.05;

  private PhoneScores() {}

  /**
   * The score of the national number made of groups {@code 0..k}, or -1 when it is not one.
   *
   * @param cue 1 after a phone cue word, -1 after a cue for another kind of number, else 0
   */
  static double national(PhoneDigitGroups g, int k, int digits, int cue) {
    char[] d = g.buf;
    if (digits < 8 || digits > 10 || !PhoneNumberDetector.isDigitOneToNine(d[1])) {
      return -1;
    }
    boolean bare = k == 0;
    boolean mobile = d[1] == '7' && PhoneShapes.MOBILE_THIRD_DIGITS.indexOf(d[2]) >= 0;
    if (d[1] == '7' && digits != 10) {
      return -1; // every 07 number has ten digits
    }
    if (!bare && !PhoneShapes.areaCodeFirst(g, d, k)) {
      return -1;
    }
    if (PhoneShapes.dateShaped(g, k) || PhoneShapes.clockTimeShaped(g, k) || PhoneShapes.personnummerShaped(g, k) || PhoneShapes.mixedDots(g, k)) {
      return -1;
    }
    double score;
    if (mobile) {
      score = cue < 0 ? BARE_TEN : CLEAR;
    } else if (cue < 0) {
      return -1;
    } else if (!bare) {
      score = g.digitCount[0] <= 4 ? CLEAR : BARE_TEN;
    } else if (digits == 10) {
      score = PhoneShapes.isDate(d, 0) ? PERSONNUMMER_LIKE : BARE_TEN;
    } else if (digits == 8 && PhoneShapes.bareDate(d)) {
      return -1;
    } else {
      score = cue > 0 ? CLEAR : BARE_SHORT;
    }
    if (cue > 0) {
      score += CUE_BONUS;
    }
    return trailing(score, g, k);
  }

  /** Lowers the score when more digit groups follow group {@code k} than the number took. */
  static double trailing(double score, PhoneDigitGroups g, int k) {
    return k < g.count - 1 || g.overflow ? score - TRAILING_GROUPS_PENALTY : score;
  }
}
