package se.avid.text;

import java.util.Arrays;

/**
 * Where in a text the structured detectors may find something, found in one pass and shared by
 * every detector of one call: the start of each run of digits, each of the marks that links,
 * addresses and numbers hang on (<code>@ . : + ( [ &#123;</code>), and the start of each word that begins
 * with one of the {@linkplain #CUE_INITIALS initials} of the word cues that detectors look for.
 *
 * <p>For {@code "ring 070-123, anna@x.se"} the digit runs start at 5 and 9, the marks are the
 * {@code @} at 18 and the {@code .} at 20, and the cue words start at 14 ({@code anna}) and 21
 * ({@code se}).
 *
 * <p>Why: each structured detector used to walk the whole text looking for its own first char,
 * about 1.5 ns a char each, and eleven such walks cost more than all the matching. A generated
 * post of 1,000 chars with typical identifiers (the benchmark corpus) has about 14 digit runs, 15
 * marks and 37 such words, so a detector that visits only the landmarks it can start from touches
 * a small part of the text, and one with none returns at once. A landmark says only where to look: the detector still decides from the text itself, with
 * its own rules about zero-width chars and boundaries.
 *
 * <p>Positions are in increasing order. Runs are maximal in the {@linkplain ScanText normalised}
 * text: a digit run is ASCII digits (after folding), so a zero-width char ends it; a word is a run
 * of chars for which {@link Character#isLetter(char)} holds. Get it with {@link #of(ScanText)},
 * which computes it once per text. Immutable; thread-safe.
 */
public final class Landmarks {

  /** The marks that are recorded, each at every position where it occurs. */
  public static final String MARKS = "@.:+([{";

  /**
   * The first letters of the cue words that are recorded, in either case: {@code a} and
   * {@code s} for a spelled-out at-sign ({@code at}, {@code snabel-a}), {@code f} for a birth
   * ({@code född}, {@code f.}). Only these, because recording every word would cost more than
   * all the rest of the pass.
   */
  public static final String CUE_INITIALS = "afsAFS";

  /** Kinds of char, as bits: a cue initial is also a letter. */
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int MARK = 4;
  private static final int CUE_INITIAL = 8;

  /** What each Latin-1 char is: one table load per char of a Swedish post. */
  private static final byte[] LATIN1_KINDS = new byte[0x100];

  static {
    for (char c = 0; c < LATIN1_KINDS.length; c++) {
      LATIN1_KINDS[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : Character.isLetter(c) ? LETTER : 0);
    }
    for (char c : CUE_INITIALS.toCharArray()) {
      LATIN1_KINDS[c] |= CUE_INITIAL;
    }
    for (char c : MARKS.toCharArray()) {
      LATIN1_KINDS[c] = MARK;
    }
  }

  private final int[] digitRuns;
  private final int digitRunCount;
  private final int[] cueWords;
  private final int cueWordCount;
  private final int[] marks;
  private final int markCount;

  private Landmarks(int[] digitRuns, int digitRunCount, int[] cueWords, int cueWordCount, int[] marks,
      int markCount) {
    this.digitRuns = digitRuns;
    this.digitRunCount = digitRunCount;
    this.cueWords = cueWords;
    this.cueWordCount = cueWordCount;
    this.marks = marks;
    this.markCount = markCount;
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
    return scan(text.chars(), false);
  }

  /**
   * The landmarks of normalised chars whose look-alike letters are not folded yet, folding them
   * ({@link TextNormalizer#foldLookAlikes}) as the pass meets them: only where a digit run ends
   * before one ({@link TextNormalizer#mayFoldAfter}). The fold after a run changes only chars the
   * pass has not reached, and reads chars behind it, which are final, and chars ahead, which no
   * fold has changed yet, just as a pass of its own would: so the chars and landmarks are those
   * of a fold in a pass of its own and a scan after it; with the
   * fold in the pass, the chars of a text are walked once for both (a second walk was needed in
   * half of the generated posts, since {@code 3 olika} may begin a fold).
   */
  static Landmarks scanFolding(char[] chars) {
    return scan(chars, true);
  }

  /** The landmarks of normalised chars whose look-alike letters are folded. */
  static Landmarks scanFolded(char[] chars) {
    return scan(chars, false);
  }

  private static Landmarks scan(char[] chars, boolean foldLookAlikes) {
    int n = chars.length;
    // Sized for a typical post, so that growing is rare.
    int[] digits = new int[n / 32 + 8];
    int[] marks = new int[n / 32 + 8];
    int[] words = new int[n / 32 + 8];
    int digitCount = 0;
    int markCount = 0;
    int wordCount = 0;
    int inside = 0; // DIGIT inside a digit run, CUE_INITIAL inside a word: what does not start anew
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      int kind = c < 0x100 ? LATIN1_KINDS[c] : Character.isLetter(c) ? LETTER : 0;
      if ((inside & ~kind & DIGIT) != 0 && foldLookAlikes && TextNormalizer.mayFoldAfter(chars, i)) {
        // a digit run ends before a letter that may be a digit: fold, then read the char again
        TextNormalizer.foldLookAlikesAfter(chars, i - 1);
        c = chars[i];
        kind = c < 0x100 ? LATIN1_KINDS[c] : Character.isLetter(c) ? LETTER : 0;
      }
      // One test per char; a landmark (a tenth of the chars or fewer) is then sorted out.
      int landmark = kind & ~inside & (DIGIT | MARK | CUE_INITIAL);
      inside = (kind & DIGIT) | ((kind & LETTER) << 2);
      if (landmark != 0) {
        if (landmark == DIGIT) {
          if (digitCount == digits.length) {
            digits = Arrays.copyOf(digits, digitCount * 2);
          }
          digits[digitCount++] = i;
        } else if (landmark == MARK) {
          if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
          }
          marks[markCount++] = i;
        } else {
          if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
          }
          words[wordCount++] = i;
        }
      }
    }
    return new Landmarks(digits, digitCount, words, wordCount, marks, markCount);
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
