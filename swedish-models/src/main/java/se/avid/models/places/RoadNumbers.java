package se.avid.models.places;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Road numbers ({@code riksväg 31}, {@code länsväg 222}, {@code väg 40}, {@code E 20},
 * {@code E6:an}, {@code rv 40}): a public road named by its number after the word for its
 * category, as the road authority numbers them; and SFI's numbered study paths ({@code studieväg 1}),
 * which are no road at all. They locate a road, not a home, and are kept,
 * whereas a street named after a road ({@code Gamla riksväg 5}, {@code Karl Johans väg 5},
 * {@code Riksvägen 12}, definite) stays an address. Stateless and thread-safe.
 */
final class RoadNumbers {

  /**
   * The road categories in the indefinite form that goes before a number: European, national
   * and county roads, any numbered road, and their abbreviations; {@code e} is the European
   * roads' letter ({@code E4}, {@code E 20}); and SFI's study path.
   */
  private static final WordSieve CATEGORIES = WordSieve.of("väg", "riksväg", "länsväg", "europaväg", "rv", "lv", "e",
      "studieväg");

  private RoadNumbers() {}

  /**
   * True when word {@code t} and the number right after it (attached or after spaces) are a road
   * number: {@code t} is a road category word and no name comes before it.
   */
  static boolean startsAt(Tokens tokens, int t) {
    int n = t + 1;
    return tokens.kind(n) == Tokens.NUMBER && (tokens.adjacent(t) || tokens.end(t) == tokens.start(n))
        && CATEGORIES.has(tokens, t) && !isNamePart(tokens, t - 1);
  }

  /**
   * True when word {@code p} right before a road word names a street with it: a capitalised word
   * that does not begin its sentence ({@code Karl Johans väg}), a direction or age
   * ({@code gamla riksväg}) or the genitive of an owner ({@code lagerlöfs väg}).
   */
  private static boolean isNamePart(Tokens tokens, int p) {
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return false;
    }
    if (tokens.has(p, Tokens.CAPITALISED)) {
      return !tokens.has(p, Tokens.SENTENCE_START) && !tokens.has(p, Tokens.LINE_START);
    }
    return StreetAddressDetector.isStreetNameAdjective(tokens, p) || StreetAddressDetector.isOwner(tokens, p);
  }
}
