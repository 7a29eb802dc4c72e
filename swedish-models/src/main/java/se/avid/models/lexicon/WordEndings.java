package se.avid.models.lexicon;

import java.util.Objects;
import se.avid.text.ScanText;

/**
 * The longest listed ending ({@link SwedishLexicon#suffixes()}) of every word of one text, found
 * once per call for every detector that needs them: the name and the address detectors both ask
 * for the endings of most words, and each walk of the reversed trie costs a few dependent memory
 * reads per char.
 *
 * <p>Immutable once made (all endings are found when it is made), so that the detectors of one
 * call can share it.
 */
public final class WordEndings {

  private final long[] endings;

  private WordEndings(Tokens tokens, Lexicon suffixes) {
    Lexicon.Cursor cursor = suffixes.cursor();
    char[] lower = tokens.lower();
    int n = tokens.size();
    this.endings = new long[n];
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t)) {
        endings[t] = cursor.longestSuffix(lower, tokens.start(t), tokens.length(t));
      }
    }
  }

  /** The endings of the words of {@code text} ({@link Tokens#of}) in the suffixes of {@code lexicon}, made once per text. */
  public static WordEndings of(ScanText text, SwedishLexicon lexicon) {
    Lexicon suffixes = Objects.requireNonNull(lexicon, "lexicon").suffixes();
    // keyed by the suffix lexicon itself: detectors built with other lexicons get their own
    return text.derived(suffixes, WordEndings.class, t -> new WordEndings(Tokens.of(t), suffixes));
  }

  /**
   * The longest ending of word {@code t} as {@link Lexicon.Cursor#longestSuffix} gives it
   * ({@code (length << 32) | categories}), or 0 for none or for a token that is no word.
   */
  public long of(int t) {
    return endings[t];
  }
}
