package se.avid;

import se.avid.redact.RedactionStrategy;

/**
 * What the anonymizer does with each type in one call: on or off, the review and redact
 * thresholds, the strategy. Built once per anonymizer from the builder (arrays by
 * {@link EntityType#ordinal()}, for the per-finding checks of every call) and derived per call
 * when {@link CallOptions} are given. Custom types declared after the anonymizer was built fall back
 * to the general settings and are on: unknown personal data is redacted, not let through.
 * Immutable and thread-safe.
 */
final class Thresholds {

  private final double[] redactAt;
  private final double[] reviewAt;
  private final boolean[] enabled;
  private final RedactionStrategy[] strategies;
  private final double generalRedact;
  private final double generalReview;
  private final RedactionStrategy defaultStrategy;
  private final CallOptions call;

  Thresholds(double[] redactAt, double[] reviewAt, boolean[] enabled, RedactionStrategy[] strategies,
      double generalRedact, double generalReview, RedactionStrategy defaultStrategy, CallOptions call) {
    this.redactAt = redactAt;
    this.reviewAt = reviewAt;
    this.enabled = enabled;
    this.strategies = strategies;
    this.generalRedact = generalRedact;
    this.generalReview = generalReview;
    this.defaultStrategy = defaultStrategy;
    this.call = call;
  }

  /** These settings narrowed by one call's options; the arrays are shared, not copied. */
  Thresholds forCall(CallOptions options) {
    return options == CallOptions.DEFAULTS || options == call ? this
        : new Thresholds(redactAt, reviewAt, enabled, strategies, generalRedact, generalReview, defaultStrategy,
            options);
  }

  double generalRedact() {
    return generalRedact;
  }

  double generalReview() {
    return generalReview;
  }

  boolean explain() {
    return call.explain();
  }

  boolean enabled(EntityType t) {
    int i = t.ordinal();
    return (i >= enabled.length || enabled[i]) && call.allows(t);
  }

  double redactAt(EntityType t) {
    double own = call.redactThreshold(t);
    if (!Double.isNaN(own)) {
      return own;
    }
    int i = t.ordinal();
    return i < redactAt.length ? redactAt[i] : generalRedact;
  }

  double reviewAt(EntityType t) {
    double own = call.reviewThreshold(t);
    if (!Double.isNaN(own)) {
      return own;
    }
    int i = t.ordinal();
    return i < reviewAt.length ? reviewAt[i] : generalReview;
  }

  RedactionStrategy strategy(EntityType t) {
    int i = t.ordinal();
    return i < strategies.length ? strategies[i] : defaultStrategy;
  }

  /** Checks one threshold. */
  static double check(double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
    }
    return threshold;
  }
}
