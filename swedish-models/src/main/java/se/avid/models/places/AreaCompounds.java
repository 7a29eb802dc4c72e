package se.avid.models.places;

import java.util.List;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.EndingTails;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * A compound of a place and a word for the area around it ({@code stockholmsområdet},
 * {@code göteborgstrakten}, {@code smålandskusten}, {@code malmöregionen}, {@code
 * roslagsskärgården}, {@code ölandsbron}): as telling as the place itself, and a word of its own that no list holds.
 * The first part is a listed municipality, region, town or district, with or without a linking
 * {@code -s} or a hyphen, or in its stem form ({@code roslags-} of {@code Roslagen}). Countries,
 * seas and very large regions stay, as they do alone. The test of the first part serves the
 * institution detector too ({@code mälar|sjukhuset}). Stateless.
 */
public final class AreaCompounds {

  /**
   * Words for the area around a place, in the definite form that a compound ends in, also typed
   * without å/ä/ö ("goteborgsomradet"), and the bridge named after it ("ölandsbron", "tjörnbron"),
   * which tells as much of where the writer lives.
   */
  private static final String[] AREAS = {"området", "trakten", "kusten", "regionen", "bygden", "skärgården",
      "omradet", "skargarden", "bron"};
  /**
   * The last three letters of every area word ("det", "ten", "nen", "den"): a long word that ends
   * in none, as nearly every word ending in -n or -t does, is no such compound, told by one look-up.
   */
  private static final EndingTails AREA_TAILS = EndingTails.ofWords(List.of(AREAS), 3);
  /** Endings the stem of a place may have lost in a compound ("roslag|s" of "Roslagen", "mälardal" of "Mälardalen"). */
  private static final String[] DEFINITE = {"en", "n", "et"};
  /** The shortest first part taken for a place ("umeå", "kil", not "ny"). */
  private static final int MIN_PLACE = 3;

  private AreaCompounds() {}

  /**
   * True if the lowercase word {@code lower[start, start+length)} is a place and an area word.
   *
   * @param lexicon the lexicon that lists the places
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param places the categories that count as a place
   * @param kept the categories that stay (a compound with one stays too)
   * @return whether it is such a compound
   */
  static boolean isAreaCompound(SwedishLexicon lexicon, char[] lower, int start, int length, long places, long kept) {
    char last = lower[start + length - 1];
    if (last != 't' && last != 'n') {
      return false; // most words: no definite area word at the end
    }
    if (!AREA_TAILS.mayEnd(lower, start, length)) {
      return false;
    }
    for (String area : AREAS) {
      int head = length - area.length();
      if (head >= MIN_PLACE && endsWith(lower, start, length, area)) {
        return isPlaceStem(lexicon, lower, start, head, places, kept, null);
      }
    }
    return false;
  }

  /**
   * True if the lowercase first part {@code lower[start, start+head)} of a compound is a place:
   * a listed one as written or typed without å, ä, ö, with or without a linking {@code -s} or a
   * hyphen, or in its stem form ({@code roslags-} of {@code Roslagen}, {@code mälar-} of {@code
   * Mälaren}).
   *
   * @param lexicon the lexicon that lists the places
   * @param lower the chars, lowercase
   * @param start where the part starts in them
   * @param head the part's length
   * @param places the categories that count as a place
   * @param kept the categories that stay (a compound with one stays too)
   * @param scratch a buffer of at least {@code head + 2} chars for the stem forms, which is
   *     overwritten; null to allocate one
   * @return whether the part is a place
   */
  public static boolean isPlaceStem(SwedishLexicon lexicon, char[] lower, int start, int head, long places, long kept,
      char[] scratch) {
    int stem = head;
    char link = lower[start + head - 1];
    if (link == '-' || link == 's' && head > MIN_PLACE) {
      // "tokyo-|bukten", "stockholm|s|området"; but "vis|området" keeps its s when no place is without it
      if (isPlace(lexicon, lower, start, head - 1, places, kept)) {
        return true;
      }
      stem = head - 1;
    }
    if (isPlace(lexicon, lower, start, head, places, kept)) {
      return true;
    }
    char[] word = scratch != null && scratch.length >= stem + 2 ? scratch : new char[stem + 2];
    System.arraycopy(lower, start, word, 0, stem);
    for (String ending : DEFINITE) {
      ending.getChars(0, ending.length(), word, stem);
      if (isPlace(lexicon, word, 0, stem + ending.length(), places, kept)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A listed place as written, or one typed without å, ä, ö ("malmo|trakten",
   * "goteborg|s|omradet", {@link FoldedPlaces}): the area word already says a place is meant.
   */
  private static boolean isPlace(SwedishLexicon lexicon, char[] chars, int start, int length, long places, long kept) {
    long categories = SwedishLexicon.categories(lexicon.facts(chars, start, length));
    if ((categories & places) != 0 && (categories & kept) == 0 && !Category.WORD_FORM.in(categories)) {
      return true;
    }
    return FoldedPlaces.isPlace(lexicon, chars, start, length, places, kept);
  }

  private static boolean endsWith(char[] lower, int start, int length, String ending) {
    int from = start + length - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
