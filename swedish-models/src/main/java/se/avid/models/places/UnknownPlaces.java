package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;
import se.avid.models.names.AsciiFolding;

/**
 * A lowercase word that neither the lexicon's lists nor its dictionary holds, not even with å, ä
 * and ö put back: after {@code bor i}, {@code flyttade till}, {@code kommer från} such a word is
 * most often a place abroad or one too small for the lists ({@code craiova}). Not the forms of
 * tenure that the dictionary lacks ({@code andrahand}), which the same verbs take, and not a word
 * with the ending of an inflected word ({@code word-endings.txt}: {@code sjöbodarna}), which is
 * most often a compound the dictionary lacks. Stateless.
 */
final class UnknownPlaces {

  /** The shortest such word ("zug" is too short to tell from a typo). */
  private static final int MIN_LENGTH = 4;

  /** Forms of tenure and dwelling written as one word, which "bor i" takes and the dictionary may lack. */
  private static final WordSieve TENURES = WordSieve.of("andrahand", "förstahand", "tredjehand", "andrahandskontrakt", "andrahandslägenhet",
      "forstahand", "andrahandslagenhet");

  /** What stays, also when typed without å, ä, ö. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);

  private UnknownPlaces() {}

  /**
   * True if word {@code u} is of letters only, no name, place or kept term of the lexicon, no
   * ordinary word, country or public body as written or with å, ä, ö put back, and no form of tenure.
   *
   * @param lexicon the lexicon that knows the words
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether it is a word no one lists
   */
  static boolean isUnknownWord(SwedishLexicon lexicon, Tokens tokens, int u) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    if (length < MIN_LENGTH || TENURES.has(tokens, u)) {
      return false;
    }
    if (!Words.isLetters(lower, start, length)) {
      return false;
    }
    if (Category.WORD_ENDING.in(lexicon.suffixes().cursor().longestSuffix(lower, start, length))) {
      return false; // "sjöbodarna", "förortsområden": an inflected compound the dictionary lacks, not a name
    }
    long facts = lexicon.facts(lower, start, length);
    char[] scratch = new char[length + 2];
    if (SwedishLexicon.categories(facts) != 0 || lexicon.isCommonWord(facts, lower, start, length, scratch)
        || isCompound(lexicon, lower, start, length, scratch)) {
      return false;
    }
    // with å, ä, ö put back: no word ("lagenhet"), and no country or public body ("osterrike")
    return AsciiFolding.read(lexicon, lower, start, length, KEPT) == AsciiFolding.Reading.UNKNOWN;
  }

  /** The shortest part of a compound counted ("sjö|bodarna", "säng|kammaren"). */
  private static final int MIN_PART = 3;

  /**
   * The word is a compound the dictionary lacks as a whole: an ordinary word, a place or a name,
   * with or without a linking -s, and an ordinary word after it ({@code sjö|bodarna}, {@code
   * utanförskap|s|områden}).
   */
  private static boolean isCompound(SwedishLexicon lexicon, char[] lower, int start, int length, char[] scratch) {
    int end = start + length;
    for (int split = start + MIN_PART; split <= end - MIN_PART; split++) {
      if (lexicon.isCommonWord(lower, split, end - split, scratch) && (isPart(lexicon, lower, start, split - start, scratch)
          || lower[split - 1] == 's' && split - 1 - start >= MIN_PART && isPart(lexicon, lower, start, split - 1 - start, scratch))) {
        return true;
      }
    }
    return false;
  }

  /** An ordinary word, a place or a name. */
  private static boolean isPart(SwedishLexicon lexicon, char[] lower, int start, int length, char[] scratch) {
    long facts = lexicon.facts(lower, start, length);
    return SwedishLexicon.categories(facts) != 0 || lexicon.isCommonWord(facts, lower, start, length, scratch);
  }
}
