package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * A word that the rest of its sentence says is a place: {@code fiskvallen är ett tråkigt område},
 * {@code Örnkroken är en liten by}, {@code hammarskogen ligger utanför stan}. The predicate names
 * a kind of place (an area, a suburb, a village) or where the thing lies, so its subject is a
 * place whatever its case; only a word that no list holds as a frequent or listed word, or a
 * listed place, is taken ("skolan är ett bra ställe" stays). Stateless.
 */
final class PlacePredicates {

  private PlacePredicates() {}

  /** Nouns of a kind of place, indefinite, that "är en/ett" gives its subject. */
  private static final WordSieve KINDS = WordSieve.of("område", "bostadsområde", "villaområde", "förort", "förortsområde",
      "stadsdel", "by", "ort", "samhälle", "håla", "kvarter", "ghetto", "getto", "ställe", "småstad", "stad",
      "industriområde", "miljonprogramsområde", "landsbygdsort", "tätort", "bruksort", "omrade", "forort");

  /** Adjectives and adverbs that may stand between the article and the noun ("ett ganska tråkigt område"). */
  private static final int MAX_MODIFIERS = 2;

  /** What follows "ligger" when it says where a place lies ("ligger utanför stan", "ligger i norr"). */
  private static final WordSieve WHERE = WordSieve.of("i", "utanför", "nära", "vid", "söder", "norr", "öster", "väster", "mitt",
      "precis", "typ", "bredvid", "intill", "ovanför", "nedanför", "mellan", "utanfor", "nara");

  /** What stays whatever the predicate: countries and public bodies. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);

  /** The shortest word taken: "by" and "ö" are too short for a name of their own to be told from a word. */
  private static final int MIN_LENGTH = 4;

  /**
   * True if word {@code t} is the subject of a predicate that names a kind of place or where it
   * lies, and is no frequent or listed word (unless a listed place) and no kept name.
   *
   * @param lexicon the lexicon that knows the words
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @param places the categories of listed places
   * @return whether it is a place by what is said of it
   */
  static boolean isSubjectOfPlacePredicate(SwedishLexicon lexicon, Tokens tokens, int t, long places) {
    int predicate = tokens.isWord(t) && tokens.adjacent(t) && tokens.length(t) >= MIN_LENGTH ? predicateAfter(tokens, t) : NONE;
    if (predicate == NONE) {
      return false;
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    if (!Words.isLetters(lower, start, length)) {
      return false;
    }
    Lexeme word = tokens.lexeme(t, lexicon); // the call's record of the word, shared with the other detectors
    long facts = word.facts();
    long categories = SwedishLexicon.categories(facts);
    if ((categories & KEPT) != 0 || Category.WORD_FORM.in(categories)) {
      return false;
    }
    if ((categories & places) != 0) {
      return true;
    }
    if (predicate == KIND) {
      return !SwedishLexicon.isFrequentOrListedWord(facts);
    }
    // "ligger i" is said of things too ("pengarna i branschen ligger i"): only a word shaped like a place
    long ending = word.ending();
    return facts == 0 && (UnlistedPlaces.isCompoundShaped(lexicon, lower, start, length, facts, ending)
        || UnlistedPlaces.shape(lexicon, lower, start, length, facts, ending) != UnlistedPlaces.NONE);
  }

  /** The verbs that begin both predicates. */
  static final WordSieve VERBS = WordSieve.of("ligger", "låg", "är", "var", "e");

  private static final int NONE = 0;
  /** "är en liten by": the predicate names a kind of place. */
  private static final int KIND = 1;
  /** "ligger utanför stan": the predicate says where it lies, as of a thing too. */
  private static final int LIES = 2;

  /** After word {@code t}: "är/var en/ett" with up to two modifiers and a kind of place ({@link #KIND}), or "ligger" and where ({@link #LIES}). */
  private static int predicateAfter(Tokens tokens, int t) {
    int v = t + 1;
    if (!VERBS.has(tokens, v)) {
      return NONE; // most words: no verb of either predicate after them
    }
    if (tokens.is(v, "ligger") || tokens.is(v, "låg")) {
      return tokens.adjacent(v) && WHERE.has(tokens, v + 1) ? LIES : NONE;
    }
    if (!(tokens.is(v, "är") || tokens.is(v, "var") || tokens.is(v, "e")) || !tokens.adjacent(v)
        || !(tokens.is(v + 1, "ett") || tokens.is(v + 1, "en"))) {
      return NONE;
    }
    for (int k = v + 2; k <= v + 2 + MAX_MODIFIERS; k++) {
      if (!tokens.isWord(k) || !tokens.adjacent(k - 1)) {
        return NONE;
      }
      if (KINDS.has(tokens, k)) {
        return KIND;
      }
    }
    return NONE;
  }
}
