package se.avid.models.places;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.WordSieve;
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
  private static final WordSieve INHABITANTS = WordSieve.of("bo", "bor", "bon", "borna", "bons", "are", "aren", "arna",
      "arnas", "arens");
  /** Definite nouns that end the names of firms and papers named after their town ("Skåne|trafiken"). */
  private static final WordSieve FIRM_HEADS = WordSieve.of("trafiken", "posten", "kuriren", "tidningen", "bladet",
      "energin", "hamnen", "flygplatsen", "banken", "sparbanken", "tidning", "allehanda");
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
    if (!PlacePrefixes.SET.contains(lower, start, MIN_PLACE)) {
      return false; // most words: no listed place begins so, as written or without å/ä/ö
    }
    // the longest place first: "göteborgs|bor" before "göteborg|sbor"; the costlier readings of the
    // first part (typed without å/ä/ö, a stem form) only where the second part is one already
    for (int head = length - MIN_REST; head >= MIN_PLACE; head--) {
      int part = listedPart(lexicon, lower, start, head, places, kept);
      if (part == WORD || !isPeopleOrThing(lexicon, lower, start + head, length - head, scratch)) {
        continue;
      }
      if (part == LISTED || AreaCompounds.isPlaceStem(lexicon, lower, start, head, places, kept, scratch)) {
        return true; // "göteborgs|bor"; "malmo|bor", "roslags|tjejen"
      }
    }
    return false;
  }

  /** What a first part is as the lists hold it. */
  private static final int WORD = 0;
  private static final int LISTED = 1;
  private static final int UNLISTED = 2;

  /**
   * The first part as listed, as written or before a linking {@code -s} or a hyphen ("lugnås|bor",
   * "göteborg|s|kille", "malmö-|tjejen"): {@link #WORD} for a word ("mark", "lund": the first part
   * of many compounds) or a kept name, {@link #LISTED} for a listed place or locality,
   * {@link #UNLISTED} for neither.
   */
  private static int listedPart(SwedishLexicon lexicon, char[] lower, int start, int head, long places, long kept) {
    char link = lower[start + head - 1];
    int linked = link == '-' || link == 's' ? head - 1 : head;
    if (lexicon.isFrequentOrListedWord(lower, start, head)
        || linked >= MIN_PLACE && lexicon.isFrequentOrListedWord(lower, start, linked)) {
      return WORD;
    }
    for (int stem = head; stem >= linked && stem >= MIN_PLACE; stem--) {
      long categories = SwedishLexicon.categories(lexicon.facts(lower, start, stem));
      if ((categories & kept) != 0) {
        return WORD;
      }
      if ((categories & places) != 0 || categories == 0 && Localities.contains(lower, start, stem)) {
        return LISTED; // "torbjörntorps|bor"
      }
    }
    return UNLISTED;
  }

  private static boolean isPeopleOrThing(SwedishLexicon lexicon, char[] lower, int start, int length, char[] scratch) {
    if (INHABITANTS.contains(lower, start, length)) {
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
    return definite && !FIRM_HEADS.contains(lower, start, length)
        && lexicon.isCommonWord(lower, start, length, scratch); // "malmö|polisen"
  }

  /**
   * The first {@value #MIN_PLACE} letters of every listed municipality, region, town, district and
   * locality, also with å, ä, ö typed as a, a, o: a word that begins with none is no compound of a
   * place, which one hash look-up tells before the parts are tried. Read once, on first use.
   */
  private static final class PlacePrefixes {
    static final CharArraySet SET = read();

    private static CharArraySet read() {
      CharArraySet set = new CharArraySet(4_000, false);
      for (String list : new String[] {"municipalities.txt", "regions.txt", "towns.txt", "districts.txt",
          "localities.txt"}) {
        for (String place : SwedishLexicon.lines(list)) {
          String lower = place.toLowerCase(Locale.ROOT);
          if (lower.length() >= MIN_PLACE) {
            String prefix = lower.substring(0, MIN_PLACE);
            set.add(prefix);
            set.add(prefix.replace('å', 'a').replace('ä', 'a').replace('ö', 'o'));
          }
        }
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }
}
