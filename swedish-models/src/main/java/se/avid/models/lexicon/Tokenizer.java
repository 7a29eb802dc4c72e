package se.avid.models.lexicon;

import static se.avid.models.lexicon.Tokens.ALL_CAPS;
import static se.avid.models.lexicon.Tokens.CAPITALISED;
import static se.avid.models.lexicon.Tokens.LINE_START;
import static se.avid.models.lexicon.Tokens.NUMBER;
import static se.avid.models.lexicon.Tokens.PUNCT;
import static se.avid.models.lexicon.Tokens.SENTENCE_START;
import static se.avid.models.lexicon.Tokens.WORD;

import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * The one linear pass that splits a text into {@link Tokens}: words, numbers and punctuation, with
 * their shape bits, each word lowercased in place. Kept apart from the read-only view the
 * detectors share, so that the hot loop and the Latin-1 tables it reads instead of the JDK's char
 * properties stand together. Stateless.
 */
final class Tokenizer {

  private Tokenizer() {}

  /**
   * Splits {@code n} chars of {@code text} into tokens, appended to {@code into} in text order,
   * and leaves in {@code chars} the normalised text with each word lowercased in place.
   */
  static void scan(ScanText text, char[] chars, int n, Tokens into) {
    // one bulk copy of the normalised text, lowercased word by word in place below; reading a
    // local array is faster than a call per char
    text.copyNormalized(0, n, chars, 0);
    boolean sentenceStart = true;
    boolean lineStart = true;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c == ' ') { // the most frequent char between tokens
        i++;
      } else if (isLetter(c)) {
        int s = i;
        boolean upper = c < 0x100 ? (LATIN1[c] & UPPER) != 0 : Character.isUpperCase(c);
        boolean anyLower = false;
        while (i < n) {
          char d = chars[i];
          if (d >= 'a' && d <= 'z') { // the common cases first: no table lookups
            anyLower = true;
            i++;
          } else if (d >= 'A' && d <= 'Z') {
            chars[i] = (char) (d + ('a' - 'A'));
            i++;
          } else if (d >= 0x80 && d < 0x100 && (LATIN1[d] & LETTER) != 0) { // "å", "ä", "ö", "é": a table
            anyLower |= (LATIN1[d] & LOWER) != 0;
            chars[i] = LATIN1_LOWER[d];
            i++;
          } else if (d >= 0x100 && Character.isLetter(d)) {
            anyLower |= Character.isLowerCase(d);
            chars[i] = Character.toLowerCase(d);
            i++;
          } else if ((d == '-' || d == '\'' || d == '’') && i + 1 < n && isLetter(chars[i + 1])) {
            chars[i] = d == '’' ? '\'' : d;
            i++;
          } else if (d == TextNormalizer.IGNORABLE && i + 1 < n && isLetter(chars[i + 1]) && i > s) {
            i++; // a zero-width char inside a word must not split a name in two
          } else {
            break;
          }
        }
        int sh = (upper ? CAPITALISED : 0) | (sentenceStart ? SENTENCE_START : 0) | (lineStart ? LINE_START : 0);
        if (!anyLower && i - s >= 2) {
          sh |= ALL_CAPS;
        }
        into.add(s, i, WORD, sh);
        sentenceStart = false;
        lineStart = false;
      } else if (c >= '0' && c <= '9') {
        int s = i;
        while (i < n && chars[i] >= '0' && chars[i] <= '9') {
          i++;
        }
        into.add(s, i, NUMBER, lineStart ? LINE_START : 0);
        sentenceStart = false;
        lineStart = false;
      } else if (c == '\n') {
        sentenceStart = true;
        lineStart = true;
        i++;
      } else if (c < 0x100 ? (LATIN1[c] & SPACE) != 0
          : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == TextNormalizer.IGNORABLE) {
        i++;
      } else {
        into.add(i, i + 1, PUNCT, lineStart ? LINE_START : 0);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
          sentenceStart = true;
        }
        lineStart = false;
        i++;
      }
    }
  }

  private static boolean isLetter(char c) {
    if (c < 0x100) {
      return (LATIN1[c] & LETTER) != 0;
    }
    return Character.isLetter(c);
  }

  /** Bits of {@link #LATIN1}. */
  private static final byte LETTER = 1;
  private static final byte LOWER = 2;
  private static final byte UPPER = 4;
  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
  private static final byte SPACE = 8;
  /**
   * {@link Character#isLetter}, {@link Character#isLowerCase} and {@link Character#isUpperCase}
   * of the chars below 256, where the letters of Swedish text lie ("å", "ä", "ö", "é"): a table
   * read instead of the JDK's property lookups, which cost more than the rest of the scan of
   * such a word.
   */
  private static final byte[] LATIN1 = new byte[256];
  /** {@link Character#toLowerCase} of the chars below 256. */
  private static final char[] LATIN1_LOWER = new char[256];

  static {
    for (char c = 0; c < 256; c++) {
      LATIN1[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
          | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0));
      LATIN1_LOWER[c] = Character.toLowerCase(c);
    }
  }
}
