package se.avid.models.lexicon;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import se.avid.text.ScanText;

/**
 * The longest listed ending ({@link SwedishLexicon#suffixes()}) of the words of one text, each
 * found once per call for every detector that needs it: the name and the address detectors
 * both ask for the endings of most words, and each walk of the reversed trie costs a few
 * dependent memory reads per char.
 *
 * <p>An ending is found on its first request (the name detector alone needs those of some words
 * only). Thread-safe: a word's ending is written and read whole ({@link VarHandle} opaque access
 * of a {@code long}), and two threads that find it at once find the same.
 */
public final class WordEndings {

  private static final VarHandle ENDINGS = MethodHandles.arrayElementVarHandle(long[].class);
  /** Marks an ending as found (endings are {@code (length << 32) | categories}, so the top bit is free). */
  private static final long FOUND = 1L << 63;

  private final Tokens tokens;
  private final Lexicon.Cursor suffixes;
  /** Per token, its ending with {@link #FOUND}, or 0 if not looked up yet. */
  private final long[] endings;

  private WordEndings(Tokens tokens, Lexicon suffixes) {
    this.tokens = tokens;
    this.suffixes = suffixes.cursor();
    this.endings = new long[tokens.size()];
  }

  /**
   * The endings of the words of {@code text} ({@link Tokens#of}) in the suffixes of {@code lexicon}, one object per text.
   *
   * @param text the text of one call
   * @param lexicon the lexicon whose suffixes are looked up
   * @return the endings, made once per text
   */
  public static WordEndings of(ScanText text, SwedishLexicon lexicon) {
    Lexicon suffixes = Objects.requireNonNull(lexicon, "lexicon").suffixes();
    // keyed by the suffix lexicon itself: detectors built with other lexicons get their own
    return text.derived(suffixes, WordEndings.class, t -> new WordEndings(Tokens.of(t), suffixes));
  }

  /**
   * The longest ending of word {@code t} as {@link Lexicon.Cursor#longestSuffix} gives it
   * ({@code (length << 32) | categories}), or 0 for none or for a token that is no word.
   *
   * @param t the index of a token
   * @return the ending, or 0
   */
  public long of(int t) {
    long e = (long) ENDINGS.getOpaque(endings, t);
    if (e == 0) {
      e = FOUND | (tokens.isWord(t) ? suffixes.longestSuffix(tokens.lower(), tokens.start(t), tokens.length(t)) : 0);
      ENDINGS.setOpaque(endings, t, e);
    }
    return e & ~FOUND;
  }
}
