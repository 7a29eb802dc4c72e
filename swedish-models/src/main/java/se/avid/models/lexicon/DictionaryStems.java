package se.avid.models.lexicon;

import java.nio.charset.StandardCharsets;

/**
 * Reads the stems of a Hunspell {@code .dic} file straight from its UTF-8 bytes, for
 * {@link HunspellWords}: each stem is decoded into one reused char buffer and handed on,
 * lowercased, as an ordinary word (a lowercase stem) or a proper noun (a capitalised one), and
 * the place names among the proper nouns ({@link PlaceStems}).
 *
 * <p>Why from the bytes: decoding the whole 2.3 MB dictionary into a {@code String} and copying
 * that into a {@code char[]} took 85–110 ms of a cold start before the first stem was read (two
 * copies of 4.7 MB, walked by code that the JIT has not compiled yet); the stems themselves are
 * a third of the file, and the flags after the {@code /}, which are ASCII but for {@code ¤}, need
 * no decoding at all.
 *
 * <p>Stateless; {@link #read} may run on any thread.
 */
final class DictionaryStems {

  /** Flag of sv_SE.aff: FORBIDDENWORD. */
  private static final byte FORBIDDEN = '%';
  /** Flag of sv_SE.aff: NEEDAFFIX, {@code ¤} (U+00A4), in UTF-8. */
  private static final byte NEED_AFFIX_LEAD = (byte) 0xC2;
  private static final byte NEED_AFFIX_TRAIL = (byte) 0xA4;
  /** Flag of sv_SE.aff given to place names (see {@link PlaceStems}). */
  private static final byte PLACE_FLAG = 'e';
  /** Flag of sv_SE.aff given to Swedish places and some surnames of their shape. */
  private static final byte PLACE_FLAG_GENITIVE_LESS = 'v';

  /** Receives the stems, lowercased; {@code chars} is reused for the next stem. */
  interface Visitor {
    /**
     * One stem.
     *
     * @param chars the stem, lowercase, at {@code chars[0, length)}
     * @param length its length in chars
     * @param proper true for a capitalised stem (a proper noun), false for a lowercase one
     */
    void stem(char[] chars, int length, boolean proper);

    /**
     * A capitalised stem, written capitalised then lowercase, whose flags hold {@code e} or
     * {@code v}: a place name, or a surname of place-name shape (see {@link PlaceStems}). Called
     * right after {@link #stem} of the same stem; by default ignored.
     *
     * @param chars the stem, lowercase, at {@code chars[0, length)}
     * @param length its length in chars
     * @param flaggedE true if the flags hold {@code e} (a place), false for {@code v} alone
     */
    default void placeStem(char[] chars, int length, boolean flaggedE) {}
  }

  private DictionaryStems() {}

  /**
   * Calls {@code visitor} with every stem of the dictionary {@code dic} (the whole file, its first
   * line the entry count) that the detectors use, in file order: not acronyms ("PNR", "ADHD": no
   * names, and too often lowercase words in posts), not a lowercase stem marked forbidden
   * ({@code bergström/%}: only the capitalised surname exists) or as needing an affix, not a line
   * that starts with no letter.
   *
   * @param dic the UTF-8 bytes of the dictionary
   * @param visitor receives the stems
   */
  static void read(byte[] dic, Visitor visitor) {
    char[] stem = new char[64];
    int i = 0;
    while (i < dic.length && dic[i] != '\n') {
      i++; // the first line holds the entry count
    }
    while (++i < dic.length) {
      int start = i;
      int slash = -1;
      while (i < dic.length && dic[i] != '\n') {
        if (dic[i] == '/' && slash < 0) {
          slash = i;
        }
        i++;
      }
      int end = slash < 0 ? i : slash;
      while (end > start && (dic[end - 1] == '\r' || dic[end - 1] == ' ')) {
        end--; // ASCII, so never the last byte of a longer char
      }
      if (end - start > stem.length) {
        stem = new char[end - start]; // never more chars than bytes
      }
      int len = decode(dic, start, end, stem);
      if (len == 0 || !Character.isLetter(stem[0])) {
        continue;
      }
      boolean capitalised = Character.isUpperCase(stem[0]);
      if (capitalised && len > 1 && Character.isUpperCase(stem[1])) {
        continue;
      }
      if (!capitalised && slash >= 0 && (has(dic, slash, i, FORBIDDEN) || hasNeedAffix(dic, slash, i))) {
        continue;
      }
      boolean placeShaped = capitalised && len >= 2 && Character.isLowerCase(stem[1]);
      if (capitalised) {
        for (int k = 0; k < len; k++) {
          stem[k] = Character.toLowerCase(stem[k]);
        }
      }
      visitor.stem(stem, len, capitalised);
      if (placeShaped && slash >= 0) {
        boolean e = has(dic, slash, i, PLACE_FLAG);
        if (e || has(dic, slash, i, PLACE_FLAG_GENITIVE_LESS)) {
          visitor.placeStem(stem, len, e);
        }
      }
    }
  }

  /**
   * Decodes the UTF-8 bytes {@code [from, to)} into {@code out} and returns the number of chars.
   * One- and two-byte chars (ASCII and Latin-1, all of Swedish) are decoded here; a stem with
   * any other byte sequence goes through the JDK's decoder, which also replaces malformed input,
   * so that every stem reads as it would from the decoded text.
   */
  static int decode(byte[] bytes, int from, int to, char[] out) {
    int n = 0;
    for (int k = from; k < to; k++) {
      int b = bytes[k];
      if (b >= 0) {
        out[n++] = (char) b;
      } else if (b >= (byte) 0xC2 && b <= (byte) 0xDF && k + 1 < to && (bytes[k + 1] & 0xC0) == 0x80) {
        out[n++] = (char) ((b & 0x1F) << 6 | bytes[++k] & 0x3F);
      } else {
        String s = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        s.getChars(0, s.length(), out, 0); // never longer than the bytes
        return s.length();
      }
    }
    return n;
  }

  private static boolean has(byte[] bytes, int from, int to, byte b) {
    for (int k = from; k < to; k++) {
      if (bytes[k] == b) {
        return true;
      }
    }
    return false;
  }

  /** The flags hold {@code ¤}: its two bytes in a row (the first never follows a lead byte). */
  private static boolean hasNeedAffix(byte[] bytes, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (bytes[k] == NEED_AFFIX_LEAD && bytes[k + 1] == NEED_AFFIX_TRAIL) {
        return true;
      }
    }
    return false;
  }
}
