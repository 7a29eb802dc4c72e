package se.avid.text;

import java.util.Arrays;

/**
 * The places where a number begins, in text order, whether each begins cleanly, and its digits
 * read as a {@link DigitRun}: the same answers as {@link NumberEdges#nextStart(ScanText, int)},
 * {@link NumberEdges#startsCleanly} and {@link DigitRun#read}, worked out once per text and shared by
 * the four number detectors of a call (personnummer, organisationsnummer, payment card, bank
 * account), which used to work them out each. The starts come from the {@link Landmarks} of the
 * call, not from every char of the text.
 *
 * <p>A number begins at the first digit of a run whose char before, skipping zero-width chars, is
 * no digit ({@code "85\u200B04"} is one number). Get it with {@link #of(ScanText)}. Immutable;
 * thread-safe. In an anonymizer call its arrays are buffers lent to the call ({@link
 * ScanText#reusable}), so, like the text, it must not be kept after the call.
 */
public final class NumberStarts {

  /** How many numbers: the per-number arrays are used up to this. */
  private final int count;
  private final int[] positions;
  private final boolean[] clean;
  /**
   * Every digit of the text, once, in text order: its value, its index and the separator that
   * joins it to the digit before ({@link DigitLinks#END} when it begins a chain of joined digits).
   * A number's read is a stretch of this: {@code 07 07 07 …} is one chain that every one of its
   * numbers points into, where reading each number anew (as far as any detector reads) stored
   * 24 digits per number, 200 bytes per char of such a text.
   */
  private final byte[] digits;
  private final int[] digitPositions;
  private final int[] separators;
  /** Per number: where its digits begin in the arrays above, and where its chain ends. */
  private final int[] firstDigit;
  private final int[] chainEnd;

  private NumberStarts(int count, Buffers buffers) {
    this.count = count;
    this.positions = buffers.positions;
    this.clean = buffers.clean;
    this.digits = buffers.digits;
    this.digitPositions = buffers.digitPositions;
    this.separators = buffers.separators;
    this.firstDigit = buffers.firstDigit;
    this.chainEnd = buffers.chainEnd;
  }

  /**
   * The arrays of one text's numbers, reused from call to call on a thread ({@link
   * ScanText#reusable}). When the call ends {@link #clear} overwrites the digits read from the
   * post and drops arrays grown past {@link #LARGEST_KEPT} entries.
   */
  private static final class Buffers implements Reusable {
    private static final int LARGEST_KEPT = 1 << 12;

    byte[] digits = new byte[0];
    int[] digitPositions = new int[0];
    int[] separators = new int[0];
    int[] positions = new int[0];
    boolean[] clean = new boolean[0];
    int[] firstDigit = new int[0];
    int[] chainEnd = new int[0];
    /** How many digits the current call stored. */
    int usedDigits;

    /** Makes room for {@code total} digits and {@code runs} numbers. */
    void ensure(int total, int runs) {
      if (digits.length < total) {
        int size = Math.max(total, Math.min(2 * digits.length, LARGEST_KEPT));
        digits = new byte[size];
        digitPositions = new int[size];
        separators = new int[size];
      }
      if (positions.length < runs) {
        int size = Math.max(runs, Math.min(2 * positions.length, LARGEST_KEPT));
        positions = new int[size];
        clean = new boolean[size];
        firstDigit = new int[size];
        chainEnd = new int[size];
      }
    }

    @Override
    public void clear() {
      Arrays.fill(digits, 0, usedDigits, (byte) 0);
      usedDigits = 0;
      if (digits.length > LARGEST_KEPT) {
        digits = new byte[0];
        digitPositions = new int[0];
        separators = new int[0];
      }
      if (positions.length > LARGEST_KEPT) {
        positions = new int[0];
        clean = new boolean[0];
        firstDigit = new int[0];
        chainEnd = new int[0];
      }
    }
  }

  /**
   * The number starts of {@code text}: found by the first detector that asks, shared by the others.
   *
   * @param text the text
   * @return its number starts
   */
  public static NumberStarts of(ScanText text) {
    if (Landmarks.of(text).digitRuns() == 0) {
      return NONE; // most sentences: no buffers lent, no entry added to the text's derived data
    }
    return text.derived(NumberStarts.class, NumberStarts.class, NumberStarts::find);
  }

  /** The numbers of a text without digits: none, and no arrays to read. */
  private static final NumberStarts NONE = new NumberStarts(0, new Buffers());

  private static NumberStarts find(ScanText text) {
    Landmarks landmarks = Landmarks.of(text);
    int runs = landmarks.digitRuns();
    int total = countDigits(text, landmarks);
    Buffers buffers = text.reusable(Buffers.class, Buffers.class, Buffers::new);
    buffers.ensure(total, runs);
    buffers.usedDigits = total;
    byte[] digits = buffers.digits;
    int[] digitPositions = buffers.digitPositions;
    int[] separators = buffers.separators;
    int[] positions = buffers.positions;
    boolean[] clean = buffers.clean;
    int[] firstDigit = buffers.firstDigit;
    int[] chainEnd = buffers.chainEnd;
    int count = 0;
    int stored = 0;
    int chainStart = 0; // the first number of the chain being read
    long link = -1; // how the last digit stored joins the next one
    for (int k = 0; k < runs; k++) {
      int i = landmarks.digitRun(k);
      if (!NumberEdges.beginsNumber(text, i) || (stored > 0 && i <= digitPositions[stored - 1])) {
        continue; // "85\u200B04", "85<b>04": read with the run before, across what separates nothing
      }
      if (link < 0 || DigitLinks.linkTarget(link) != i) {
        for (int c = chainStart; c < count; c++) {
          chainEnd[c] = stored;
        }
        chainStart = count;
        link = -1;
      }
      positions[count] = i;
      clean[count] = NumberEdges.startsCleanly(text, i);
      firstDigit[count] = stored;
      count++;
      // The digits of this number up to its next separator, each stored once.
      for (int j = i; j >= 0; j = DigitLinks.linkTarget(link)) {
        digits[stored] = (byte) (text.charAt(j) - '0');
        digitPositions[stored] = j;
        separators[stored] = j == i ? (link < 0 ? DigitLinks.END : DigitLinks.linkMask(link)) : 0;
        stored++;
        link = DigitLinks.link(text, j);
        if (link < 0 || DigitLinks.linkMask(link) != 0) {
          break; // the run ends here; a joined digit after a separator starts the next run
        }
      }
    }
    for (int c = chainStart; c < count; c++) {
      chainEnd[c] = stored;
    }
    return new NumberStarts(count, buffers);
  }

  /** How many digits the runs of {@code text} hold, so that the arrays are made once, at their size. */
  private static int countDigits(ScanText text, Landmarks landmarks) {
    int total = 0;
    int n = text.length();
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      for (int j = landmarks.digitRun(k); j < n && text.isDigit(j); j++) {
        total++;
      }
    }
    return total;
  }

  /**
   * How many numbers the text has.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The index of the first digit of number {@code k} (0-based, in text order).
   *
   * @param k the number's place, from 0
   * @return the index of its first digit
   */
  public int position(int k) {
    return positions[k];
  }

  /**
   * {@link NumberEdges#startsCleanly} at number {@code k}: not glued to a word or to a longer number.
   *
   * @param k the number's place, from 0
   * @return whether it begins cleanly
   */
  public boolean startsCleanly(int k) {
    return clean[k];
  }

  /** Where the digits of number {@code k} begin in {@link #digits()} and the arrays like it. */
  int firstDigit(int k) {
    return firstDigit[k];
  }

  /**
   * How many digits of number {@code k} were read (at most {@link DigitRun#MAX_DIGITS}).
   *
   * @param k the number's place, from 0
   * @return the count
   */
  public int digitCount(int k) {
    return Math.min(chainEnd[k] - firstDigit[k], DigitRun.MAX_DIGITS);
  }

  /**
   * What follows the digits read of number {@code k}, as {@link DigitRun#separatorBefore} tells it.
   *
   * @param k the number's place, from 0
   * @return the separator mask or {@link DigitLinks#END}
   */
  public int separatorAfter(int k) {
    int after = firstDigit[k] + digitCount(k);
    return after < chainEnd[k] ? separators[after] : DigitLinks.END;
  }

  // The arrays themselves, for DigitRun.load to read from without copying; never to be changed.

  byte[] digits() {
    return digits;
  }

  int[] positions() {
    return digitPositions;
  }

  int[] separators() {
    return separators;
  }
}
