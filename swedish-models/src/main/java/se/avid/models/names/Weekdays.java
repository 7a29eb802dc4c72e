package se.avid.models.names;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The days of the week, whole ("fredag", "fredagar") and cut short as posts write them ("fre",
 * "tors"): several short ones are names too ("Tor", "Fre"), so the name rules and the review
 * signal ask the same lists. Stateless.
 */
public final class Weekdays {

  private static final WordSieve SHORT = WordSieve.of("mån", "tis", "tisd", "ons", "onsd", "tor", "tors", "torsd", "fre",
      "fred", "lör", "lörd", "sön", "sönd");
  private static final WordSieve WHOLE = WordSieve.of("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
      "söndag", "måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar");

  private Weekdays() {}

  /**
   * Whether token {@code t} is a weekday cut short, in any case ("fre", "Tors").
   *
   * @param tokens the tokens of a text
   * @param t the index of a token, or any int
   * @return whether it is a short weekday
   */
  public static boolean isShort(Tokens tokens, int t) {
    return SHORT.has(tokens, t);
  }

  /**
   * Whether token {@code t} is a weekday written whole, singular or plural ("fredag", "lördagar").
   *
   * @param tokens the tokens of a text
   * @param t the index of a token, or any int
   * @return whether it is a whole weekday
   */
  public static boolean isWhole(Tokens tokens, int t) {
    return WHOLE.has(tokens, t);
  }
}
