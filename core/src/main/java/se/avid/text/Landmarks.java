package se.avid.text;

import java.util.Arrays;

/**
 * Where in a text the structured detectors may find something, found in one pass and shared by
 * every detector of one call: the start of each run of digits, each of the marks that links,
 * addresses and numbers hang on (<code>@ . : + ( [ &#123;</code>), the start of each word, and
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
 * chars and boundaries. Recording a landmark costs no branch ({@link #CHUNK}), so the pass costs
 * about the same however many kinds it records.
 *
 * <p>Positions are in increasing order. Runs are maximal in the {@linkplain ScanText normalised}
 * text: a digit run is ASCII digits (after folding), so a zero-width char ends it; a word is a run
 * of chars for which {@link Character#isLetter(char)} holds. Get it with {@link #of(ScanText)},
 * which computes it once per text. Immutable; thread-safe. The landmarks of an
 * anonymizer call point into buffers lent to the call, so, like the {@link ScanText}, they must not
 * be kept after the call.
 */
public final class Landmarks {

  /** The marks that are recorded, each at every position where it occurs. */
  public static final String MARKS = "@.:+([{<#&*";

  /**
   * The first letters of the cue words that are recorded, in either case: {@code a},
   * {@code s} and {@code p} for a spelled-out at-sign ({@code at}, {@code snabel-a}, {@code på}
   * before a mail provider), {@code f} for a birth
   * ({@code född}, {@code f.}): those detectors visit these words only, where {@link #word}
   * would give them four times as many.
   */
  public static final String CUE_INITIALS = "afpsAFPS";

  /** Kinds of char, as bits: a cue initial is also a letter. */
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int MARK = 4;
  private static final int CUE_INITIAL = 8;
  /** All the kinds a landmark may be, and the bits they take. */
  private static final int LANDMARK_KINDS = DIGIT | LETTER | MARK | CUE_INITIAL;
  private static final int KIND_BITS = 4;
  /** A Latin-1 char that normalising changes ({@link TextNormalizer#changesWhenFolded}). */
  private static final int FOLDS = 16;
  /** Any char above Latin-1: its kind is looked up, after folding it. */
  private static final int ABOVE_LATIN1 = 32;

  /** What each Latin-1 char is: one table load per char of a Swedish post. */
  private static final byte[] LATIN1_KINDS = new byte[0x100];

  static {
    for (char c = 0; c < LATIN1_KINDS.length; c++) {
      LATIN1_KINDS[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : Character.isLetter(c) ? LETTER : 0);
      if (TextNormalizer.changesWhenFolded(c)) {
        LATIN1_KINDS[c] |= FOLDS;
      }
    }
    for (char c : CUE_INITIALS.toCharArray()) {
      LATIN1_KINDS[c] |= CUE_INITIAL;
    }
    for (char c : MARKS.toCharArray()) {
      LATIN1_KINDS[c] = MARK;
    }
  }

  /**
   * How many chars the pass reads before it sorts the landmarks found into the lists of the
   * text: the pass writes each char's index and kinds into one small buffer and moves on by one
   * where it is a landmark, with no branch that depends on the char (a branch per char that one
   * in ten takes, unpredictably, cost more than the rest of the pass; a buffer per kind, four
   * stores a char, made {@code ScanText.of} 3.0 instead of 2.9 ns a char).
   */
  private static final int CHUNK = 256;

  /** The kinds of landmark, in the order of the buffers of {@link Workspace}. */
  private static final int DIGIT_RUNS = 0;
  private static final int MARKS_FOUND = 1;
  private static final int CUE_WORDS = 2;
  private static final int WORDS = 3;

  /**
   * Per thread, the buffers of a scan outside an anonymizer call ({@link ScanText#of(String)}):
   * the text keeps exact copies of its lists. A call's scan uses the {@link Buffers} lent to the
   * call instead, and its landmarks point into them. Used only inside {@link #scan}, which calls
   * nothing that may scan.
   */
  private static final ThreadLocal<Buffers> WORKSPACE = ThreadLocal.withInitial(Buffers::new);

  /** Lists longer than this (a text of some 100 KB) are not kept for the next text of the thread. */
  private static final int LARGEST_KEPT = 1 << 14;

  /**
   * The per-call buffers of the front end, lent by the call's {@link CallWorkspace}: the
   * normalised copy of the text, the landmarks of one chunk and the lists of the text being
   * scanned, per kind of landmark. When the call ends {@link #clear} overwrites the chars copied
   * from the post and drops buffers grown past an ordinary post, so a thread keeps at most
   * {@link #LARGEST_KEPT_CHARS} chars (zeroed) and four lists of {@link #LARGEST_KEPT} ints.
   */
  static final class Buffers implements Reusable {
    /** Normalised copies longer than this (chars) are not kept for the next call of the thread. */
    static final int LARGEST_KEPT_CHARS = 1 << 16;

    /** The landmarks of one chunk, each {@code index << KIND_BITS | kinds}, in text order. */
    final long[] chunk = new long[CHUNK];
    final int[][] found = new int[4][1024];
    final int[] counts = new int[4];
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

    /**
     * Sorts the {@code added} landmarks of a chunk into the lists of their kinds: again with no
     * branch that depends on the kind, over the landmarks only (about one char in five).
     */
    void add(int added) {
      for (int kind = 0; kind < found.length; kind++) {
        if (counts[kind] + added > found[kind].length) {
          found[kind] = Arrays.copyOf(found[kind], Math.max(found[kind].length * 2, counts[kind] + added));
        }
      }
      int[] digits = found[DIGIT_RUNS];
      int[] marks = found[MARKS_FOUND];
      int[] cues = found[CUE_WORDS];
      int[] words = found[WORDS];
      int d = counts[DIGIT_RUNS];
      int m = counts[MARKS_FOUND];
      int w = counts[CUE_WORDS];
      int s = counts[WORDS];
      for (int k = 0; k < added; k++) {
        long entry = chunk[k];
        int i = (int) (entry >>> KIND_BITS);
        int landmark = (int) entry;
        digits[d] = i;
        d += landmark & DIGIT;
        marks[m] = i;
        m += (landmark & MARK) >>> 2;
        cues[w] = i;
        w += (landmark & CUE_INITIAL) >>> 3;
        words[s] = i;
        s += (landmark & LETTER) >>> 1;
      }
      counts[DIGIT_RUNS] = d;
      counts[MARKS_FOUND] = m;
      counts[CUE_WORDS] = w;
      counts[WORDS] = s;
    }

    /** The landmarks of one kind, copied out. */
    int[] take(int kind) {
      int[] taken = Arrays.copyOf(found[kind], counts[kind]);
      dropIfLarge(kind);
      return taken;
    }

    private void dropIfLarge(int kind) {
      if (found[kind].length > LARGEST_KEPT) {
        found[kind] = new int[1024];
      }
    }

    @Override
    public void clear() {
      Arrays.fill(chars, 0, used, '\0');
      used = 0;
      if (chars.length > LARGEST_KEPT_CHARS) {
        chars = new char[0];
      }
      Arrays.fill(counts, 0);
      Arrays.fill(chunk, 0L);
      for (int kind = 0; kind < found.length; kind++) {
        dropIfLarge(kind);
      }
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
  private Landmarks(Buffers buffers) {
    this(buffers.take(DIGIT_RUNS), buffers.take(CUE_WORDS), buffers.take(MARKS_FOUND), buffers.take(WORDS),
        buffers.counts);
  }

  private Landmarks(int[] digitRuns, int[] cueWords, int[] marks, int[] wordStarts, int[] counts) {
    this.digitRuns = digitRuns;
    this.cueWords = cueWords;
    this.marks = marks;
    this.wordStarts = wordStarts;
    this.digitRunCount = counts[DIGIT_RUNS];
    this.cueWordCount = counts[CUE_WORDS];
    this.markCount = counts[MARKS_FOUND];
    this.wordCount = counts[WORDS];
  }

  /**
   * The landmarks of {@code text}: computed by the first detector that asks, shared by the others of the call.
   *
   * @param text the text of the call
   * @return its landmarks
   */
  public static Landmarks of(ScanText text) {
    return text.derived(Landmarks.class, Landmarks.class, Landmarks::scan);
  }

  /** Finds the landmarks of {@code text} in one pass; {@link #of} caches the result per text. */
  static Landmarks scan(ScanText text) {
    return scan(text.chars(), text.length(), false, null);
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
    Buffers workspace = lent != null ? lent : WORKSPACE.get();
    Arrays.fill(workspace.counts, 0); // a scan that failed may have left some
    long[] buffer = workspace.chunk;
    int inside = 0; // DIGIT inside a digit run, LETTER and CUE_INITIAL inside a word: what does not start anew
    int folded = 0; // the chars before this index, and those before i, are normalised
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      int added = 0;
      for (int i = from; i < to; i++) {
        char c = chars[i];
        int kind = c < 0x100 ? LATIN1_KINDS[c] : ABOVE_LATIN1;
        if (kind >= FOLDS) {
          if (normalize && i >= folded) {
            folded = TextNormalizer.foldAt(chars, i);
          }
          kind = kindOf(chars[i]);
        }
        if ((inside & ~kind & DIGIT) != 0 && normalize) {
          if (i + 1 < n && i + 1 >= folded) {
            folded = TextNormalizer.foldAt(chars, i + 1); // mayFoldAfter may read it
          }
          if (TextNormalizer.mayFoldAfter(chars, i)) {
            // a digit run ends before a letter that may be a digit: normalise what the fold reads, fold, read again
            folded = Math.max(folded, TextNormalizer.foldRange(chars, Math.max(folded, i + 1),
                Math.min(n, i + TextNormalizer.FOLD_READS_AHEAD)));
            TextNormalizer.foldLookAlikesAfter(chars, i - 1);
            kind = kindOf(chars[i]);
          }
        }
        int landmark = kind & ~inside;
        buffer[added] = (long) i << KIND_BITS | landmark;
        added += (landmark + LANDMARK_KINDS) >>> KIND_BITS; // 1 for a landmark of any kind, else 0
        inside = (kind & DIGIT) | (kind & LETTER) * ((LETTER | CUE_INITIAL) / LETTER);
      }
      workspace.add(added);
    }
    if (lent == null) {
      return new Landmarks(workspace);
    }
    int[][] found = workspace.found;
    return new Landmarks(found[DIGIT_RUNS], found[CUE_WORDS], found[MARKS_FOUND], found[WORDS], workspace.counts);
  }

  /** The kind of a normalised char. */
  private static int kindOf(char c) {
    return c < 0x100 ? LATIN1_KINDS[c] & LANDMARK_KINDS : Character.isLetter(c) ? LETTER : 0;
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
