package se.avid;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings for one call of {@link Anonymizer#process(String, CallOptions)} or
 * {@link Anonymizer#assess(String, CallOptions)}, on top of the anonymizer's own: only some types,
 * other thresholds for some types, explanations. They never leak into other calls: the anonymizer
 * stays shared and unchanged.
 *
 * <pre>{@code
 * CallOptions contactsOnly = CallOptions.builder()
 *     .types(EntityType.PHONE, EntityType.EMAIL)        // restrict: other types are left alone
 *     .thresholds(EntityType.PHONE, 0.2, 0.4)           // review from 0.2, redact from 0.4
 *     .explain(true)
 *     .build();
 * RedactionResult r = anonymizer.process(post, contactsOnly);
 * }</pre>
 *
 * <p>Options can restrict the types, not add to them: a type the anonymizer does not redact stays
 * off. Immutable and thread-safe; build once and reuse.
 */
public final class CallOptions {

  /** No restriction, no override, no explanations: the anonymizer's own settings. */
  public static final CallOptions DEFAULTS = builder().build();

  private final Set<EntityType> types;
  private final Map<EntityType, double[]> thresholds;
  private final boolean explain;

  private CallOptions(Builder b) {
    this.types = b.types == null ? null : Set.copyOf(b.types);
    Map<EntityType, double[]> t = new HashMap<>();
    b.thresholds.forEach((type, pair) -> t.put(type, pair.clone()));
    this.thresholds = Map.copyOf(t);
    this.explain = b.explain;
  }

  /**
   * A builder with no restriction, no override and no explanations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The only types this call reports and redacts, or {@code null} for every enabled type.
   *
   * @return an unmodifiable set, or {@code null}
   */
  public Set<EntityType> types() {
    return types;
  }

  /**
   * Whether findings of {@code type} are let through by this call's restriction.
   *
   * @param type a type
   * @return true unless the call is restricted to other types
   */
  public boolean allows(EntityType type) {
    return types == null || types.contains(type);
  }

  /**
   * The review threshold this call sets for {@code type}.
   *
   * @param type a type
   * @return the threshold, or {@code NaN} when the call keeps the anonymizer's
   */
  public double reviewThreshold(EntityType type) {
    double[] pair = thresholds.get(type);
    return pair == null ? Double.NaN : pair[0];
  }

  /**
   * The redact threshold this call sets for {@code type}.
   *
   * @param type a type
   * @return the threshold, or {@code NaN} when the call keeps the anonymizer's
   */
  public double redactThreshold(EntityType type) {
    double[] pair = thresholds.get(type);
    return pair == null ? Double.NaN : pair[1];
  }

  /**
   * Whether this call overrides any threshold.
   *
   * @return true if {@link Builder#thresholds} was called
   */
  public boolean overridesThresholds() {
    return !thresholds.isEmpty();
  }

  /**
   * Whether the findings of this call carry explanations ({@link Finding#explanation()}).
   *
   * @return true if asked for
   */
  public boolean explain() {
    return explain;
  }

  @Override
  public String toString() {
    return "CallOptions[types=" + (types == null ? "all" : types) + ", thresholds for " + thresholds.keySet()
        + ", explain=" + explain + "]";
  }

  /** Configures {@link CallOptions}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private Set<EntityType> types;
    private final Map<EntityType, double[]> thresholds = new HashMap<>();
    private boolean explain;

    private Builder() {}

    /**
     * Restricts the call to these types; others are neither reported nor redacted.
     *
     * @param only one type at least
     * @return this builder
     * @throws IllegalArgumentException if no type is given
     */
    public Builder types(EntityType... only) {
      return types(java.util.Arrays.asList(only));
    }

    /**
     * Restricts the call to these types; others are neither reported nor redacted.
     *
     * @param only one type at least
     * @return this builder
     * @throws IllegalArgumentException if no type is given
     */
    public Builder types(Collection<EntityType> only) {
      Objects.requireNonNull(only, "types");
      if (only.isEmpty()) {
        throw new IllegalArgumentException("restrict to one type at least; for none, don't call avid");
      }
      for (EntityType t : only) {
        Objects.requireNonNull(t, "type");
      }
      this.types = Set.copyOf(only);
      return this;
    }

    /**
     * Thresholds for one type in this call, overriding the anonymizer's.
     *
     * @param type the type
     * @param review scores from this (0..1) are reported for review
     * @param redact scores from this (0..1) are redacted
     * @return this builder
     * @throws IllegalArgumentException if a threshold is outside 0..1 or {@code review > redact}
     */
    public Builder thresholds(EntityType type, double review, double redact) {
      Thresholds.checkPair(type, review, redact);
      thresholds.put(type, new double[] {review, redact});
      return this;
    }

    /**
     * Whether findings explain themselves ({@link Finding#explanation()}); default false.
     *
     * @param on true to fill explanations
     * @return this builder
     */
    public Builder explain(boolean on) {
      this.explain = on;
      return this;
    }

    /**
     * The options; every value was checked by its setter.
     *
     * @return immutable options
     */
    public CallOptions build() {
      return new CallOptions(this);
    }
  }
}
