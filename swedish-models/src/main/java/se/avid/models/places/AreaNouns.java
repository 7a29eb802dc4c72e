package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * A noun of a kind of place in its definite form right before a lowercase word that names it:
 * {@code bostadsområdet djurängen}, {@code byn kvarnarp}, {@code hållplatsen korsängen}, {@code
 * huvudstaden manama}. Two definite nouns in a row make no Swedish phrase, so the word after the
 * noun is the place's name when it is shaped like one or is no word at all; an ordinary word
 * there ({@code området runt}, {@code byn igen}) stays. Stateless.
 */
final class AreaNouns {

  private AreaNouns() {}

  /** Nouns of areas, settlements and spots, definite, that a place's name follows. */
  static final WordSieve NOUNS = WordSieve.of("bostadsområdet", "området", "stadsdelen", "förorten", "orten", "byn",
      "tätorten", "samhället", "kvarteret", "villaområdet", "industriområdet", "köpcentret", "köpcentrumet",
      "stadsdelsområdet", "staden", "huvudstaden", "småstaden", "delstaten", "provinsen", "hållplatsen",
      "busshållplatsen", "stationen", "tunnelbanestationen", "pendeltågsstationen", "ön", "sjön", "berget", "fjället",
      "älven", "halvön", "bruksorten", "fiskeläget", "torget", "parken", "omradet", "forstaden");

  /** What stays: countries and public bodies. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);

  /**
   * True if token {@code p} is a noun of a kind of place, definite, right before word {@code p+1}.
   *
   * @param tokens the tokens of a text
   * @param p the index of a token
   * @return whether a place's name may follow it
   */
  static boolean isNounBefore(Tokens tokens, int p) {
    return tokens.adjacent(p) && tokens.isWord(p + 1) && isNoun(tokens, p);
  }

  /** True if token {@code p} is a definite noun of a kind of place ({@code området}, {@code byn}). */
  static boolean isNoun(Tokens tokens, int p) {
    return NOUNS.has(tokens, p);
  }

  /**
   * True if the lowercase word {@code u} after such a noun names the place: shaped like a place
   * that no list holds ({@link UnlistedPlaces}), or no word, name or place of the lexicon at all
   * ({@link UnknownPlaces}).
   *
   * @param lexicon the lexicon that knows the words
   * @param tokens the tokens of a text
   * @param u the index of the word after the noun
   * @param word the word's record
   * @return whether it is the place's name
   */
  static boolean isNameAfter(SwedishLexicon lexicon, Tokens tokens, int u, Lexeme word) {
    if (tokens.has(u, Tokens.CAPITALISED) || (SwedishLexicon.categories(word.facts()) & KEPT) != 0) {
      return false; // capitalised, the name rules see it
    }
    char[] lower = tokens.lower();
    return UnlistedPlaces.shape(lexicon, lower, tokens.start(u), tokens.length(u), word.facts(), word.ending())
        != UnlistedPlaces.NONE || UnknownPlaces.isUnknownWord(lexicon, tokens, u);
  }
}
