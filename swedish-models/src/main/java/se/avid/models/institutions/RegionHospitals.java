package se.avid.models.institutions;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Hospitals and care homes named by the county, land or town they serve, in the genitive before
 * the noun: "Hallands sjukhus", "Norrlands universitetssjukhus", "Stockholms sjukhem", and with
 * the town of the unit after it, "Hallands sjukhus Varberg". The name is the whole phrase, one
 * place, as an annotator marks it; a county or land alone is kept as a very large region, so
 * without this rule nothing of such a name would be redacted. Stateless.
 */
final class RegionHospitals {

  private RegionHospitals() {}

  /** The nouns of such names, as the names write them (indefinite) and as posts say them (definite). */
  private static final WordSieve HEADS = WordSieve.of("sjukhus", "sjukhuset", "universitetssjukhus",
      "universitetssjukhuset", "länssjukhus", "länssjukhuset", "lasarett", "lasarettet", "sjukhem", "sjukhemmet",
      "hospice");
  /** Lands of Sweden that name hospitals, which the lexicon files as very large regions. */
  private static final WordSieve LANDS = WordSieve.of("norrlands", "götalands", "svealands");
  /** What the genitive's base must be: a county, a municipality, a town or a district. */
  private static final long PLACES = Category.bits(Category.REGION, Category.MUNICIPALITY, Category.TOWN,
      Category.DISTRICT);
  /** The shortest genitive taken ("Edes"). */
  private static final int MIN_GENITIVE = 4;

  /**
   * The token after a hospital's name that starts at word {@code t}, or -1 if none does.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @param lexicon the lexicon that knows the places
   * @return the end of the name, exclusive, or -1
   */
  static int endOf(Tokens tokens, int t, SwedishLexicon lexicon) {
    int head = t + 1;
    if (!tokens.isWord(head) || !HEADS.has(tokens, head) || !tokens.adjacent(t)) {
      return -1; // nearly every word
    }
    int length = tokens.length(t);
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    if (length < MIN_GENITIVE || lower[start + length - 1] != 's') {
      return -1;
    }
    boolean place = LANDS.has(tokens, t)
        || (SwedishLexicon.categories(lexicon.facts(lower, start, length - 1)) & PLACES) != 0;
    if (!place) {
      return -1;
    }
    int town = head + 1;
    boolean unit = tokens.adjacent(head) && tokens.isWord(town) && tokens.has(town, Tokens.CAPITALISED)
        && !tokens.has(town, Tokens.SENTENCE_START)
        && (SwedishLexicon.categories(lexicon.facts(lower, tokens.start(town), tokens.length(town))) & PLACES) != 0;
    return unit ? town + 1 : head + 1;
  }
}
