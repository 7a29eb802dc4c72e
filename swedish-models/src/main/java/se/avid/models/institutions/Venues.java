package se.avid.models.institutions;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.EndingTails;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Small workplaces and venues named by a business noun and a proper part after it ({@code
 * Pizzeria Roma}, {@code Café Lyktan}, {@code bageriet kronan}): the proper part tells where a
 * person works or can be found, a PLACE; the noun stays. The nouns are read once from {@code
 * venue-nouns.txt}. Chains and brands after one ({@code butiken Lindex}) are kept terms and stay.
 * Stateless.
 */
final class Venues {

  /** The letters of a noun's end that every word is tested on first (the shortest noun has three). */
  private static final int TAIL = 3;
  /** The shortest lowercase proper part taken ("roma"; not "bra", "nya"). */
  private static final int MIN_LOWERCASE_NAME = 4;
  /** The shortest lowercase definite noun taken for a name ("kronan", "lyktan"). */
  private static final int MIN_DEFINITE_NAME = 5;
  /** A proper part may be a place or a person's name ("Pizzeria Mario"); any other category is a word or a kept term. */
  private static final long NAMED = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT,
      Category.FIRST_NAME, Category.SURNAME);

  private Venues() {}

  private static final class Holder {
    static final List<String> NOUN_LIST = InstitutionNouns.withFoldedForms(SwedishLexicon.lines(Venues.class, "venue-nouns.txt"));
    static final CharArraySet NOUNS = CharArraySet.unmodifiableSet(new CharArraySet(NOUN_LIST, false));
    static final EndingTails TAILS = EndingTails.ofWords(NOUN_LIST, TAIL);
  }

  /**
   * True if token {@code t} is a venue's noun, in any case ({@code Pizzeria}, {@code krogen}).
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether it is a venue's noun
   */
  static boolean isNoun(Tokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return false;
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    return Holder.TAILS.mayEnd(lower, start, length) && Holder.NOUNS.contains(lower, start, length);
  }

  /**
   * The score of the lowercase word {@code t} right after a venue's noun as the venue's name, or 0
   * when it names none. Nothing kept is one, and a frequent word only as a definite noun after a
   * definite noun ({@code ateljén kulan}); of the rest, a word that is no
   * word at all, a place or a person's name ({@code pizzeria napoli}) is redacted, and so is a
   * definite noun, which no ordinary phrase puts right after the noun ({@code café lyktan},
   * {@code bageriet kronan}; not {@code gymmet igen}, {@code frisören klippte}). Another word after
   * an indefinite noun that follows a preposition ({@code på pizzeria roma}, but also {@code på
   * restaurang deltid}) is only flagged for review.
   *
   * @param tokens the tokens of a text
   * @param t the index of a lowercase word after a venue's noun
   * @param word the word's record
   * @return the finding's score, or 0
   */
  static double lowercaseNameScore(Tokens tokens, int t, Lexeme word) {
    int length = tokens.length(t);
    long facts = word.facts();
    long categories = SwedishLexicon.categories(facts);
    if (length < MIN_LOWERCASE_NAME || (categories & ~NAMED) != 0) {
      return 0;
    }
    if (SwedishLexicon.isFrequentWord(facts)) {
      // "ateljén kulan", "caféet ankaret": after a definite noun a definite noun names the venue,
      // frequent or not; not a word of time ("restaurangen dagen efter")
      return length >= MIN_DEFINITE_NAME && isDefinite(tokens.lower(), tokens.end(t - 1))
          && NamesAfterNouns.isDefiniteNounName(tokens, t) ? InstitutionDetector.LOWERCASE_WORD_COMPOUND_SCORE : 0;
    }
    if (!word.isCommonWord() || categories != 0) {
      return InstitutionDetector.LOWERCASE_SCORE;
    }
    if (definiteNoun(tokens, t)) {
      return InstitutionDetector.LOWERCASE_WORD_COMPOUND_SCORE;
    }
    return PREPOSITIONS.has(tokens, t - 2) && tokens.adjacent(t - 2) && !isDefinite(tokens.lower(), tokens.end(t - 1))
        ? InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE : 0;
  }

  /**
   * The lowercase words {@code t} and {@code t + 1} right after a venue's noun are its name of two
   * words ({@code restaurangen bistro kajen i karlstad}, {@code restaurang lotus thai i norrköping}):
   * the first no frequent word and no word of where or when ("restaurangen mittemot skolan"), the
   * second no ordinary word, a place or a person's name, or a definite noun; and the name ends
   * the phrase (a preposition of place, a comma or a full stop follows), as a verb or an object
   * would not ("restaurangen gick i konkurs").
   *
   * @param tokens the tokens of a text
   * @param t a lowercase word
   * @param word its record
   * @param lexicon the lexicon the records come from
   * @return whether the two words name the venue
   */
  static boolean twoWordNameAfterNoun(Tokens tokens, int t, Lexeme word, SwedishLexicon lexicon) {
    int u = t + 1;
    if (!tokens.adjacent(t - 1) || !isNoun(tokens, t - 1) || !tokens.adjacent(t) || !tokens.isWord(u)
        || tokens.length(t) < MIN_LOWERCASE_NAME - 1 || tokens.length(u) < MIN_LOWERCASE_NAME - 1
        || tokens.has(u, Tokens.CAPITALISED) || tokens.has(u, Tokens.ALL_CAPS)
        || SwedishLexicon.isFrequentWord(word.facts()) || NOT_NAMES.has(tokens, t) || !endsPhrase(tokens, u + 1)) {
      return false;
    }
    Lexeme second = tokens.lexeme(u, lexicon);
    long categories = SwedishLexicon.categories(second.facts());
    if ((categories & ~NAMED) != 0) {
      return false;
    }
    if (!second.isCommonWord() || categories != 0) {
      return !SwedishLexicon.isFrequentWord(second.facts()) || categories != 0;
    }
    return definiteNoun(tokens, u);
  }

  /** Word {@code t} is long enough and ends like a definite noun: -an, -en, -et ("lyktan", "kajen", "ankaret"). */
  private static boolean definiteNoun(Tokens tokens, int t) {
    if (tokens.length(t) < MIN_DEFINITE_NAME) {
      return false;
    }
    char[] lower = tokens.lower();
    int end = tokens.end(t);
    char a = lower[end - 2];
    char b = lower[end - 1];
    return (a == 'a' || a == 'e') && b == 'n' || a == 'e' && b == 't';
  }

  /** After a venue's name: a preposition of place, a comma or a full stop ("bistro kajen i karlstad"). */
  private static boolean endsPhrase(Tokens tokens, int v) {
    return tokens.isPunct(v, ',') || tokens.isPunct(v, '.') || tokens.isWord(v) && PLACE_AFTER.has(tokens, v);
  }

  private static final WordSieve PLACE_AFTER = WordSieve.of("i", "på", "pa", "vid", "utanför", "nära");
  /** Words of where and when that stand after a venue's noun and are no name's first word. */
  private static final WordSieve NOT_NAMES = WordSieve.of("mittemot", "bredvid", "nära", "utanför", "innanför", "bakom",
      "framför", "ovanför", "nedanför", "hela", "varje", "igen", "också", "ibland", "alltid", "aldrig", "ofta", "idag",
      "igår", "ikväll", "inatt", "numera", "fortfarande", "längre", "heltid", "deltid", "extra", "svart");

  /** Prepositions of where one works or is found, before an indefinite venue's noun ("på pizzeria roma"). */
  private static final WordSieve PREPOSITIONS = WordSieve.of("på", "pa", "till", "från", "fran", "vid", "hos");

  /** A definite noun ends in -n or -t ("pizzerian", "gymmet", "kiosken"); the indefinite ones of the list do not. */
  private static boolean isDefinite(char[] lower, int end) {
    char last = lower[end - 1];
    return last == 'n' || last == 't';
  }
}
