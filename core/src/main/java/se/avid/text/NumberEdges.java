package se.avid.text;

/**
 * Where a number begins and ends in a {@link ScanText}: the first digit of a digit sequence,
 * whether a number is glued to a word or to a longer number on either side, and the visible
 * chars next to it (zero-width chars are skipped as if absent). Static, allocation-free tests
 * that every number detector shares. Stateless and thread-safe.
 */
public final class NumberEdges {

  private NumberEdges() {}

  /**
   * Index of the first digit at or after {@code from} that begins a digit sequence (the char
   * before it, skipping zero-width chars, is not a digit), or -1. Allocates nothing.
   *
   * @param text the text
   * @param from where to start looking
   * @return the index of the digit, or -1
   */
  public static int nextStart(ScanText text, int from) {
    int n = text.length();
    for (int i = Math.max(from, 0); i < n; i++) {
      if (text.isDigit(i) && beginsNumber(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the digit at {@code i} is the first of its sequence: the char before it, skipping
   * zero-width chars, is no digit.
   *
   * @param text the text
   * @param i the index of a digit
   * @return whether a number begins there
   */
  public static boolean beginsNumber(ScanText text, int i) {
    return !isDigitAt(text, previousVisible(text, i - 1));
  }

  /**
   * True when a number may begin at {@code start}: it is not glued to a word
   * ({@code "ab850412"}) or to a longer number by tight punctuation ({@code "12-850412"},
   * {@code "1.850412"}, {@code "12/850412"}, {@code "08:850412"}).
   *
   * @param text the text
   * @param start the index of the number's first digit
   * @return whether nothing glues the number to what stands before it
   */
  public static boolean startsCleanly(ScanText text, int start) {
    int p = previousVisible(text, start - 1);
    if (p < 0) {
      return true;
    }
    if (text.isWordChar(p)) {
      return false;
    }
    return !(isTightPunctuation(text.charAt(p)) && isDigitAt(text, previousVisible(text, p - 1)));
  }

  /**
   * True when a number may end just before {@code end} (the index after its last char): no
   * letter or digit follows, nor tight punctuation followed by a digit ({@code "…1234,56"}).
   *
   * @param text the text
   * @param end the index after the number's last char
   * @return whether nothing glues the number to what follows it
   */
  public static boolean endsCleanly(ScanText text, int end) {
    int q = nextVisible(text, end);
    if (q < 0) {
      return true;
    }
    if (text.isWordChar(q)) {
      return false;
    }
    return !(isTightPunctuation(text.charAt(q)) && isDigitAt(text, nextVisible(text, q + 1)));
  }

  /**
   * True when a letter stands right before {@code start}: a number typed without a space after a
   * word ({@code "pnr850412-1230"}), which only a strong format should be accepted in.
   *
   * @param text the text
   * @param start the index of the number's first digit
   * @return whether a letter stands right before it
   */
  public static boolean followsLetter(ScanText text, int start) {
    int p = previousVisible(text, start - 1);
    return p >= 0 && Character.isLetter(text.charAt(p));
  }

  /**
   * The index of the last char at or before {@code i} that is not zero-width, or -1.
   *
   * @param text the text
   * @param i where to start looking back
   * @return the index, or -1
   */
  public static int previousVisible(ScanText text, int i) {
    while (i >= 0 && text.isIgnorable(i)) {
      i--;
    }
    return i;
  }

  /**
   * The index of the first char at or after {@code i} that is not zero-width, or -1.
   *
   * @param text the text
   * @param i where to start looking
   * @return the index, or -1
   */
  public static int nextVisible(ScanText text, int i) {
    int n = text.length();
    while (i < n && text.isIgnorable(i)) {
      i++;
    }
    return i < n ? i : -1;
  }

  /**
   * True when {@code i} is inside the text and a digit stands there.
   *
   * @param text the text
   * @param i any index, also -1 or past the end
   * @return whether a digit stands at {@code i}
   */
  public static boolean isDigitAt(ScanText text, int i) {
    return i >= 0 && i < text.length() && text.isDigit(i);
  }

  /**
   * True when a whole personnummer in its own layout ({@code 790223-5519}, {@code 19790223-5519})
   * ends right before {@code start}, across spaces or a comma: a number that begins there is a
   * second one ({@code "790223-5519 0383-12 45 70"}), not more digits of the first, and a cue
   * before the first is spent on it.
   *
   * @param text the text
   * @param start where the later number begins
   * @return whether a personnummer ends just before it
   */
  public static boolean afterPersonnummer(ScanText text, int start) {
    int i = start - 1;
    int gap = 0;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',') && gap < 3) {
      i--;
      gap++;
    }
    if (gap == 0) {
      return false;
    }
    int serial = 0;
    while (i >= 0 && text.isDigit(i) && serial < 5) {
      i--;
      serial++;
    }
    if (serial != 4 || i < 0 || text.charAt(i) != '-' && text.charAt(i) != '+') {
      return false;
    }
    int date = 0;
    i--;
    while (i >= 0 && text.isDigit(i) && date < 9) {
      i--;
      date++;
    }
    return (date == 6 || date == 8) && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)));
  }

  /** Punctuation that glues two numbers into one: {@code 1,5}, {@code 12.3}, {@code 08:30}, {@code 1/2}, {@code 12-34}. */
  private static boolean isTightPunctuation(char c) {
    return c == '-' || c == '+' || c == '.' || c == ',' || c == ':' || c == '/';
  }
}
