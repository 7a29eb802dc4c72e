package se.avid.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.avid.redact.LabelStrategy;
import se.avid.redact.MaskStrategy;
import se.avid.redact.PseudonymStrategy;
import se.avid.redact.RedactionStrategy;
import se.avid.redact.RemovalStrategy;

/**
 * The strategies a rules file may name in {@code strategy = ...}: those that need no secret or code.
 * {@link se.avid.redact.KeyedPseudonymStrategy} needs a key, so it is set in code only.
 */
final class StrategyNames {

  private static final Map<String, RedactionStrategy> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("label", LabelStrategy.SWEDISH);
    BY_NAME.put("english-label", LabelStrategy.ENGLISH);
    BY_NAME.put("pseudonym", PseudonymStrategy.SWEDISH);
    BY_NAME.put("english-pseudonym", PseudonymStrategy.ENGLISH);
    BY_NAME.put("mask", MaskStrategy.SHAPE);
    BY_NAME.put("remove", RemovalStrategy.INSTANCE);
  }

  /** The names, in the order the documentation lists them. */
  static final Set<String> NAMES = java.util.Collections.unmodifiableSet(BY_NAME.keySet());

  private StrategyNames() {}

  /** The strategy of that name in any case, or {@code null}. */
  static RedactionStrategy byName(String name) {
    return BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
  }
}
