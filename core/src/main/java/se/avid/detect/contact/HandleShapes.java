package se.avid.detect.contact;

import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * The chars of a user name, as every scan for handles reads them ({@link HandleDetector},
 * {@link NamedHandles}, {@link DottedHandles}): where a handle ends, whether it is shaped as one
 * (a digit, an underscore, an inner dot, a capital inside), and the few steps over spaces, words
 * and symbols between a platform's word and its handle. Stateless.
 */
final class HandleShapes {

  /** The longest user name read: longer runs are other things (a link, a hash). */
  static final int MAX_HANDLE = 32;

  private HandleShapes() {}

  /**
   * The end of a run of emoji, arrows and other symbols at {@code i}, or {@code i} for none; their
   * joiners and variation selectors are the normaliser's zero-width char by then ("➡️").
   */
  static int symbolsEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 8) {
      char c = t.charAt(e);
      int type = Character.getType(c);
      if (!Character.isSurrogate(c) && type != Character.OTHER_SYMBOL && type != Character.MATH_SYMBOL
          && type != Character.NON_SPACING_MARK && c != TextNormalizer.IGNORABLE) {
        break;
      }
      e++;
    }
    return e;
  }


  /** Whether {@code [start, end)} holds an underscore, which the scan of underscores reports. */
  static boolean containsUnderscore(ScanText t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (t.charAt(i) == '_') {
        return true;
      }
    }
    return false;
  }


  /** Whether the first {@code count} of {@code values} hold {@code value}: a handle's start already reported. */
  static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }


  /** Whether {@code [start, end)} holds a letter. */
  static boolean hasLetter(ScanText t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (ScanSupport.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }


  /**
   * A digit, an {@code _}, a dot between letters or a capital after a small letter: {@code
   * kalle.k}, {@code lollo99}, {@code x_y}, {@code xXSlayerXx}, {@code DarkKnight}.
   */
  static boolean hasHandleShape(ScanText t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (ScanSupport.isAsciiDigit(c) || c == '_' || c == '.' && i > start && i < end - 1
          || i > start && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }


  /** The end of the handle chars from {@code i}; a trailing dot is the sentence's. */
  static int handleEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i <= MAX_HANDLE && isHandleChar(t.charAt(e))) {
      e++;
    }
    while (e > i && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
      e--;
    }
    return e;
  }


  /** A char a user name may hold: a letter, a digit, "_", "." or "-". */
  static boolean isHandleChar(char c) {
    return ScanSupport.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }


  /** The end of the letters from {@code i}, at most 16 read. */
  static int wordEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 16 && ScanSupport.isLetter(t.charAt(e))) {
      e++;
    }
    return e;
  }


  /** Past at most two spaces from {@code i}. */
  static int skipSpaces(ScanText t, int i) {
    int k = 0;
    while (i < t.length() && t.charAt(i) == ' ' && k < 2) {
      i++;
      k++;
    }
    return i;
  }
}
