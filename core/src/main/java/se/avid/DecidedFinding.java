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

  /**
   * Checks that both parts are given.
   *
   * @param finding the finding
   * @param decision the decision
   * @throws NullPointerException if one is null
   */
  public DecidedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * The finding's start.
   *
   * @return first char of the finding
   */
  public int start() {
    return finding.start();
  }

  /**
   * The finding's end.
   *
   * @return one past its last char
   */
  public int end() {
    return finding.end();
  }

  /**
   * The finding's type.
   *
   * @return what was found
   */
  public EntityType type() {
    return finding.type();
  }

  /**
   * The finding's score.
   *
   * @return how certain, 0 to 1
   */
  public double score() {
    return finding.score();
  }
}
