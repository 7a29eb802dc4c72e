package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The post town of an address: the word after a postal code grouped three and two ({@code 582 24
 * ljung}, {@code 973 45 mellosa}, {@code 123 45 Stockholm}). Swedish addresses put the town there
 * and nothing else is written so; the grouping alone is a postal code's, since no amount or count
 * is grouped 3 + 2 and a phone number goes on with more digits. The town is often a small
 * locality that no list holds, or a word too ({@code Ljung}, {@code Berg}), so the slot decides.
 * Stateless.
 */
public final class PostTowns {

  /** Words after five digits that are no towns: units, conjunctions, times ({@code 123 45 kr}, {@code 123 45 och}). */
  private static final WordSieve NOT_TOWNS = WordSieve.of("kr", "sek", "st", "eur", "usd", "kl", "tkr", "mkr", "och", "eller", "men",
      "år", "kronor", "dagtid", "kvällstid", "mellan", "efter", "innan", "ggr", "gånger");

  private PostTowns() {}

  /**
   * True when word {@code t} follows a postal code of three and two digits ({@code 762 31 amot}),
   * with nothing joining the code to a number before it: not the end of a phone number
   * ({@code 0550-134 07 dagtid}), though it may follow a flat's number ({@code lgh 1203 164 31 kista}).
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether it stands where an address puts its post town
   */
  public static boolean isAfterPostalCode(Tokens tokens, int t) {
    int two = t - 1;
    int three = t - 2;
    return three >= 0 && tokens.kind(two) == Tokens.NUMBER && tokens.kind(three) == Tokens.NUMBER
        && tokens.length(two) == 2 && tokens.length(three) == 3 && tokens.adjacent(three) && tokens.adjacent(two)
        && !(three > 0 && (tokens.kind(three - 1) == Tokens.NUMBER && !isFlatNumber(tokens, three - 1)
                || tokens.isPunct(three - 1, '-'))
            && tokens.start(three) - tokens.end(three - 1) <= 1);
  }

  /** Words before a flat's number ({@code lgh 1203 164 31 kista}): the address's, not a phone's digits. */
  private static final WordSieve FLAT_WORDS = WordSieve.of("lgh", "lägenhet", "lägenhetsnummer", "lght");

  /** The number {@code k} follows a word of a flat ({@code lgh 1203}). */
  private static boolean isFlatNumber(Tokens tokens, int k) {
    int w = tokens.isPunct(k - 1, '.') ? k - 2 : k - 1;
    return w >= 0 && tokens.isWord(w) && FLAT_WORDS.has(tokens, w);
  }

  /**
   * True when word {@code t} is a post town: after a postal code ({@link #isAfterPostalCode}), of
   * two letters or more, no unit, conjunction or time of day, and no closed-class word,
   * inflected form or frequent word unless listed as a place ({@code Berg}, {@code Ljung},
   * {@code Vara} are both).
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @param lexicon the lexicon, asked only when the layout holds
   * @param places the categories that are places
   * @param kept the categories that are kept (countries, public bodies)
   * @return whether the word is the town of an address
   */
  static boolean isTown(Tokens tokens, int t, SwedishLexicon lexicon, long places, long kept) {
    if (!tokens.isWord(t) || tokens.length(t) < 2 || !isAfterPostalCode(tokens, t) || NOT_TOWNS.has(tokens, t)) {
      return false;
    }
    long facts = tokens.lexeme(t, lexicon).facts();
    long categories = SwedishLexicon.categories(facts);
    // a listed place even when it is a word form too ("534 91 vara")
    return (categories & kept) == 0 && ((categories & places) != 0
        || !Category.WORD_FORM.in(categories) && !SwedishLexicon.isFrequentWord(facts));
  }
}
