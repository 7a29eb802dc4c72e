package se.avid.detect.identity;

import se.avid.EntityType;
import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;
import se.avid.text.NumberEdges;
import se.avid.text.ScanText;

/**
 * A date of birth whose serial is not four digits: a reserve number's letters and digits
 * ({@code "850412-T123"}) or a serial the writer masked ({@code "850412-XXXX"}). Both follow a
 * run of six or eight digits that is a birth date and a {@code -} or {@code +}; {@link
 * PersonnummerDetector} weighs and reports them. Stateless.
 */
final class SerialForms {

  private SerialForms() {}

  /** A personnummer, or a samordningsnummer when 60 is added to the day of the date in {@code run}. */
  static EntityType typeOfDate(DigitRun run) {
    int from = run.count() == 8 ? 2 : 0;
    int day = run.digit(from + 4) * 10 + run.digit(from + 5);
    return day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
  }

  /**
   * Reserve numbers: a date, a separator, then one or two letters and digits to make four chars
   * ({@code "850412-T123"}, {@code "850412-TF12"}, {@code "19850412-R123"}); the end of the
   * serial, or -1.
   */
  static int reserveEnd(ScanText text, DigitRun run) {
    int i = serialAfterDate(text, run);
    if (i < 0) {
      return -1;
    }
    int letters = 0;
    int chars = 0;
    int end = -1;
    for (; i < text.length() && chars < 4; i++) {
      char c = text.charAt(i);
      if (text.isIgnorable(i)) {
        continue;
      }
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (letter && chars == letters && letters < 2) {
        letters++;
      } else if (!(c >= '0' && c <= '9')) {
        return -1;
      }
      chars++;
      end = i + 1;
    }
    if (chars < 4 || letters == 0 || !NumberEdges.endsCleanly(text, end)) {
      return -1;
    }
    return end;
  }

  /**
   * A date whose serial is masked ({@code "850412-XXXX"}, {@code "19850412-****"},
   * {@code "850412-xxx"}): the writer hid the last four, but the date of birth is left and, with
   * the dash of a personnummer after it, known as one; reported with the date and the mask as
   * a number whose check digit fails is.
   */
  static int maskedEnd(ScanText text, DigitRun run) {
    int i = serialAfterDate(text, run);
    if (i < 0) {
      return -1;
    }
    char mask = text.charAt(i);
    if (mask != 'X' && mask != 'x' && mask != '*' && mask != '#') {
      return -1;
    }
    int end = i;
    while (end < text.length() && end - i < 4 && text.charAt(end) == mask) {
      end++;
    }
    if (end - i < 3 || !NumberEdges.endsCleanly(text, end) || end < text.length() && text.charAt(end) == mask) {
      return -1;
    }
    return end;
  }

  /**
   * Where the serial begins after a run of six or eight digits without separators that is a
   * birth date ({@code YYMMDD}, or {@code YYYYMMDD} in its very year) and a {@code -} or
   * {@code +}: the first char after the sign, or -1 when the run is no such date.
   */
  private static int serialAfterDate(ScanText text, DigitRun run) {
    int n = run.count();
    if (run.separatorBefore(n) != DigitLinks.END) {
      return -1;
    }
    for (int k = 1; k < n; k++) {
      if (run.separatorBefore(k) != 0) {
        return -1;
      }
    }
    int from = n == 8 ? 2 : 0;
    if (n == 8 && !PersonnummerShapes.isFullDate(run)) {
      return -1;
    }
    if (!PersonnummerShapes.dateExists(run, from, false) && !PersonnummerShapes.dateExists(run, from, true)) {
      return -1;
    }
    int i = NumberEdges.nextVisible(text, run.endOf(n - 1));
    if (i < 0 || (text.charAt(i) != '-' && text.charAt(i) != '+') || i + 1 >= text.length()) {
      return -1;
    }
    return i + 1;
  }
}
