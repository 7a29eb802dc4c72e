package se.avid.spi;

import se.avid.EntityType;

/**
 * Receives the findings of one detector during one call. Not thread-safe; valid only during {@code detect}.
 *
 * <p>A detector may say why it made a finding, in a few words for a moderator: the cue word, the
 * list, the checksum, the model's probability ({@code "Luhn check digit holds"},
 * {@code "after the cue 'ring'"}). Never put the found value in an explanation; the pipeline drops
 * an explanation that contains it. Explanations are kept only when the caller asked for them, so a
 * detector that must work to build one checks {@link #explaining()} first:
 *
 * <pre>{@code
 * if (sink.explaining()) {
 *   sink.add(start, end, EntityType.PHONE, score, "after the cue '" + cue + "'");
 * } else {
 *   sink.add(start, end, EntityType.PHONE, score);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface FindingSink {

  /**
   * Reports that chars {@code start} (inclusive) to {@code end} (exclusive) hold a {@code type}
   * with certainty {@code score} (0 to 1).
   *
   * @param start first char
   * @param end one past the last char
   * @param type what was found
   * @param score how certain, 0 to 1
   */
  void add(int start, int end, EntityType type, double score);

  /**
   * Reports a finding with why it was made. The default drops the explanation, so sinks written
   * before explanations existed keep working.
   *
   * @param start first char
   * @param end one past the last char
   * @param type what was found
   * @param score how certain, 0 to 1
   * @param explanation a few words for a moderator, never the found value; may be {@code null}
   */
  default void add(int start, int end, EntityType type, double score, String explanation) {
    add(start, end, type, score);
  }

  /**
   * Whether explanations are kept in this call; when false, a detector need not build them.
   *
   * @return false unless the caller asked for explanations
   */
  default boolean explaining() {
    return false;
  }
}
