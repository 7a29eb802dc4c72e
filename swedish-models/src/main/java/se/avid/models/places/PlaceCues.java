package se.avid.models.places;

import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Words before a preposition that say a place's name follows it, with no verb of living or
 * moving: a town's service ({@code socialtjänsten i}, {@code skolan i}) or an adverb of place
 * ({@code nere i}, {@code ute på}). Stateless.
 */
final class PlaceCues {

  private PlaceCues() {}

  /** Services and places of a town that "i" and the town's name follow ("socialtjänsten i", "stationen i"). */
  private static final WordSieve SERVICES = WordSieve.of("socialtjänsten", "socialtjansten", "kommunen", "stationen", "polisen",
      "biblioteket", "hemtjänsten", "hemtjansten", "tingsrätten", "torget", "centrum");

  /**
   * The word before "i" ({@code p}) is a town's service or institution in the definite form
   * ("socialtjänsten", "vårdcentralen", "skolan"): the word after "i" is the town.
   */
  static boolean isServiceBefore(Tokens tokens, int p) {
    int s = p - 1;
    if (!tokens.isWord(s) || !tokens.adjacent(s)) {
      return false;
    }
    char last = tokens.lower()[tokens.end(s) - 1];
    return SERVICES.has(tokens, s) || (last == 'n' || last == 't') && InstitutionNouns.isNounOrCompound(tokens, s);
  }

  /**
   * "utanför vara": no verb or other word form follows "utanför", so a municipality right after it
   * that is one too ("vara") is the place; not a kept name.
   *
   * @param facts the lexicon's facts of the word after {@code p}
   */
  static boolean isMunicipalityOutside(Tokens tokens, int p, long facts) {
    long categories = SwedishLexicon.categories(facts);
    return (tokens.is(p, "utanför") || tokens.is(p, "utanfor")) && Category.MUNICIPALITY.in(categories)
        && !Category.PUBLIC_BODY.in(categories) && !Category.COUNTRY.in(categories);
  }

  /**
   * Preposition {@code p} follows a town's service ("skolan i") or an adverb of place ("nere i"):
   * a place's name follows, as it does after a verb of living.
   */
  static boolean isPlaceCued(Tokens tokens, int p) {
    return tokens.is(p, "i") && isServiceBefore(tokens, p) || isAfterPlaceAdverb(tokens, p);
  }

  /** Adverbs of place before "i" or "på" that a place's name follows ("nere i", "ute på"). */
  private static final WordSieve PLACE_ADVERBS = WordSieve.of("nere", "uppe", "ute", "borta", "inne");

  /** Preposition {@code p} ("i", "på") follows an adverb of place ("killarna nere i X"). */
  private static boolean isAfterPlaceAdverb(Tokens tokens, int p) {
    return (tokens.is(p, "i") || tokens.is(p, "på")) && tokens.adjacent(p - 1) && PLACE_ADVERBS.has(tokens, p - 1);
  }
}
