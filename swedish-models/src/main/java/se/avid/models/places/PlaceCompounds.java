package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.Localities;

/**
 * A compound of a place and a word for its people or for something of that place ({@code
 * göteborgsbor}, {@code malmöbo}, {@code stockholmare}, {@code göteborgs-kille}, {@code
 * malmöpolisen}, {@code uppsala-tjejen}): the place is as telling inside the word as alone, and no
 * list holds the compound. The first part is a listed municipality, region, town or district that
 * is no ordinary word itself ({@link AreaCompounds#isPlaceStem}; not {@code mark|ägaren}), the
 * second an inhabitant's ending ({@code -bo}, {@code -are}), a noun of a person that the cues list
 * ({@code kille}, {@code tjej}, {@code mamma}) or an ordinary definite noun ({@code polisen},
 * {@code socialen}); not a firm's mark that names what it sells ({@code Mölndalsbostäder},
 * {@code Uppsalahem}, {@code Skånetrafiken}), which the kept terms or the indefinite form leave
 * alone. Stateless.
 */
final class PlaceCompounds {

  /** The endings of the word for a place's inhabitants ("malmö|bo", "stockholm|are"). */
  private static final String[] INHABITANTS = {"bo", "bor", "bon", "borna", "bons", "are", "aren", "arna", "arnas",
      "arens"};
  /** Definite nouns that end the names of firms and papers named after their town ("Skåne|trafiken"). */
  private static final String[] FIRM_HEADS = {"trafiken", "posten", "kuriren", "tidningen", "bladet", "energin",
      "hamnen", "flygplatsen", "banken", "sparbanken", "tidning", "allehanda"};
  /** Cue categories of nouns of a person ("kille", "mamma", "grannen"). */
  private static final long PERSON_NOUNS = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);
  /** The shortest place taken as a first part ("malmö", "kiruna"; not "ed", "åre": too many words begin so). */
  private static final int MIN_PLACE = 4;
  /** The shortest second part after a place. */
  private static final int MIN_REST = 2;
  /** The shortest definite noun taken as a second part ("polisen", "socialen"; not "en"). */
  private static final int MIN_DEFINITE = 5;

  private PlaceCompounds() {}

  /**
   * True if the lowercase word {@code lower[start, start+length)}, which is no ordinary word and in
   * no list, is a place and a word of its people or things.
   *
   * @param lexicon the lexicon that lists the places and words
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param places the categories that count as a place
   * @param kept the categories that stay
   * @param scratch a buffer of at least {@code length + 1} chars, which is overwritten
   * @return whether it is such a compound
   */
  static boolean isPlaceCompound(SwedishLexicon lexicon, char[] lower, int start, int length, long places, long kept,
      char[] scratch) {
    // the longest place first: "göteborgs|bor" before "göteborg|sbor"
    for (int head = length - MIN_REST; head >= MIN_PLACE; head--) {
      int rest = start + head;
      int restLength = length - head;
      if (isPart(lexicon, lower, start, head, places, kept)
          && isPeopleOrThing(lexicon, lower, rest, restLength, scratch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first part: a place that is no word, as written or before a linking {@code -s} or a
   * hyphen ("lugnås|bor", "göteborg|s|kille", "malmö-|tjejen"), also typed without å, ä, ö.
   */
  private static boolean isPart(SwedishLexicon lexicon, char[] lower, int start, int head, long places, long kept) {
    char link = lower[start + head - 1];
    int linked = link == '-' || link == 's' ? head - 1 : head;
    if (lexicon.isFrequentOrListedWord(lower, start, head)
        || linked >= MIN_PLACE && lexicon.isFrequentOrListedWord(lower, start, linked)) {
      return false; // a word ("mark", "lund"): the first part of many compounds
    }
    for (int stem = head; stem >= linked && stem >= MIN_PLACE; stem--) {
      long categories = SwedishLexicon.categories(lexicon.facts(lower, start, stem));
      if ((categories & kept) != 0) {
        return false;
      }
      if ((categories & places) != 0 || categories == 0 && Localities.contains(lower, start, stem)) {
        return true;
      }
    }
    return AreaCompounds.isPlaceStem(lexicon, lower, start, head, places, kept); // "malmo|bor", "roslags|tjejen"
  }

  private static boolean isPeopleOrThing(SwedishLexicon lexicon, char[] lower, int start, int length, char[] scratch) {
    if (isAnyOf(lower, start, length, INHABITANTS)) {
      return true;
    }
    if (length < MIN_DEFINITE - 1) {
      return false;
    }
    long categories = SwedishLexicon.categories(lexicon.facts(lower, start, length));
    if ((categories & PERSON_NOUNS) != 0) {
      return true; // "göteborgs|kille", "malmö|mamma"
    }
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    boolean definite = length >= MIN_DEFINITE && before == 'e' && (last == 'n' || last == 't');
    return definite && !isAnyOf(lower, start, length, FIRM_HEADS)
        && lexicon.isCommonWord(lower, start, length, scratch); // "malmö|polisen"
  }

  private static boolean isAnyOf(char[] lower, int start, int length, String[] words) {
    for (String w : words) {
      if (w.length() == length && same(w, lower, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String w, char[] lower, int start) {
    for (int i = 0; i < w.length(); i++) {
      if (lower[start + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
