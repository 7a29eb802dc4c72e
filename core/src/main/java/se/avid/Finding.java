package se.avid;

import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * <p>Offsets are UTF-16 indices into the text given to {@link Anonymizer#analyze(String)}, end
 * exclusive, so {@code text.substring(f.start(), f.end())} is what was found. A finding never
 * holds the found value itself: {@link #toString()} is safe to log. Immutable and thread-safe.
 *
 * @param start first char of the finding
 * @param end one past the last char
 * @param type what was found
 * @param score how certain the detector is, 0 to 1
 * @param detector the {@link se.avid.spi.Detector#name() name} of the detector that found it
 */
public record Finding(int start, int end, EntityType type, double score, String detector) {

  public Finding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detector, "detector");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0,1]: " + score);
    }
  }

  /** Number of UTF-16 chars covered. */
  public int length() {
    return end - start;
  }

  /** True when the two findings share at least one char. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }

  /** The same finding with another score. */
  public Finding withScore(double newScore) {
    return new Finding(start, end, type, newScore, detector);
  }

  /** The found text, read from the text it was found in. */
  public String valueIn(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public String toString() {
    return "Finding[" + type + " " + start + ".." + end + " score=" + String.format(java.util.Locale.ROOT, "%.2f", score)
        + " by " + detector + "]";
  }
}
