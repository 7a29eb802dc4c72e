package se.avid.models.places;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The last three letters of every street ending of {@code street-suffixes.txt} ({@code tan} of
 * {@code gatan}, {@code väg}): a word that ends in none of them ends in no street ending, so the
 * street-address detector need not look its ending up. A test on the text's own chars, cheaper
 * than the word-table look-up it spares most words. Stateless and thread-safe.
 */
final class StreetEndings {

  /** Letters compared: every street ending has at least this many ({@code väg}, {@code kaj}). */
  private static final int TAIL = 3;

  private StreetEndings() {}

  private static final class Holder {
    static final CharArraySet TAILS = tails();
  }

  private static CharArraySet tails() {
    List<String> tails = new ArrayList<>();
    for (String line : SwedishLexicon.lines(StreetEndings.class, "/se/avid/models/lexicon/street-suffixes.txt")) {
      int tab = line.indexOf('\t');
      String ending = (tab < 0 ? line : line.substring(0, tab)).toLowerCase(java.util.Locale.ROOT);
      if (ending.length() < TAIL) {
        throw new IllegalStateException("street ending shorter than " + TAIL + " letters: " + ending);
      }
      tails.add(ending.substring(ending.length() - TAIL));
    }
    return CharArraySet.unmodifiableSet(new CharArraySet(tails, false));
  }

  /**
   * False when the lowercase word {@code lower[start, start+length)} surely ends in no street
   * ending; true when it may.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether the word may end in a street ending
   */
  static boolean mayEnd(char[] lower, int start, int length) {
    return length >= TAIL && Holder.TAILS.contains(lower, start + length - TAIL, TAIL);
  }
}
