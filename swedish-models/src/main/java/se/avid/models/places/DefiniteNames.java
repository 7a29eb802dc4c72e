package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * A name of an adjective and a definite noun, both capitalised inside a sentence ({@code Blå
 * Huset}, {@code Gula Villan}, {@code Gamla Stan}): ordinary words written as a name name one
 * house, youth centre, café or quarter, where a person can be found. Not a kept name ({@code Röda
 * Korset}), nor one whose adjective is a nationality or an attribute of a body ({@code Svenska
 * Akademien}, {@code Kungliga Operan}), which names an organisation. Stateless.
 */
final class DefiniteNames {

  /** What stays: public bodies, kept terms, countries. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  /** Endings of adjectives of nationality and of bodies ("svenska", "europeiska", "kungliga"). */
  private static final String[] BODY_ADJECTIVES = {"ska", "liga"};

  private DefiniteNames() {}

  /**
   * True if words {@code t} and {@code t + 1} are such a name.
   *
   * @param lexicon the lexicon that knows the words and the kept names
   * @param tokens the tokens of a text
   * @param t the index of a capitalised word
   * @return whether the two words are an adjective and a definite noun written as a name
   */
  static boolean isNameAt(SwedishLexicon lexicon, Tokens tokens, int t) {
    int n = t + 1;
    if (!isCapitalisedInside(tokens, t) || !tokens.adjacent(t) || !tokens.isWord(n) || !tokens.has(n, Tokens.CAPITALISED)
        || tokens.has(n, Tokens.ALL_CAPS)) {
      return false;
    }
    char[] lower = tokens.lower();
    int a = tokens.start(t);
    int aLength = tokens.length(t);
    char last = lower[a + aLength - 1];
    if (last != 'a' && last != 'å' || endsInAny(lower, a, aLength, BODY_ADJECTIVES)) {
      return false; // "Blå", "Gula", "Gamla": the definite adjective; not "Svenska", "Kungliga"
    }
    int b = tokens.start(n);
    int bLength = tokens.length(n);
    char y = lower[b + bLength - 2];
    char z = lower[b + bLength - 1];
    if (bLength < 3 || !(z == 'n' && (y == 'e' || y == 'a' || y == 't') || z == 't' && y == 'e')) {
      return false; // "Huset", "Villan", "Stan"; the definite noun
    }
    char[] scratch = new char[Math.max(aLength, bLength) + 2];
    long aFacts = lexicon.facts(lower, a, aLength);
    long bFacts = lexicon.facts(lower, b, bLength);
    long phrase = lexicon.facts(lower, a, b + bLength - a);
    return ((SwedishLexicon.categories(aFacts) | SwedishLexicon.categories(bFacts) | SwedishLexicon.categories(phrase)) & KEPT) == 0
        && lexicon.isCommonWord(aFacts, lower, a, aLength, scratch) && lexicon.isCommonWord(bFacts, lower, b, bLength, scratch);
  }

  private static boolean isCapitalisedInside(Tokens tokens, int t) {
    return tokens.isWord(t) && tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(t, Tokens.LINE_START);
  }

  private static boolean endsInAny(char[] lower, int start, int length, String[] endings) {
    for (String ending : endings) {
      int from = start + length - ending.length();
      if (from > start && new String(lower, from, ending.length()).equals(ending)) {
        return true;
      }
    }
    return false;
  }
}
