package se.avid;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * <p>Offsets are UTF-16 indices into the text given to {@link Anonymizer#analyze(String)}, end
 * exclusive, so {@code text.substring(f.start(), f.end())} is what was found. A finding never
 * holds the found value itself: {@link #toString()} is safe to log. Immutable, thread-safe and
 * {@link Serializable} (for Spark and other distributed jobs).
 *
 * @param start first char of the finding
 * @param end one past the last char
 * @param type what was found
 * @param score how certain the detector is, 0 to 1
 * @param detector the {@link se.avid.spi.Detector#name() name} of the detector that found it
 * @param explanation why it was found, in a few words for a moderator (the cue, the list, the
 *     checksum, the score), never with the found value; empty unless explanations were asked for
 *     ({@link Anonymizer.Builder#explanations(boolean)}, {@link CallOptions.Builder#explain(boolean)})
 * @serial exclude its serialised form is its components, documented above
 */
public record Finding(int start, int end, EntityType type, double score, String detector, String explanation)
    implements Serializable {

  /** Version of the serialised form: start, end, type (by name), score, detector, explanation. */
  private static final long serialVersionUID = 1L;


  /** The {@link #detector()} of spans marked by a person, see {@link #marked(int, int, EntityType)}. */
  public static final String MARKED_BY_HAND = "manual";

  /**
   * Validates the finding.
   *
   * @param start first char
   * @param end one past the last char
   * @param type a built-in or custom type
   * @param score how certain, 0 to 1
   * @param detector the detector
   * @param explanation why it was found, never the value; empty for none
   * @throws IllegalArgumentException if the span is empty or negative, or the score is outside 0..1
   */
  public Finding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(explanation, "explanation");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0,1]: " + score);
    }
  }

  /**
   * A finding without an explanation, as detectors report them.
   *
   * @param start first char of the finding
   * @param end one past the last char
   * @param type what was found
   * @param score how certain the detector is, 0 to 1
   * @param detector the name of the detector that found it
   */
  public Finding(int start, int end, EntityType type, double score, String detector) {
    this(start, end, type, score, detector, "");
  }

  /**
   * A span that a person marked for redaction (a moderator's edit), certain, for
   * {@link Anonymizer#redactSpans(String, java.util.List)}.
   *
   * @param start first char of the span
   * @param end one past the last char
   * @param type what the person says it is
   * @return a finding scored 1.0 by {@value #MARKED_BY_HAND}
   */
  public static Finding marked(int start, int end, EntityType type) {
    return new Finding(start, end, type, 1.0, MARKED_BY_HAND, "marked by hand");
  }

  /**
   * Number of UTF-16 chars covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * True when the two findings share at least one char.
   *
   * @param other another finding in the same text
   * @return whether the spans overlap
   */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }

  /**
   * The same finding with another score.
   *
   * @param newScore 0 to 1
   * @return a new finding
   */
  public Finding withScore(double newScore) {
    return new Finding(start, end, type, newScore, detector, explanation);
  }

  /**
   * The same finding with another explanation.
   *
   * @param newExplanation a few words, never the found value
   * @return a new finding
   */
  public Finding withExplanation(String newExplanation) {
    return new Finding(start, end, type, score, detector, newExplanation);
  }

  /**
   * The found text, read from the text it was found in.
   *
   * @param text the text the finding was made in
   * @return the found value: personal data, never log it
   */
  public String valueIn(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Type, span, score and detector; neither the value nor the explanation, so that logs stay lean. */
  @Override
  public String toString() {
    return "Finding[" + type + " " + start + ".." + end + " score=" + String.format(Locale.ROOT, "%.2f", score)
        + " by " + detector + "]";
  }
}
