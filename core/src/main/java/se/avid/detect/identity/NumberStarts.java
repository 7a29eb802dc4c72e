package se.avid.detect.identity;

import java.util.Arrays;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * The places where a number begins, in text order, whether each begins cleanly, and its digits
 * read as a {@link DigitRun}: the same answers as {@link DigitRun#nextStart(ScanText, int)},
 * {@link DigitRun#startsCleanly} and {@link DigitRun#read}, worked out once per text and shared by
 * the four number detectors of a call (personnummer, organisationsnummer, payment card, bank
 * account), which used to work them out each. The starts come from the {@link Landmarks} of the
 * call, not from every char of the text.
 *
 * <p>A number begins at the first digit of a run whose char before, skipping zero-width chars, is
 * no digit ({@code "85\u200B04"} is one number). Get it with {@link #of(ScanText)}. Immutable;
 * thread-safe.
 */
final class NumberStarts {

  private final int[] positions;
  private final boolean[] clean;
  /** The digits of every number, read once as far as any detector reads, one number after the other. */
  private final byte[] digits;
  private final int[] digitPositions;
  private final int[] separators;
  /** Per number: where its digits begin in the arrays above, how many there are, and what follows them. */
  private final int[] firstDigit;
  private final int[] digitCount;
  private final int[] separatorAfter;

  private NumberStarts(int count, int[] positions, boolean[] clean, byte[] digits, int[] digitPositions,
      int[] separators, int[] firstDigit, int[] digitCount, int[] separatorAfter) {
    this.positions = Arrays.copyOf(positions, count);
    this.clean = Arrays.copyOf(clean, count);
    this.digits = digits;
    this.digitPositions = digitPositions;
    this.separators = separators;
    this.firstDigit = firstDigit;
    this.digitCount = digitCount;
    this.separatorAfter = separatorAfter;
  }

  /** The number starts of {@code text}: found by the first detector that asks, shared by the others. */
  static NumberStarts of(ScanText text) {
    return text.derived(NumberStarts.class, NumberStarts.class, NumberStarts::find);
  }

  private static NumberStarts find(ScanText text) {
    Landmarks landmarks = Landmarks.of(text);
    int runs = landmarks.digitRuns();
    int[] positions = new int[runs];
    boolean[] clean = new boolean[runs];
    int[] firstDigit = new int[runs];
    int[] digitCount = new int[runs];
    int[] separatorAfter = new int[runs];
    byte[] digits = new byte[runs * 4 + DigitRun.MAX_DIGITS];
    int[] digitPositions = new int[digits.length];
    int[] separators = new int[digits.length];
    DigitRun run = new DigitRun(text);
    int count = 0;
    int stored = 0;
    for (int k = 0; k < runs; k++) {
      int i = landmarks.digitRun(k);
      if (!DigitRun.beginsNumber(text, i)) {
        continue;
      }
      positions[count] = i;
      clean[count] = DigitRun.startsCleanly(text, i);
      run.read(i, DigitRun.MAX_DIGITS);
      int n = run.count();
      if (stored + n > digits.length) {
        int size = Math.max(digits.length * 2, stored + n);
        digits = Arrays.copyOf(digits, size);
        digitPositions = Arrays.copyOf(digitPositions, size);
        separators = Arrays.copyOf(separators, size);
      }
      for (int d = 0; d < n; d++) {
        digits[stored + d] = (byte) run.digit(d);
        digitPositions[stored + d] = run.position(d);
        separators[stored + d] = run.separatorBefore(d);
      }
      firstDigit[count] = stored;
      digitCount[count] = n;
      separatorAfter[count] = run.separatorBefore(n);
      stored += n;
      count++;
    }
    return new NumberStarts(count, positions, clean, digits, digitPositions, separators, firstDigit, digitCount,
        separatorAfter);
  }

  /** How many numbers the text has. */
  int count() {
    return positions.length;
  }

  /** The index of the first digit of number {@code k} (0-based, in text order). */
  int position(int k) {
    return positions[k];
  }

  /** {@link DigitRun#startsCleanly} at number {@code k}: not glued to a word or to a longer number. */
  boolean startsCleanly(int k) {
    return clean[k];
  }

  /** Where the digits of number {@code k} begin in {@link #digits()} and the arrays like it. */
  int firstDigit(int k) {
    return firstDigit[k];
  }

  /** How many digits of number {@code k} were read (at most {@link DigitRun#MAX_DIGITS}). */
  int digitCount(int k) {
    return digitCount[k];
  }

  /** What follows the digits read of number {@code k}, as {@link DigitRun#separatorBefore} tells it. */
  int separatorAfter(int k) {
    return separatorAfter[k];
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
