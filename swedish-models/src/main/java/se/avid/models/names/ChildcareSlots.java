package se.avid.models.names;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * A child picked up, left or looked after: "hämtade jag ask på förskolan", "lämnar sol på
 * dagis", "brukar passa saga, men". The verbs of fetching and minding take a child as their
 * object, and what follows says where the child goes or ends the clause; no noun that is also a
 * name stands bare there ("hämta bilen", "passa tiden" take an article or a definite form).
 * Stateless.
 */
final class ChildcareSlots {

  private ChildcareSlots() {}

  /** Verbs whose object is a child taken somewhere or minded. */
  private static final WordSieve VERBS = WordSieve.of("hämta", "hämtar", "hämtade", "hämtat", "lämna", "lämnar",
      "lämnade", "lämnat", "skjutsa", "skjutsar", "skjutsade", "skjutsat", "passa", "passar", "passade", "passat",
      "natta", "nattar", "nattade", "väcka", "väcker", "väckte");
  /** A subject between the verb and its object in an inverted clause: "hämtade jag ask". */
  private static final WordSieve SUBJECTS = WordSieve.of("jag", "ja", "hon", "han", "vi", "de", "dom", "du", "mamma",
      "pappa", "farmor", "mormor", "morfar", "farfar");
  /** Prepositions of where the child is taken or from where. */
  private static final WordSieve TO_OR_FROM = WordSieve.of("på", "från", "till", "vid", "hos", "efter");
  /** Where children are taken: "på förskolan", "från fritids", "efter skolan". */
  private static final WordSieve CHILDREN_PLACES = WordSieve.of("förskolan", "förskola", "skolan", "skola", "dagis",
      "dagiset", "fritids", "fritis", "fritidshemmet", "träningen", "simningen", "fotbollen", "bvc", "tandläkaren",
      "mormor", "farmor", "pappa", "mamma", "oss", "mig", "mej");
  /** Words that end the clause after the object: "passa saga men", "hämta vilja idag" (not "och": "lämnar liv och hälsa"). */
  private static final WordSieve CLAUSE_ENDS = WordSieve.of("men", "så", "idag", "imorgon", "ikväll", "sen", "varje",
      "ibland");

  /** No such slot. */
  static final int NONE = 0;
  /** The object before the clause's end: "passa saga, men", "hämta vilja." */
  static final int BEFORE_CLAUSE_END = 1;
  /** The object before where children go: "lämnar sol på förskolan", "hämtade jag ask på vitsippans förskola". */
  static final int BEFORE_CHILDRENS_PLACE = 2;

  /**
   * Whether word {@code t} is the object of a verb of fetching or minding, and what follows it:
   * where the child goes (a place of children within two words) or the clause's end.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return {@link #NONE}, {@link #BEFORE_CLAUSE_END} or {@link #BEFORE_CHILDRENS_PLACE}
   */
  static int fetched(Tokens tokens, int t) {
    int verb = SUBJECTS.has(tokens, t - 1) && tokens.adjacent(t - 2) ? t - 2 : t - 1;
    if (!tokens.adjacent(t - 1) || !VERBS.has(tokens, verb)) {
      return NONE;
    }
    int u = t + 1;
    if (u >= tokens.size() || tokens.kind(u) == Tokens.PUNCT) {
      return BEFORE_CLAUSE_END; // "hämta vilja.", "passa saga, men"
    }
    if (!tokens.adjacent(t)) {
      return NONE;
    }
    if (TO_OR_FROM.has(tokens, u) && (CHILDREN_PLACES.has(tokens, u + 1) || CHILDREN_PLACES.has(tokens, u + 2))) {
      return BEFORE_CHILDRENS_PLACE;
    }
    return CLAUSE_ENDS.has(tokens, u) ? BEFORE_CLAUSE_END : NONE;
  }
}
