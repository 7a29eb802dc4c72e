package se.avid.detect.contact;

import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.QuoteMarks;
import se.avid.text.ScanText;

/**
 * The user names given by a verb of naming ({@code en kille som heter leo10}, {@code nån som heter
 * linnea.x.07}, {@code någon som kallar sig cloudking.upp}, in quotes too: {@code kallar sig
 * "nightwolf77"}): a word no person's name is written as. A part of {@link HandleDetector};
 * stateless.
 */
final class NamedHandles {

  private NamedHandles() {}

  /**
   * The length of "heter " or "kallar sig " (first letter in any case) at {@code h}, the verbs
   * that give the name one goes by; 0 for neither.
   */
  static int namingVerbLength(ScanText t, String s, int h) {
    char c = (char) (t.charAt(h) | 0x20);
    if (c == 'h') {
      return s.startsWith("eter ", h + 1) ? 6 : 0;
    }
    return c == 'k' && s.startsWith("allar sig ", h + 1) ? 11 : 0;
  }

  /**
   * {@code en kille som heter leo10}: after "heter" or "kallar sig", a word of letters with digits
   * glued after them is a user name, not a person's name, and so is one of letters, inner dots and
   * digits ({@code nån som heter linnea.x.07}) or of words joined by inner dots ({@code någon som
   * kallar sig cloudking.upp}): no person's name is written so.
   */
  static void report(ScanText t, int afterVerb, int[] found, int count, FindingSink sink) {
    // a name given in quotes is the same name: kallar sig "nightwolf77"
    int h = afterVerb < t.length() && QuoteMarks.isQuote(t.charAt(afterVerb)) ? afterVerb + 1 : afterVerb;
    if (h >= t.length()) {
      return;
    }
    int he = HandleShapes.handleEnd(t, h);
    if (he - h < 3 || he - h > HandleShapes.MAX_HANDLE || he < t.length() && (t.charAt(he) == '@' || t.charAt(he) == '#')) {
      return;
    }
    int letters = h;
    while (letters < he && ScanSupport.isLetter(t.charAt(letters))) {
      letters++;
    }
    boolean digitsGlued = letters > h && letters < he && ScanSupport.isAsciiDigit(t.charAt(letters));
    boolean dotted = letters > h && (hasDotAndDigit(t, h, he) || wordsJoinedByDot(t, h, he));
    if ((digitsGlued || dotted) && !HandleShapes.contains(found, count, h)) {
      ScanSupport.report(sink, t, h, he, EntityType.URL, HandleDetector.HANDLE);
    }
  }


  /**
   * {@code linnea.x.07}: an inner dot and a digit in one word; no person's name is written so,
   * and a decimal number or a time ({@code kl.14.30}) begins with no letters before its dot.
   */
  private static boolean hasDotAndDigit(ScanText t, int start, int end) {
    boolean dot = false;
    boolean digit = false;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      dot |= c == '.' && i > start && i < end - 1 && t.isWordChar(i + 1);
      digit |= ScanSupport.isAsciiDigit(c);
    }
    return dot && digit;
  }

  /** {@code cloudking.upp}: two letters or more on each side of an inner dot, with no space. */
  private static boolean wordsJoinedByDot(ScanText t, int start, int end) {
    for (int i = start + 2; i < end - 2; i++) {
      if (t.charAt(i) == '.' && ScanSupport.isLetter(t.charAt(i - 1)) && ScanSupport.isLetter(t.charAt(i - 2))
          && ScanSupport.isLetter(t.charAt(i + 1)) && ScanSupport.isLetter(t.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }
}
