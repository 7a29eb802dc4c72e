package se.avid.rules;

import se.avid.text.TextNormalizer;

/**
 * The one normal form in which deny-list terms, allow-list terms and found values are compared:
 * {@linkplain TextNormalizer normalised} (dashes, odd spaces, fullwidth letters), lowercased, runs
 * of whitespace collapsed to one space, zero-width chars dropped, trimmed. Stateless and thread-safe.
 */
final class Terms {

  private Terms() {}

  static String normalize(CharSequence value) {
    return normalize(TextNormalizer.normalize(value), 0, value.length());
  }

  static String normalize(char[] chars, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c == TextNormalizer.IGNORABLE) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** True when {@code c} is part of a word (letter or digit), as {@link se.avid.text.ScanText#isWordChar} decides. */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }
}
