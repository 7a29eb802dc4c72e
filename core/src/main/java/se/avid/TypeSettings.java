package se.avid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.avid.redact.RedactionStrategy;
import se.avid.rules.Rules;
import se.avid.rules.TypeRule;

/**
 * What the builder was told about single types: which are off, their own thresholds and strategies.
 * Mutable and confined to one {@link Anonymizer.Builder}; {@link Thresholds#of} turns it into the
 * immutable per-type arrays of the built anonymizer.
 */
final class TypeSettings {

  /** Off types; every other type, custom ones included, is on (a custom type is personal data by declaration). */
  final Set<EntityType> disabled = new HashSet<>(Set.of(EntityType.ORGANISATIONSNUMMER));
  final Map<EntityType, RedactionStrategy> strategies = new HashMap<>();
  final Map<EntityType, Double> redact = new HashMap<>();
  final Map<EntityType, Double> review = new HashMap<>();

  void enable(EntityType type) {
    disabled.remove(Objects.requireNonNull(type, "type"));
  }

  void disable(EntityType type) {
    disabled.add(Objects.requireNonNull(type, "type"));
  }

  void strategy(EntityType type, RedactionStrategy strategy) {
    strategies.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(strategy, "strategy"));
  }

  void thresholds(EntityType type, double reviewAt, double redactAt) {
    Thresholds.checkPair(type, reviewAt, redactAt);
    review.put(type, reviewAt);
    redact.put(type, redactAt);
  }

  /** A rules file's per-type settings, overriding what was set before for those types. */
  void apply(Rules rules) {
    for (Map.Entry<EntityType, TypeRule> e : rules.typeRules().entrySet()) {
      EntityType type = e.getKey();
      TypeRule r = e.getValue();
      if (r.enabled() != null) {
        if (r.enabled()) {
          enable(type);
        } else {
          disable(type);
        }
      }
      if (r.strategy() != null) {
        strategy(type, r.strategy());
      }
      if (r.review() != null) {
        review.put(type, r.review());
      }
      if (r.redact() != null) {
        redact.put(type, r.redact());
      }
    }
  }
}
