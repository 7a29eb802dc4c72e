package se.avid.models.institutions;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * The last parts of the words that name institutions, from {@code name-elements.txt}: place-name
 * elements and words of nature ({@code backen}, {@code ängen}, {@code lund}, {@code sol}, {@code
 * rosen}), also typed without å, ä and ö. A lowercase ordinary compound that ends in one next to
 * an institution noun is a proper part ({@code solrosens förskola}, {@code vårsol äldreboende},
 * {@code hassellundsgymnasiet}); an owner before the noun ends in none ({@code kommunens
 * förskola}, {@code barnens skola}). Loaded once; stateless.
 */
final class NameElements {

  /** Letters before the element: a compound ("sol|rosen"), not the element alone ("rosen"). */
  private static final int MIN_BEFORE = 2;

  private NameElements() {}

  private static final class Holder {
    static final String[] ELEMENTS = withFoldedForms("name-elements.txt").toArray(new String[0]);
    static final CharArraySet NATURE = CharArraySet.unmodifiableSet(new CharArraySet(withFoldedForms("nature-names.txt"), false));

    /** The lines of a resource and, for each with å, ä or ö, the line typed without them. */
    private static List<String> withFoldedForms(String resource) {
      List<String> all = new ArrayList<>();
      for (String element : SwedishLexicon.lines(NameElements.class, resource)) {
        all.add(element);
        String folded = element.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        if (!folded.equals(element)) {
          all.add(folded);
        }
      }
      return all;
    }
  }

  /**
   * True if the lowercase word {@code lower[start, start+length)} is a word of nature of
   * {@code nature-names.txt} that an institution is named by alone ({@code lärkan}, {@code
   * kastanjen}), or a compound ending in a name element ({@link #endsInElement}).
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether it may be an institution's name
   */
  static boolean isNameLike(char[] lower, int start, int length) {
    return isNatureName(lower, start, length) || endsInElement(lower, start, length);
  }

  /**
   * True if the lowercase word {@code lower[start, start+length)} is a word of nature of
   * {@code nature-names.txt} ({@code gullvivan}, {@code lärkan}).
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether it is one
   */
  static boolean isNatureName(char[] lower, int start, int length) {
    return Holder.NATURE.contains(lower, start, length);
  }

  /**
   * True if the lowercase word {@code lower[start, start+length)} is a compound that ends in a
   * name element, with at least {@value #MIN_BEFORE} letters before it.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether it ends in a name element
   */
  static boolean endsInElement(char[] lower, int start, int length) {
    for (String element : Holder.ELEMENTS) {
      if (length >= element.length() + MIN_BEFORE && endsIn(lower, start, length, element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Trees, flowers and birds that begin the names of homes and schools as a whole first part
   * ("furu|hemmet", "björk|skolan", "syren|gården"); a compound of one is no kind of unit. Also
   * without å/ä/ö.
   */
  private static final WordSieve NATURE_STEMS = WordSieve.of("furu", "gran", "tall", "björk", "bjork", "lind", "alm",
      "asp", "lönn", "lonn", "rönn", "ronn", "hassel", "hägg", "hagg", "syren", "fläder", "flader", "gullregn", "ljung",
      "lärk", "lark", "sval", "trast", "sparv", "svan", "tran", "vitsippe", "blåsippe", "blasippe", "linnea", "lingon",
      "smultron", "körsbär", "korsbar", "äppel", "appel", "kastanj", "sälg", "salg", "vide", "klöver", "klover", "viol",
      "lilje", "näckros", "nackros", "solros", "tulpan", "pion", "lavendel", "vallmo", "prästkrage");

  /**
   * True if the lowercase part {@code lower[start, start+length)} is a tree, flower or bird of
   * {@link #NATURE_STEMS}, perhaps with a linking -s ("furu", "björks"): the first part of a home's
   * or school's name ({@code furuhemmet}).
   *
   * @param lower the chars, lowercase
   * @param start where the part starts in them
   * @param length the part's length
   * @return whether it is one
   */
  static boolean isNatureStem(char[] lower, int start, int length) {
    return NATURE_STEMS.contains(lower, start, length)
        || length > 3 && lower[start + length - 1] == 's' && NATURE_STEMS.contains(lower, start, length - 1);
  }

  /** Compass points that begin the names of schools and clinics ("söder|kliniken", "norr|skolan"), also without å/ä/ö. */
  private static final WordSieve COMPASS = WordSieve.of("norr", "söder", "öster", "väster", "soder", "oster", "vaster");

  /**
   * True if the lowercase part {@code lower[start, start+length)} is a compass point ({@code
   * söder} in {@code söderkliniken}): an ordinary word, but a first part that names a place, not a
   * kind of unit ({@code smärt|kliniken}).
   *
   * @param lower the chars, lowercase
   * @param start where the part starts in them
   * @param length the part's length
   * @return whether it is a compass point
   */
  static boolean isCompassPoint(char[] lower, int start, int length) {
    return COMPASS.contains(lower, start, length);
  }

  /**
   * True if the lowercase word {@code lower[start, start+length)} ends in {@code ending} and is
   * longer than it.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param ending the ending, lowercase
   * @return whether the word ends so
   */
  static boolean endsIn(char[] lower, int start, int length, String ending) {
    return length > ending.length() && Words.endsWith(lower, start, length, ending);
  }
}
