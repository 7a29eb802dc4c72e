package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The smaller Swedish localities (towns and villages) that the lexicon's place lists lack
 * ("Sommen", "Agunnaryd"), read once, on first use, from {@code localities.txt}: a word after
 * {@code i}, {@code från}, {@code bor i} that is one is a place, also in lowercase. Stateless and
 * thread-safe.
 */
public final class Localities {

  private Localities() {}

  private static final class Holder {
    static final CharArraySet LOCALITIES = CharArraySet.unmodifiableSet(
        new CharArraySet(SwedishLexicon.lines(Localities.class, "/se/avid/models/lexicon/localities.txt"), true));
  }

  /**
   * True if the word is one of the listed localities.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is a listed locality
   */
  public static boolean contains(char[] lower, int offset, int length) {
    return Holder.LOCALITIES.contains(lower, offset, length);
  }
}
