package se.avid.models.lexicon;

/**
 * A hashed index of a constant array of lowercase words, for {@link Tokens#isAnyOf} and
 * {@link Words#isAnyOf}: the rules ask whether a word is one of a few dozen ("området",
 * "stadsdelen", … before a place) of nearly every word of every text, and a loop over the array
 * compares every entry's length and first letter; the index finds the one entry that can match
 * from the word's length and its first and last letters.
 *
 * <p>Indexes are kept per array, found by the array's identity in a small table: the arrays the
 * rules pass are {@code static final} constants, so each is indexed once. An array must not be
 * changed once it has been asked about (a changed constant would keep its old index). A table
 * whose slots for an array are taken keeps no index for it: that array is then scanned as before,
 * so that arrays made anew for each call (varargs) cost no index each and never push out the
 * constants. Thread-safe without locks: an index is immutable and published whole by a plain
 * array write (final fields); a thread that misses another's write builds the same index again.
 */
final class WordChoices {

  /** Arrays of fewer words are scanned: the index would save less than its look-up costs. */
  static final int MIN_INDEXED = 6;

  /** Slots of the table of indexes, a few per hot array of the rules. */
  private static final int SLOTS = 1 << 10;
  /** Slots probed for an array, from its identity hash on. */
  private static final int PROBES = 4;
  private static final WordChoices[] KEPT = new WordChoices[SLOTS];

  /** The indexed array, by identity. */
  private final String[] of;
  /** The words, as chars, by position in the hash table; null for an empty position. */
  private final char[][] table;
  private final int mask;

  private WordChoices(String[] words) {
    this.of = words;
    int size = Integer.highestOneBit(Math.max(words.length, 1) * 4 - 1) << 1;
    this.table = new char[size][];
    this.mask = size - 1;
    for (String w : words) {
      if (w.isEmpty()) {
        continue; // no token is empty
      }
      char[] chars = w.toCharArray();
      int i = hash(chars.length, chars[0], chars[chars.length - 1]) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = chars;
    }
  }

  /**
   * The index of {@code words}, or null when the table has no room for it (then scan the array).
   *
   * @param words a constant array of lowercase words, at least {@value #MIN_INDEXED}
   */
  static WordChoices of(String[] words) {
    int h = System.identityHashCode(words);
    int free = -1;
    for (int p = 0; p < PROBES; p++) {
      int slot = (h + p) & (SLOTS - 1);
      WordChoices kept = KEPT[slot];
      if (kept == null) {
        if (free < 0) {
          free = slot;
        }
      } else if (kept.of == words) {
        return kept;
      }
    }
    if (free < 0) {
      return null;
    }
    WordChoices made = new WordChoices(words);
    KEPT[free] = made;
    return made;
  }

  /** Whether {@code chars[from, from+length)} is one of the words; {@code length} at least 1. */
  boolean contains(char[] chars, int from, int length) {
    int i = hash(length, chars[from], chars[from + length - 1]) & mask;
    for (char[] w; (w = table[i]) != null; i = (i + 1) & mask) {
      if (w.length == length && same(w, chars, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(char[] w, char[] chars, int from) {
    for (int k = 0; k < w.length; k++) {
      if (w[k] != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(int length, char first, char last) {
    int h = (length * 31 + first) * 31 + last;
    return h * 0x9E3779B9 >>> 16 ^ h;
  }
}
