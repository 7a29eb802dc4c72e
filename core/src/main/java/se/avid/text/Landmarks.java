package se.avid.text;

import java.util.Arrays;

/**
 * Where in a text the structured detectors may find something, found in one pass and shared by
 * every detector of one call: the start of each run of digits, the start of each run of letters,
 * and each of the marks that links, addresses and numbers hang on ({@code @ . : + ( [ {}).
 *
 * <p>For {@code "ring 070-123, anna@x.se"} the digit runs start at 5 and 9, the letter runs at
 * 0, 14, 19 and 21, and the marks are the {@code @} at 18 and the {@code .} at 20.
 *
 * <p>Why: each structured detector used to walk the whole text looking for its own first char,
 * about 1.5 ns a char each, and eleven such walks cost more than all the matching. A post of
 * 1,000 chars has some 20 digit runs, 180 words and 30 marks, so a detector that visits only the
 * landmarks it can start from touches a small part of the text, and one with none returns at
 * once. A landmark says only where to look: the detector still decides from the text itself, with
 * its own rules about zero-width chars and boundaries.
 *
 * <p>Positions are in increasing order. Runs are maximal in the {@linkplain ScanText normalised}
 * text: a digit run is ASCII digits (after folding), so a zero-width char ends it; a letter run is
 * chars for which {@link Character#isLetter(char)} holds. Get it with {@link #of(ScanText)}, which
 * computes it once per text. Immutable; thread-safe.
 */
public final class Landmarks {

  /** The marks that are recorded, each at every position where it occurs. */
  public static final String MARKS = "@.:+([{";

  /** Kinds of char, as bits so that the pass can combine them without branching. */
  private static final int OTHER = 0;
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int MARK = 4;

  /** Chars read between two checks of the room left in the arrays. */
  private static final int BLOCK = 64;

  /** What each Latin-1 char is: one table load per char of a Swedish post. */
  private static final byte[] LATIN1_KINDS = new byte[0x100];

  static {
    for (char c = 0; c < LATIN1_KINDS.length; c++) {
      LATIN1_KINDS[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : Character.isLetter(c) ? LETTER : OTHER);
    }
    for (char c : MARKS.toCharArray()) {
      LATIN1_KINDS[c] = MARK;
    }
  }

  private final int[] digitRuns;
  private final int digitRunCount;
  private final int[] letterRuns;
  private final int letterRunCount;
  private final int[] marks;
  private final int markCount;

  private Landmarks(int[] digitRuns, int digitRunCount, int[] letterRuns, int letterRunCount, int[] marks,
      int markCount) {
    this.digitRuns = digitRuns;
    this.digitRunCount = digitRunCount;
    this.letterRuns = letterRuns;
    this.letterRunCount = letterRunCount;
    this.marks = marks;
    this.markCount = markCount;
  }

  /** The landmarks of {@code text}: computed by the first detector that asks, shared by the others of the call. */
  public static Landmarks of(ScanText text) {
    return text.derived(Landmarks.class, Landmarks.class, Landmarks::scan);
  }

  /** Finds the landmarks of {@code text} in one pass; {@link #of} caches the result per text. */
  static Landmarks scan(ScanText text) {
    char[] chars = text.chars();
    int n = chars.length;
    // Sized for a typical post (a word every 5-6 chars), plus room for one block.
    int[] digits = new int[n / 16 + BLOCK];
    int[] letters = new int[n / 4 + BLOCK];
    int[] marks = new int[n / 16 + BLOCK];
    int digitCount = 0;
    int letterCount = 0;
    int markCount = 0;
    int previous = OTHER;
    for (int block = 0; block < n; block += BLOCK) {
      // Room for a landmark at every char of the block, so that the inner loop needs no checks.
      if (digitCount + BLOCK > digits.length) {
        digits = Arrays.copyOf(digits, digits.length * 2);
      }
      if (letterCount + BLOCK > letters.length) {
        letters = Arrays.copyOf(letters, letters.length * 2);
      }
      if (markCount + BLOCK > marks.length) {
        marks = Arrays.copyOf(marks, marks.length * 2);
      }
      int end = Math.min(n, block + BLOCK);
      for (int i = block; i < end; i++) {
        char c = chars[i];
        int kind = c < 0x100 ? LATIN1_KINDS[c] : Character.isLetter(c) ? LETTER : OTHER;
        // Where a run starts is data, not control flow: every position is written, and the
        // count moves on only at a start. Branches would be mispredicted at most word boundaries.
        int starts = kind & ~previous;
        digits[digitCount] = i;
        digitCount += starts & DIGIT;
        letters[letterCount] = i;
        letterCount += (starts & LETTER) >> 1;
        marks[markCount] = i;
        markCount += (kind & MARK) >> 2;
        previous = kind;
      }
    }
    return new Landmarks(digits, digitCount, letters, letterCount, marks, markCount);
  }

  /** How many runs of digits the text has. */
  public int digitRuns() {
    return digitRunCount;
  }

  /** The index of the first digit of run {@code k} (0-based, in text order). */
  public int digitRun(int k) {
    checkIndex(k, digitRunCount);
    return digitRuns[k];
  }

  /** How many runs of letters the text has. */
  public int letterRuns() {
    return letterRunCount;
  }

  /** The index of the first letter of run {@code k} (0-based, in text order). */
  public int letterRun(int k) {
    checkIndex(k, letterRunCount);
    return letterRuns[k];
  }

  /** How many of the {@link #MARKS} the text holds. */
  public int marks() {
    return markCount;
  }

  /** The index of mark {@code k} (0-based, in text order). */
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
