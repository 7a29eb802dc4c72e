package se.avid.detect.identity;

import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * The places where a number begins, in text order: the same answers as
 * {@link DigitRun#nextStart(ScanText, int)}, read from the {@link Landmarks} shared by the call
 * instead of from every char of the text, so that the four number detectors do not each walk the
 * whole post. A number begins at the first digit of a run whose char before, skipping zero-width
 * chars, is no digit ({@code "85\u200B04"} is one number).
 *
 * <p>A cursor: {@link #next(int)} must be called with non-decreasing {@code from}, as a scan does.
 * Not thread-safe; make one per {@code detect} call.
 */
final class NumberStarts {

  private final ScanText text;
  private final Landmarks landmarks;
  private final int runs;
  private int k;

  NumberStarts(ScanText text) {
    this.text = text;
    this.landmarks = Landmarks.of(text);
    this.runs = landmarks.digitRuns();
  }

  /** The index of the first digit at or after {@code from} that begins a number, or -1. */
  int next(int from) {
    for (; k < runs; k++) {
      int i = landmarks.digitRun(k);
      if (i >= from && DigitRun.beginsNumber(text, i)) {
        return i;
      }
    }
    return -1;
  }
}
