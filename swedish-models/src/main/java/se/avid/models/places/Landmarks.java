package se.avid.models.places;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * Named spots of the larger cities, from {@code landmarks.txt}, read once: squares, stations,
 * parks and shopping centres ({@code Slussen}, {@code Mobilia}, {@code Möllevångstorget},
 * {@code Sergels torg}). After a preposition of place a listed one is the place, also in
 * lowercase ({@code härbärget vid slussen}), where no capital tells it and some are also common
 * nouns ("the lock"). Stateless.
 */
final class Landmarks {

  private Landmarks() {}

  private static final class Holder {
    /** The entries, lowercase, one or two words. */
    static final CharArraySet NAMES = CharArraySet.unmodifiableSet(
        new CharArraySet(SwedishLexicon.lines(Landmarks.class, "landmarks.txt"), true));
  }

  /**
   * How many words of a listed spot begin at word {@code u}: 2 for a two-word entry ({@code
   * sergels torg}), 1 for a one-word one ({@code slussen}, {@code t-centralen}), 0 for none.
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return the number of its words, or 0
   */
  static int wordsAt(Tokens tokens, int u) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    if (tokens.adjacent(u) && tokens.isWord(u + 1) && Holder.NAMES.contains(lower, start, tokens.end(u + 1) - start)) {
      return 2;
    }
    return Holder.NAMES.contains(lower, start, tokens.end(u) - start) ? 1 : 0;
  }
}
