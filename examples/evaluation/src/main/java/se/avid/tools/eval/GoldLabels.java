package se.avid.tools.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import se.avid.EntityType;

/**
 * What the gold labels mean for avid: which finding types find an entity, and which entities a
 * finding may rightly cover.
 *
 * <p>Labels are the SUC 3.0 tags ({@code PER}, {@code LOC}, {@code ORG}, {@code TME},
 * {@code MSR}, {@code WRK}, {@code EVN}, {@code OBJ} and the mixed {@code LOCPRS},
 * {@code ORGPRS}, {@code LOCORG}), the web-news corpus's {@code MISC} (nationalities, products,
 * events) or {@link EntityType} names, in upper case. A person
 * ({@code PER} or {@code NAME}) is found by a {@link EntityType#NAME} finding; a place
 * ({@code LOC} or {@code PLACE}) by a {@link EntityType#PLACE} or {@link EntityType#ADDRESS}
 * finding; any other entity type by a finding of its own type. A finding is right when it covers
 * part of a person, place, organisation (an organisation's name can hold a person's or a place's,
 * and redacting it leaks nothing) or an entity of any {@link EntityType}; times, measures, works,
 * events and objects are not personal data. Stateless.
 */
public final class GoldLabels {

  private static final Set<String> SUC_TAGS = Set.of(
      "PER", "LOC", "ORG", "TME", "MSR", "WRK", "EVN", "OBJ", "LOCPRS", "ORGPRS", "LOCORG", "MISC");

  /** SUC tags whose entities a NAME or PLACE finding may cover without being a false alarm. */
  private static final Set<String> NAME_LIKE_SUC_TAGS = Set.of("PER", "LOC", "ORG", "LOCPRS", "ORGPRS", "LOCORG");

  /**
   * An entity that a probe post keeps from its source but does not score ({@link PlantedPosts}):
   * avid need not find it for the post to leak nothing, but a finding that covers it is right.
   */
  public static final String UNSCORED = "UNSCORED";

  private GoldLabels() {}

  /** The label in its canonical form: trimmed and upper case. */
  public static String normalise(String label) {
    return label.strip().toUpperCase(Locale.ROOT);
  }

  /** True for a SUC tag other than {@code O} or an {@link EntityType} name, in canonical form. */
  public static boolean isKnown(String label) {
    return SUC_TAGS.contains(label) || UNSCORED.equals(label) || entityType(label) != null;
  }

  /**
   * The finding types that find an entity with this label; empty when avid is not meant to find
   * it (organisations, times, measures, …).
   */
  public static Set<EntityType> findingTypes(String label) {
    switch (label) {
      case "PER":
        return types(EntityType.NAME);
      case "LOC":
      case "PLACE":
        return types(EntityType.PLACE, EntityType.ADDRESS);
      default:
        EntityType type = entityType(label);
        return type == null ? types() : types(type);
    }
  }

  /** True when a finding that covers part of an entity with this label is not a false alarm. */
  public static boolean mayBeRedacted(String label) {
    return NAME_LIKE_SUC_TAGS.contains(label) || UNSCORED.equals(label) || entityType(label) != null;
  }

  /** The types in ordinal order, as the {@code EnumSet} gave them when {@code EntityType} was an enum. */
  private static Set<EntityType> types(EntityType... types) {
    return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(types)));
  }

  private static EntityType entityType(String label) {
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(label)) {
        return type;
      }
    }
    return null;
  }
}
