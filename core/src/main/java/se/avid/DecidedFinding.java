package se.avid;

import java.util.Objects;

/**
 * A finding with the decision taken on it, for a moderation screen that highlights what was
 * redacted and what a human must check. Like {@link Finding}, it never holds the found value, so
 * {@link #toString()} is safe to log. Immutable and thread-safe.
 *
 * @param finding where, what and how certain
 * @param decision redacted, or left for review
 */
public record DecidedFinding(Finding finding, Decision decision) {

  public DecidedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(decision, "decision");
  }

  public int start() {
    return finding.start();
  }

  public int end() {
    return finding.end();
  }

  public EntityType type() {
    return finding.type();
  }

  public double score() {
    return finding.score();
  }
}
