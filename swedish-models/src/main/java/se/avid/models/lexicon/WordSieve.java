package se.avid.models.lexicon;

/**
 * A constant list of lowercase words and a cheap test of a token against it, with the answer of
 * {@link Tokens#isAnyOf}: the place and institution rules ask of nearly every token whether it, or
 * the one before or after it, is one of a few words ("på", "till", "från"; "området", "byn").
 * Nearly every token has a length or a first letter that no word of the list has, which one load
 * of {@link Tokens#headOf} and two shifts tell (the lengths and first letters of the words are the
 * bits of two longs); where {@link Tokens#isAnyOf} is a call too large to be inlined, that finds
 * the list's index by the array's identity first. The rest are looked up by that same head in a
 * small table of the words, and their chars compared. Immutable and thread-safe.
 */
public final class WordSieve {

  /** Per position of an open-addressing table: the {@link Tokens#headOf} of a word, 0 where none. */
  private final int[] heads;
  /** Per position: that word's chars. */
  private final char[][] words;
  private final int mask;
  /** Bit {@code n % 64} for each word of {@code n} letters (a long shifts by its count modulo 64). */
  private final long lengths;
  /** Bit {@code c % 64} for each word's first letter {@code c}. */
  private final long firsts;

  private WordSieve(String[] list) {
    int size = Integer.highestOneBit(Math.max(list.length, 1) * 4 - 1) << 1; // at most a quarter full
    this.heads = new int[size];
    this.words = new char[size][];
    this.mask = size - 1;
    long l = 0;
    long f = 0;
    for (String w : list) {
      if (w.isEmpty() || w.length() > Short.MAX_VALUE) {
        throw new IllegalArgumentException("a word of 1 to " + Short.MAX_VALUE + " letters: '" + w + "'");
      }
      l |= 1L << w.length();
      f |= 1L << w.charAt(0);
      int head = w.length() << 16 | w.charAt(0); // as Tokens#headOf
      int i = slot(head);
      while (heads[i] != 0 && !(heads[i] == head && w.equals(new String(words[i])))) {
        i = (i + 1) & mask;
      }
      heads[i] = head;
      words[i] = w.toCharArray();
    }
    this.lengths = l;
    this.firsts = f;
  }

  /**
   * The sieve of {@code words}, which must not change afterwards.
   *
   * @param words lowercase words, none empty
   * @return their sieve
   */
  public static WordSieve of(String... words) {
    return new WordSieve(words.clone());
  }

  /**
   * True if token {@code t} is a word that is one of the words, in any case: {@link
   * Tokens#isAnyOf} of them.
   *
   * @param tokens the tokens of a text
   * @param t the index of a token, or any int
   * @return whether it is one of the words
   */
  public boolean has(Tokens tokens, int t) {
    // kept small, so that it is inlined where it is asked: the test of nearly every token is the first
    int head = tokens.headOf(t);
    return mayBe(head) && isListed(tokens, t, head);
  }

  /**
   * Whether a word of this head (length above the first letter, {@link Tokens#headOf}) may be one
   * of the words. A number's head, 0, and a punctuation char's, whose length bits are 0x8000, ask
   * bit 0 of the lengths, which no word sets.
   */
  private boolean mayBe(int head) {
    return (lengths >>> (head >>> 16) & firsts >>> head & 1L) != 0;
  }

  /** Whether word {@code t}, of {@code head}, is one of the words: its length and first letter found, the rest compared. */
  private boolean isListed(Tokens tokens, int t, int head) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    for (int i = slot(head); heads[i] != 0; i = (i + 1) & mask) {
      if (heads[i] == head && sameRest(words[i], lower, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameRest(char[] word, char[] lower, int start) {
    for (int k = 1; k < word.length; k++) {
      if (word[k] != lower[start + k]) {
        return false;
      }
    }
    return true;
  }

  private int slot(int head) {
    return (head * 0x9E3779B9 >>> 16 ^ head) & mask;
  }
}
