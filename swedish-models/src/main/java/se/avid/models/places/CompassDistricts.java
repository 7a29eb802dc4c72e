package se.avid.models.places;

import se.avid.models.institutions.PlacingSlots;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * A district named by a point of the compass where someone lives or works: {@code bor på söder},
 * {@code jobbar på öster}, {@code bodde på Väster}. Many Swedish towns call their parts so (Söder
 * in Stockholm, Öster in Malmö and Gävle, Norr in Sandviken), and {@code på} before the compass
 * word marks the part of town, where {@code i norr}, {@code söderut} or {@code söder om stan} give
 * a direction. Only after a word that places a person ({@link PlacingSlots#isAfterPlacing});
 * {@code solen står på söder} names no one's home. Stateless.
 */
final class CompassDistricts {

  private CompassDistricts() {}

  /** The points of the compass as districts are named, also typed without å, ä, ö. */
  private static final WordSieve POINTS = WordSieve.of("söder", "norr", "öster", "väster", "soder", "oster", "vaster");

  /**
   * True if word {@code u} is a point of the compass right after {@code på} that follows a word
   * placing a person, and no {@code om} follows it ({@code bor på söder om stan} is a direction).
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether it names the district someone lives or works in
   */
  static boolean isDistrictAt(Tokens tokens, int u) {
    return isPointAfterPå(tokens, u) && PlacingSlots.isAfterPlacing(tokens, u);
  }

  /** Verbs of the wind, the sun and a compass needle before "på söder": a direction, no district. */
  private static final WordSieve VERBS_OF_DIRECTION = WordSieve.of("står", "stod", "ligger", "låg", "blåser", "blåste", "vrider",
      "vred", "vänder", "vände", "pekar", "pekade", "vrid", "vänd");

  /**
   * True if word {@code u} is a point of the compass right after {@code på}, no {@code om} after
   * it, and no verb of direction before ({@code trapphus på söder}, {@code en etta på väster}):
   * most often the district, but without a word that places a person there (see
   * {@link #isDistrictAt}) as likely a way of speaking; for review.
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether it may name a district
   */
  static boolean mayBeDistrictAt(Tokens tokens, int u) {
    return isPointAfterPå(tokens, u) && !VERBS_OF_DIRECTION.has(tokens, u - 2);
  }

  private static boolean isPointAfterPå(Tokens tokens, int u) {
    return POINTS.has(tokens, u) && (tokens.is(u - 1, "på") || tokens.is(u - 1, "pa"))
        && !(tokens.adjacent(u) && (tokens.is(u + 1, "om") || tokens.is(u + 1, "ut")));
  }
}
