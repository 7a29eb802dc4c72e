package se.avid.benchmarks.corpus;

/**
 * How many identifiers a generated post carries: the share of its sentences that name, locate or
 * number someone. Immutable and thread-safe.
 */
public enum Density {
  /** No identifiers at all: only public bodies, helplines, ages, amounts, dates and times, which stay. */
  NONE(0.0, false),
  /** Like most posts: a third of the sentences identify someone, sometimes a signature. */
  TYPICAL(0.3, false),
  /** Every sentence identifies someone (the worst case for the detectors and the redaction). */
  DENSE(1.0, true);

  private final double identifyingShare;
  private final boolean alwaysSigned;

  Density(double identifyingShare, boolean alwaysSigned) {
    this.identifyingShare = identifyingShare;
    this.alwaysSigned = alwaysSigned;
  }

  /**
   * The probability that a sentence is drawn from the identifying templates.
   *
   * @return the share, 0 to 1
   */
  public double identifyingShare() {
    return identifyingShare;
  }

  /** Whether every post ends with a signature such as {@code mvh anna}. */
  boolean alwaysSigned() {
    return alwaysSigned;
  }
}
