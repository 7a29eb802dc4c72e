package se.avid.text;

import java.util.Arrays;

/**
 * Where in a text the structured detectors may find something, found in one pass and shared by
 * every detector of one call: the start of each run of digits, each of the marks that links,
 * addresses, numbers and user names hang on (<code>@ . : + ( [ &#123; _</code>), the start of each word, and
 * apart the start of each word that begins with one of the {@linkplain #CUE_INITIALS initials}
 * of the word cues that detectors look for.
 *
 * <p>For {@code "ring 070-123, anna@x.se"} the digit runs start at 5 and 9, the marks are the
 * {@code @} at 18 and the {@code .} at 20, and the cue words start at 14 ({@code anna}) and 21
 * ({@code se}).
 *
 * <p>Why: each structured detector used to walk the whole text looking for its own first char,
 * about 1.5 ns a char each, and eleven such walks cost more than all the matching. A generated
 * post of 1,000 chars with typical identifiers (the benchmark corpus) has about 14 digit runs, 15
 * marks and 37 such words, so a detector that visits only the landmarks it can start from touches
 * a small part of the text, and one with none returns at once. A landmark says only where to
 * look: the detector still decides from the text itself, with its own rules about zero-width
 * chars and boundaries. The pass ({@link LandmarkPass}) reads the chars in blocks of 64 as bit
 * masks, so it costs about the same however many kinds it records.
 *
 * <p>Positions are in increasing order. Runs are maximal in the {@linkplain ScanText normalised}
 * text: a digit run is ASCII digits (after folding), so a zero-width char ends it; a word is a run
 * of chars for which {@link Character#isLetter(char)} holds. Get it with {@link #of(ScanText)},
 * which gives the landmarks found when the text was normalised. Immutable; thread-safe. The landmarks of an
 * anonymizer call point into buffers lent to the call, so, like the {@link ScanText}, they must not
 * be kept after the call.
 */
public final class Landmarks {

  /**
   * The marks that are recorded, each at every position where it occurs ({@code _} for the user
   * names joined by it, which a scan of the whole text used to find).
   */
  public static final String MARKS = "@.:+([{<#&*_";

  /**
   * The first letters of the cue words that are recorded, in either case: {@code a},
   * {@code s} and {@code p} for a spelled-out at-sign ({@code at}, {@code snabel-a}, {@code på}
   * before a mail provider), {@code f} for a birth
   * ({@code född}, {@code f.}): those detectors visit these words only, where {@link #word}
   * would give them four times as many.
   */
  public static final String CUE_INITIALS = "afpsAFPS";

  /**
   * Per thread, the buffers of a scan outside an anonymizer call ({@link ScanText#of(String)}):
   * the text keeps exact copies of its lists. A call's scan uses the {@link Buffers} lent to the
   * call instead, and its landmarks point into them. Used only inside {@link #scan}, which calls
   * nothing that may scan.
   */
  private static final ThreadLocal<Buffers> WORKSPACE = ThreadLocal.withInitial(Buffers::new);

  /**
   * The per-call buffers of the front end, lent by the call's {@link CallWorkspace}: the
   * normalised copy of the text and the lists of the text being scanned, per kind of landmark
   * (in its {@link LandmarkPass}). When the call ends {@link #clear} overwrites the chars copied
   * from the post and drops buffers grown past an ordinary post, so a thread keeps at most
   * {@link #LARGEST_KEPT_CHARS} chars (zeroed) and four lists of some 16,000 ints.
   */
  static final class Buffers implements Reusable {
    /** Normalised copies longer than this (chars) are not kept for the next call of the thread. */
    static final int LARGEST_KEPT_CHARS = 1 << 16;

    /** The pass, with the lists of the text being scanned. */
    final LandmarkPass pass = new LandmarkPass();
    private char[] chars = new char[0];
    /** How many chars of {@link #chars} the current call uses. */
    private int used;

    /**
     * A char buffer for a text of {@code length} chars, holding it from index 0.
     *
     * @param text the text to copy
     * @return the buffer, possibly longer than the text
     */
    char[] copyOf(String text) {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, Math.min(2 * chars.length, LARGEST_KEPT_CHARS))];
      }
      text.getChars(0, n, chars, 0);
      used = Math.max(used, n);
      return chars;
    }

    @Override
    public void clear() {
      Arrays.fill(chars, 0, used, '\0');
      used = 0;
      if (chars.length > LARGEST_KEPT_CHARS) {
        chars = new char[0];
      }
      pass.clear();
    }
  }

  // Each list is used up to its count: in a call's scan it is the lent buffer itself.
  private final int[] digitRuns;
  private final int[] cueWords;
  private final int[] marks;
  private final int[] wordStarts;
  private final int digitRunCount;
  private final int cueWordCount;
  private final int markCount;
  private final int wordCount;

  /** Landmarks that keep exact copies of the lists of {@code buffers}. */
  private Landmarks(LandmarkPass pass) {
    this(pass.take(LandmarkPass.DIGIT_RUNS), pass.take(LandmarkPass.CUE_WORDS), pass.take(LandmarkPass.MARKS_FOUND),
        pass.take(LandmarkPass.WORDS), pass.counts);
  }

  private Landmarks(int[] digitRuns, int[] cueWords, int[] marks, int[] wordStarts, int[] counts) {
    this.digitRuns = digitRuns;
    this.cueWords = cueWords;
    this.marks = marks;
    this.wordStarts = wordStarts;
    this.digitRunCount = counts[LandmarkPass.DIGIT_RUNS];
    this.cueWordCount = counts[LandmarkPass.CUE_WORDS];
    this.markCount = counts[LandmarkPass.MARKS_FOUND];
    this.wordCount = counts[LandmarkPass.WORDS];
  }

  /**
   * The landmarks of {@code text}: found once, when it was normalised ({@link ScanText#of}), shared by every detector.
   *
   * @param text the text of the call
   * @return its landmarks
   */
  public static Landmarks of(ScanText text) {
    return text.landmarks(); // found when the text was normalised, the value of its derived entry
  }

  /**
   * Normalises {@code chars}, copied from a text and not yet folded ({@link TextNormalizer#normalize}),
   * and finds their landmarks in the same pass. A char is folded when the pass reaches it
   * ({@link TextNormalizer#foldAt}; printable ASCII and Swedish letters stay as they are), and a
   * letter typed for a digit ({@code 85O412-l234}) where a digit run ends before one
   * ({@link TextNormalizer#mayFoldAfter}): there the chars that fold reads ahead are folded
   * first. Such a fold changes only chars the pass has not reached, and reads chars behind it,
   * which are final, and chars ahead, which no look-alike fold has changed yet, just as a pass of
   * its own would: so the chars and landmarks are those of {@link TextNormalizer#normalize} and
   * a scan after it, with the chars of a text walked once instead of three times.
   *
   * @param chars the chars, from index 0
   * @param n how many chars the text has
   * @param lent the buffers lent to the call, which the landmarks then point into (valid until
   *     the call ends), or null for landmarks of their own
   */
  static Landmarks scanNormalizing(char[] chars, int n, Buffers lent) {
    return scan(chars, n, true, lent);
  }

  /** The landmarks of normalised chars. */
  static Landmarks scanFolded(char[] chars) {
    return scan(chars, chars.length, false, null);
  }

  private static Landmarks scan(char[] chars, int n, boolean normalize, Buffers lent) {
    LandmarkPass pass = (lent != null ? lent : WORKSPACE.get()).pass;
    pass.run(chars, n, normalize);
    if (lent == null) {
      return new Landmarks(pass);
    }
    int[][] found = pass.found;
    return new Landmarks(found[LandmarkPass.DIGIT_RUNS], found[LandmarkPass.CUE_WORDS], found[LandmarkPass.MARKS_FOUND],
        found[LandmarkPass.WORDS], pass.counts);
  }

  /** The landmarks of {@code chars}, normalised first, every char read one by one: what {@link #scanNormalizing} must equal (for tests). */
  static Landmarks scanCharByChar(char[] chars) {
    LandmarkPass pass = new LandmarkPass();
    pass.runCharByChar(chars, chars.length, true);
    return new Landmarks(pass);
  }

  /**
   * How many runs of digits the text has.
   *
   * @return the count
   */
  public int digitRuns() {
    return digitRunCount;
  }

  /**
   * The index of the first digit of run {@code k} (0-based, in text order).
   *
   * @param k which run
   * @return its first digit's index in the text
   */
  public int digitRun(int k) {
    checkIndex(k, digitRunCount);
    return digitRuns[k];
  }

  /**
   * How many words begin with one of the {@link #CUE_INITIALS}.
   *
   * @return the count
   */
  public int cueWords() {
    return cueWordCount;
  }

  /**
   * The index of the first letter of cue word {@code k} (0-based, in text order).
   *
   * @param k which word
   * @return its first letter's index in the text
   */
  public int cueWord(int k) {
    checkIndex(k, cueWordCount);
    return cueWords[k];
  }

  /**
   * How many words the text has: runs of letters.
   *
   * @return the count
   */
  public int words() {
    return wordCount;
  }

  /**
   * The index of the first letter of word {@code k} (0-based, in text order).
   *
   * @param k which word
   * @return its first letter's index in the text
   */
  public int word(int k) {
    checkIndex(k, wordCount);
    return wordStarts[k];
  }

  /**
   * How many of the {@link #MARKS} the text holds.
   *
   * @return the count
   */
  public int marks() {
    return markCount;
  }

  /**
   * The index of mark {@code k} (0-based, in text order).
   *
   * @param k which mark
   * @return its index in the text
   */
  public int mark(int k) {
    checkIndex(k, markCount);
    return marks[k];
  }

  private static void checkIndex(int k, int count) {
    if (k < 0 || k >= count) {
      throw new IndexOutOfBoundsException("landmark " + k + " of " + count);
    }
  }
}
