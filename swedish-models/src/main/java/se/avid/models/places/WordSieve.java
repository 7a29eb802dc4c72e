package se.avid.models.places;

import se.avid.models.lexicon.Tokens;

/**
 * A constant list of lowercase words and a cheap first test of a token against it: the lengths,
 * first letters and last letters of the words, each as the bits of a long. The place and
 * institution rules ask of nearly every token whether it, or the one before or after it, is one
 * of a few words ("på", "till", "från"; "området", "byn"); nearly every token has a length or a
 * letter that no word of the list has, which three loads and shifts tell, where {@link
 * Tokens#isAnyOf} is a call too large to be inlined and compares through a hashed index. A
 * token that passes the sieve is compared by {@link Tokens#isAnyOf}, so the answer is that of
 * {@link Tokens#isAnyOf} itself. Immutable and thread-safe.
 */
public final class WordSieve {

  /** The words, in lowercase: the constant array that {@link Tokens#isAnyOf} indexes by its identity. */
  private final String[] words;
  /** Bit {@code n % 64} for each word of {@code n} letters. */
  private final long lengths;
  /** Bit {@code c % 64} for each word's first letter {@code c}. */
  private final long firsts;
  /** Bit {@code c % 64} for each word's last letter {@code c}. */
  private final long lasts;

  private WordSieve(String[] words) {
    this.words = words;
    long l = 0;
    long f = 0;
    long z = 0;
    for (String w : words) {
      // a long shifts by its count modulo 64: the bits of a Bloom filter, exact only below 64
      l |= 1L << w.length();
      f |= 1L << w.charAt(0);
      z |= 1L << w.charAt(w.length() - 1);
    }
    this.lengths = l;
    this.firsts = f;
    this.lasts = z;
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
    return tokens.isWord(t) && mayBe(tokens, t) && tokens.isAnyOf(t, words);
  }

  /** Whether word {@code t} has a length, a first and a last letter of the words: nearly every other is told here. */
  private boolean mayBe(Tokens tokens, int t) {
    int start = tokens.start(t);
    int end = tokens.end(t);
    char[] lower = tokens.lower();
    return (lengths >>> (end - start) & 1) != 0 && (firsts >>> lower[start] & 1) != 0 && (lasts >>> lower[end - 1] & 1) != 0;
  }
}
