package se.avid.models.lexicon;

import java.util.Arrays;

/**
 * A small answer that a rule derives from a word alone (never from its neighbours or its text),
 * kept in the word's {@link Lexeme} so that it is found once per word and not at every occurrence
 * of it: a field of a few bits of the record, claimed once by the rule when its class loads.
 * Claiming gives every rule its own bits, so that rules of different detectors can keep answers
 * in the same records without agreeing on a layout.
 *
 * <pre>{@code
 * private static final WordMemo READING = WordMemo.claim(4); // four answers, 0 to 3
 * int r = READING.get(x);
 * if (r < 0) {
 *   r = READING.keep(x, derive(word));
 * }
 * }</pre>
 *
 * <p>Thread-safe without locks, as {@link String#hashCode} caches its hash: the answer must be a
 * function of the word (and of the lexicon the record belongs to) alone, so that threads that
 * race keep the same answer; a write lost to another thread's costs only a second derivation.
 */
public final class WordMemo {

  /** The bits of a record's memo, shared by all claims; a claim beyond them keeps nothing. */
  private static final int BITS = Integer.SIZE;
  private static int claimed;
  /** The fields claimed by {@link #of}; copied on write, read without a lock. */
  private static volatile Keyed[] keyed = new Keyed[0];

  /** A field of {@link #of}: the test it keeps and the arguments it is kept for. */
  private record Keyed(String test, long a, long b, WordMemo memo) {}

  private final int shift;
  private final int mask;
  private final int answers;

  private WordMemo(int shift, int mask, int answers) {
    this.shift = shift;
    this.mask = mask;
    this.answers = answers;
  }

  /**
   * Claims a field for answers {@code 0} to {@code answers - 1}; once per rule, at class
   * loading (the fields of all claims share 32 bits of every record). When the records have no
   * room left, the field keeps nothing: the rule then finds its answer at each request, slower
   * but the same.
   *
   * @param answers how many answers the rule has, at least 1
   * @return the field
   * @throws IllegalArgumentException if {@code answers} is below 1
   */
  public static synchronized WordMemo claim(int answers) {
    if (answers < 1) {
      throw new IllegalArgumentException("a memo needs at least one answer: " + answers);
    }
    // the field holds the answer plus one, so that 0 means "not yet known"
    int bits = Integer.SIZE - Integer.numberOfLeadingZeros(answers);
    if (claimed + bits > BITS) {
      return new WordMemo(0, 0, answers); // no bits: get finds nothing kept, keep keeps nothing
    }
    WordMemo m = new WordMemo(claimed, (1 << bits) - 1, answers);
    claimed += bits;
    return m;
  }

  /**
   * The field of the answers of {@code test} asked with the word-independent arguments {@code a}
   * and {@code b} (category sets, say), claimed on the first request as {@link #claim} claims
   * one: for a test whose callers give it arguments besides the word, each set of which needs its
   * own answers. A few look-ups of a small array.
   *
   * @param test the test, a constant string (compared by identity: its name as a literal)
   * @param a the first argument
   * @param b the second argument, or 0
   * @param answers how many answers the test has, at least 1
   * @return the field
   */
  public static WordMemo of(String test, long a, long b, int answers) {
    for (Keyed k : keyed) {
      if (k.test == test && k.a == a && k.b == b) {
        return k.memo;
      }
    }
    return claimKeyed(test, a, b, answers);
  }

  private static synchronized WordMemo claimKeyed(String test, long a, long b, int answers) {
    Keyed[] now = keyed;
    for (Keyed k : now) {
      if (k.test == test && k.a == a && k.b == b) {
        return k.memo;
      }
    }
    Keyed[] more = Arrays.copyOf(now, now.length + 1);
    more[now.length] = new Keyed(test, a, b, claim(answers));
    keyed = more;
    return more[now.length].memo;
  }

  /**
   * Keeps the yes-or-no answer of a test of two answers ({@code claim(2)}; 1 for yes) in record {@code x}.
   *
   * @param x a word's record
   * @param answer the answer
   * @return {@code answer}
   */
  public boolean keep(Lexeme x, boolean answer) {
    keep(x, answer ? 1 : 0);
    return answer;
  }

  /**
   * The answer kept in record {@code x}.
   *
   * @param x a word's record
   * @return the answer, or -1 if none is kept yet
   */
  public int get(Lexeme x) {
    return (x.memo() >>> shift & mask) - 1;
  }

  /**
   * Keeps {@code answer} in record {@code x}, whose word it must be a function of.
   *
   * @param x a word's record
   * @param answer the answer, 0 to the claimed count minus one
   * @return {@code answer}
   * @throws IllegalArgumentException if the answer is out of the claimed range
   */
  public int keep(Lexeme x, int answer) {
    if (answer < 0 || answer >= answers) {
      throw new IllegalArgumentException("answer out of the memo's range: " + answer);
    }
    if (mask != 0) { // a field without bits keeps nothing
      int m = x.memo();
      x.keepMemo(m & ~(mask << shift) | (answer + 1) << shift);
    }
    return answer;
  }
}
