package se.avid.models.places;

import se.avid.models.lexicon.Tokens;

/**
 * A constant list of lowercase words and a cheap first test of a token against it: the lengths
 * and the first letters of the words, each as the bits of a long. The place and institution rules
 * ask of nearly every token whether it, or the one before or after it, is one of a few words
 * ("på", "till", "från"; "området", "byn"); nearly every token has a length or a first letter that
 * no word of the list has, which one load of {@link Tokens#headOf} and two shifts tell, where
 * {@link Tokens#isAnyOf} is a call too large to be inlined that finds the list's index by its
 * identity. A token that passes the sieve is compared by {@link Tokens#isAnyOf}, so every answer
 * is that of {@link Tokens#isAnyOf} itself. Immutable and thread-safe.
 */
public final class WordSieve {

  /** The words, in lowercase: the constant array that {@link Tokens#isAnyOf} indexes by its identity. */
  private final String[] words;
  /** Bit {@code n % 64} for each word of {@code n} letters (a long shifts by its count modulo 64). */
  private final long lengths;
  /** Bit {@code c % 64} for each word's first letter {@code c}. */
  private final long firsts;

  private WordSieve(String[] words) {
    this.words = words;
    long l = 0;
    long f = 0;
    for (String w : words) {
      l |= 1L << w.length();
      f |= 1L << w.charAt(0);
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
    return mayBe(tokens.headOf(t)) && tokens.isAnyOf(t, words);
  }

  /**
   * Whether a word of this head (length above the first letter, {@link Tokens#headOf}) may be one
   * of the words. A number's head, 0, and a punctuation char's, whose length bits are 0x8000, ask
   * bit 0 of the lengths, which no word sets.
   */
  private boolean mayBe(int head) {
    return (lengths >>> (head >>> 16) & firsts >>> head & 1L) != 0;
  }
}
