package se.avid;

import java.util.Objects;
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
  /** Whether the call overrides thresholds; when not, the per-finding checks skip its map. */
  private final boolean overrides;

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
    this.overrides = call.overridesThresholds();
  }

  /**
   * The settings of every type declared so far, from the builder's general and per-type settings.
   *
   * @throws IllegalStateException if a type's review threshold is above its redact threshold
   */
  static Thresholds of(Anonymizer.Builder b, double generalReview) {
    java.util.List<EntityType> types = EntityType.all();
    double[] redactAt = new double[types.size()];
    double[] reviewAt = new double[redactAt.length];
    boolean[] enabledAt = new boolean[redactAt.length];
    RedactionStrategy[] strategyAt = new RedactionStrategy[redactAt.length];
    for (EntityType t : types) {
      double redact = b.types.redact.getOrDefault(t, b.redactThreshold);
      // Inherited, the review threshold never exceeds the type's redact threshold; and a type
      // whose redact threshold is raised above the general one gets a review band down to the
      // general threshold, so that nothing the general settings would redact passes unflagged.
      double review = b.types.review.containsKey(t) ? b.types.review.get(t) : Math.min(generalReview, redact);
      if (review > redact) {
        throw new IllegalStateException("review threshold " + review + " of " + t
            + " is above its redact threshold " + redact);
      }
      redactAt[t.ordinal()] = redact;
      reviewAt[t.ordinal()] = review;
      enabledAt[t.ordinal()] = !b.types.disabled.contains(t);
      strategyAt[t.ordinal()] = b.types.strategies.getOrDefault(t, b.defaultStrategy);
    }
    return new Thresholds(redactAt, reviewAt, enabledAt, strategyAt, b.redactThreshold, generalReview,
        b.defaultStrategy, b.explanations ? CallOptions.builder().explain(true).build() : CallOptions.DEFAULTS);
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
    double own = overrides ? call.redactThreshold(t) : Double.NaN;
    if (!Double.isNaN(own)) {
      return own;
    }
    int i = t.ordinal();
    return i < redactAt.length ? redactAt[i] : generalRedact;
  }

  double reviewAt(EntityType t) {
    double own = overrides ? call.reviewThreshold(t) : Double.NaN;
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

  /**
   * Checks one type's pair of thresholds, for the builder and for per-call options alike.
   *
   * @throws IllegalArgumentException if a threshold is outside 0..1 or {@code review > redact}
   */
  static void checkPair(EntityType type, double review, double redact) {
    Objects.requireNonNull(type, "type");
    check(review);
    check(redact);
    if (review > redact) {
      throw new IllegalArgumentException("review threshold " + review + " of " + type
          + " is above its redact threshold " + redact);
    }
  }
}
