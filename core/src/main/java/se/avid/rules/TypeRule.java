package se.avid.rules;

import se.avid.redact.RedactionStrategy;

/**
 * The settings a rules file gives one entity type; {@code null} means "not set, keep what the
 * builder says". Immutable and thread-safe.
 *
 * @param enabled whether the type is reported and redacted
 * @param review the review threshold (0..1)
 * @param redact the redact threshold (0..1)
 * @param strategy what replaces a finding of the type
 */
public record TypeRule(Boolean enabled, Double review, Double redact, RedactionStrategy strategy) {

  /**
   * Settings without a strategy of their own.
   *
   * @param enabled whether the type is reported and redacted
   * @param review the review threshold (0..1)
   * @param redact the redact threshold (0..1)
   */
  public TypeRule(Boolean enabled, Double review, Double redact) {
    this(enabled, review, redact, null);
  }

  /**
   * Checks that the thresholds fit together.
   *
   * @param enabled whether the type is on
   * @param review the review threshold, 0 to 1
   * @param redact the redact threshold, 0 to 1
   * @param strategy the strategy
   * @throws IllegalArgumentException if {@code review > redact}
   */
  public TypeRule {
    if (review != null && redact != null && review > redact) {
      throw new IllegalArgumentException("review threshold " + review + " is above the redact threshold " + redact);
    }
  }
}
