package se.avid.redact;

import java.util.function.Function;
import se.avid.EntityType;
import se.avid.Finding;

/**
 * Replaces each finding with its type's label in brackets: {@code [NAMN]}, {@code [TELEFON]}.
 * Immutable and thread-safe.
 */
public enum LabelStrategy implements RedactionStrategy {
  /** {@code [PERSONNUMMER]}, {@code [TELEFON]}, {@code [E-POST]}, … (the default). */
  SWEDISH {
    @Override
    public String replacement(Finding finding, String text) {
      return Labels.of(Labels.SWEDISH, finding.type(), EntityType::swedishLabel);
    }
  },
  /** {@code [PERSONAL_ID_NUMBER]}, {@code [PHONE]}, {@code [EMAIL]}, … */
  ENGLISH {
    @Override
    public String replacement(Finding finding, String text) {
      return Labels.of(Labels.ENGLISH, finding.type(), EntityType::englishLabel);
    }
  };

  /**
   * Every built-in label made once: a post has several findings, and each would make its label
   * anew. Custom types, declared at run time, make theirs on each use.
   */
  private static final class Labels {
    static final String[] SWEDISH = labels(EntityType::swedishLabel);
    static final String[] ENGLISH = labels(EntityType::englishLabel);

    static String of(String[] made, EntityType type, Function<EntityType, String> label) {
      int i = type.ordinal();
      return i < made.length ? made[i] : '[' + label.apply(type) + ']';
    }

    private static String[] labels(Function<EntityType, String> label) {
      EntityType[] types = EntityType.values();
      String[] labels = new String[types.length];
      for (EntityType t : types) {
        labels[t.ordinal()] = '[' + label.apply(t) + ']';
      }
      return labels;
    }
  }
}
