package se.avid.models.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The last few letters of every ending of one list of endings ({@code tan} of {@code gatan}):
 * a word that ends in none of them ends in no ending of the list, so a detector need not look its
 * ending up. A test on the text's own chars, cheaper than the word-table look-up it spares most
 * words. Immutable and thread-safe.
 */
public final class EndingTails {

  private final CharArraySet tails;
  private final int tail;

  private EndingTails(CharArraySet tails, int tail) {
    this.tails = tails;
    this.tail = tail;
  }

  /**
   * The tails of the endings of a bundled list in the format of the lexicon files (the ending,
   * then optionally a tab and its kind), such as {@code street-suffixes.txt}.
   *
   * @param resource the name of the list, next to {@link SwedishLexicon}
   * @param tail the letters kept of each ending: at most the length of the shortest
   * @return the tails
   * @throws IllegalStateException if an ending is shorter than {@code tail}
   */
  public static EndingTails of(String resource, int tail) {
    List<String> out = new ArrayList<>();
    for (String line : SwedishLexicon.lines(resource)) {
      int tab = line.indexOf('\t');
      String ending = (tab < 0 ? line : line.substring(0, tab)).toLowerCase(Locale.ROOT);
      if (ending.length() < tail) {
        throw new IllegalStateException("ending shorter than " + tail + " letters in " + resource + ": " + ending);
      }
      out.add(ending.substring(ending.length() - tail));
    }
    return new EndingTails(CharArraySet.unmodifiableSet(new CharArraySet(out, false)), tail);
  }

  /**
   * False when the lowercase word {@code lower[start, start+length)} surely ends in no ending of
   * the list; true when it may.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether the word may end in an ending of the list
   */
  public boolean mayEnd(char[] lower, int start, int length) {
    return length >= tail && tails.contains(lower, start + length - tail, tail);
  }
}
