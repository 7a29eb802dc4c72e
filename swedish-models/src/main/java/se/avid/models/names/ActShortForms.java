package se.avid.models.names;

import se.avid.models.lexicon.Tokens;

/**
 * Short forms of laws that are also names: "SoL", the Social Services Act, is the name Sol in
 * lowercase; and the short names of statute books before a rule's year and number ("afs
 * 2015:4"). Asked by the name rules and the residual-leak review alike. Stateless.
 */
public final class ActShortForms {

  private ActShortForms() {}

  /**
   * "SoL" as the act writes itself, or "sol" in lowercase after "enligt" ("insats enligt sol"): the
   * law, not the name Sol ("enligt Sol" capitalised is the person).
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether the word is the Social Services Act
   */
  public static boolean isSocialServicesAct(Tokens tokens, int t) {
    return tokens.is(t, "sol")
        && (tokens.original(t).equals("SoL") || tokens.is(t - 1, "enligt") && !tokens.has(t, Tokens.CAPITALISED));
  }

  /** The longest short name of a statute book ("skolfs" is six letters; "HSLF-FS" is read as two words). */
  private static final int MAX_STATUTE_BOOK = 6;

  /**
   * Word {@code t} is a statute book's short name, which ends in "fs" (författningssamling), right
   * before a year, a colon and a number ("SFS 2010:110", "afs 2015:4", "sosfs 2011:9"); an author
   * before a year and page is a person ("Sadeniemi 1966:31").
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether the word names a statute book
   */
  public static boolean isStatuteBook(Tokens tokens, int t) {
    int year = t + 1;
    int len = tokens.length(t);
    char[] lower = tokens.lower();
    int end = tokens.start(t) + len;
    return len >= 3 && len <= MAX_STATUTE_BOOK && lower[end - 2] == 'f' && lower[end - 1] == 's'
        && tokens.adjacent(t) && year + 2 < tokens.size()
        && tokens.kind(year) == Tokens.NUMBER && tokens.length(year) == 4 && tokens.isPunct(year + 1, ':')
        && tokens.kind(year + 2) == Tokens.NUMBER && tokens.start(year + 1) == tokens.end(year)
        && tokens.start(year + 2) == tokens.end(year + 1);
  }
}
