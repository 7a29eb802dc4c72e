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
    return TextNormalizer.foldWords(TextNormalizer.normalize(value));
  }

  /** True when {@code c} is part of a word (letter or digit), as {@link se.avid.text.ScanText#isWordChar} decides. */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }
}
