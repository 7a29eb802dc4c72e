package se.avid.detect.identity;

import java.util.Arrays;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * The places where a number begins, in text order, and whether each begins cleanly: the same
 * answers as {@link DigitRun#nextStart(ScanText, int)} and {@link DigitRun#startsCleanly}, worked
 * out once per text and shared by the four number detectors of a call (personnummer,
 * organisationsnummer, payment card, bank account), which used to work them out each. They are
 * read from the {@link Landmarks} of the call, not from every char of the text.
 *
 * <p>A number begins at the first digit of a run whose char before, skipping zero-width chars, is
 * no digit ({@code "85\u200B04"} is one number). Get it with {@link #of(ScanText)}. Immutable;
 * thread-safe.
 */
final class NumberStarts {

  private final int[] positions;
  private final boolean[] clean;

  private NumberStarts(int[] positions, boolean[] clean) {
    this.positions = positions;
    this.clean = clean;
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
    int count = 0;
    for (int k = 0; k < runs; k++) {
      int i = landmarks.digitRun(k);
      if (DigitRun.beginsNumber(text, i)) {
        positions[count] = i;
        clean[count] = DigitRun.startsCleanly(text, i);
        count++;
      }
    }
    return new NumberStarts(Arrays.copyOf(positions, count), Arrays.copyOf(clean, count));
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
}
