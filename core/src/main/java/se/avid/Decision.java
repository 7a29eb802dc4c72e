package se.avid;

/** What the {@link Anonymizer} did with a finding, by its score and the thresholds of its type. Immutable and thread-safe. */
public enum Decision {
  /** Scored at or above the redact threshold: replaced in the output. */
  REDACTED,
  /**
   * Scored at or above the review threshold but under the redact threshold: left in the text and
   * reported, and the post is flagged for a human to look at.
   */
  REVIEW
}
