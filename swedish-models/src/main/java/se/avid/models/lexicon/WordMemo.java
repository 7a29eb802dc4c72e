package se.avid.models.lexicon;

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

  /** The bits of a record's memo: the fields of all claims together must fit. */
  private static final int BITS = Integer.SIZE;
  private static int claimed;

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
   * loading (the fields of all claims share 32 bits of every record).
   *
   * @param answers how many answers the rule has, at least 1
   * @return the field
   * @throws IllegalArgumentException if {@code answers} is below 1
   * @throws IllegalStateException if the records have no room left for it
   */
  public static synchronized WordMemo claim(int answers) {
    if (answers < 1) {
      throw new IllegalArgumentException("a memo needs at least one answer: " + answers);
    }
    // the field holds the answer plus one, so that 0 means "not yet known"
    int bits = Integer.SIZE - Integer.numberOfLeadingZeros(answers);
    if (claimed + bits > BITS) {
      throw new IllegalStateException("no room left in the word records for another memo of " + bits + " bits");
    }
    WordMemo m = new WordMemo(claimed, (1 << bits) - 1, answers);
    claimed += bits;
    return m;
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
    int m = x.memo();
    x.keepMemo(m & ~(mask << shift) | (answer + 1) << shift);
    return answer;
  }
}
