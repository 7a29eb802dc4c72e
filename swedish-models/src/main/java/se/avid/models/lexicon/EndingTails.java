package se.avid.models.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The last few letters of every ending of one list of endings ({@code tan} of {@code gatan}):
 * a word that ends in none of them ends in no ending of the list, so a detector need not look its
 * ending up. A test on the text's own chars, cheaper than the word-table look-up it spares most
 * words. Immutable and thread-safe.
 *
 * <p>Asked of nearly every word of every text, so held as compactly as it is read: each tail of
 * at most {@value #MAX_TAIL} chars packed whole into a {@code long}, in a small open-addressing
 * table that stays in the processor's cache. A look-up packs the word's last chars and compares
 * {@code long}s: no hash over chars, no key object to follow, as a set of {@code char[]} keys
 * needs.
 */
public final class EndingTails {

  /** Tails of up to this many chars fit a {@code long}, 16 bits a char. */
  public static final int MAX_TAIL = 4;

  private final long[] table;
  private final int shift;
  private final int tail;

  private EndingTails(Collection<String> tails, int tail) {
    if (tail < 1 || tail > MAX_TAIL) {
      throw new IllegalArgumentException("tail of 1 to " + MAX_TAIL + " chars: " + tail);
    }
    int capacity = Integer.highestOneBit(Math.max(8, tails.size() * 4) - 1) * 2; // at most a quarter full
    this.table = new long[capacity];
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    this.tail = tail;
    for (String t : tails) {
      char[] chars = t.toCharArray();
      add(pack(chars, 0, tail));
    }
  }

  /**
   * The tails of the endings of a bundled list in the format of the lexicon files (the ending,
   * then optionally a tab and its kind), such as {@code street-suffixes.txt}.
   *
   * @param resource the name of the list, next to {@link SwedishLexicon}
   * @param tail the letters kept of each ending: at most the length of the shortest, and at most {@value #MAX_TAIL}
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
    return new EndingTails(out, tail);
  }

  /**
   * The tails of {@code words} (lowercase): their last {@code tail} letters. A word shorter than
   * {@code tail} has none, and {@link #mayEnd} is false for every word that short.
   *
   * @param words the words, in lowercase
   * @param tail the letters kept of each word, 1 to {@value #MAX_TAIL}
   * @return the tails
   */
  public static EndingTails ofWords(Collection<String> words, int tail) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      if (word.length() >= tail) {
        out.add(word.substring(word.length() - tail));
      }
    }
    return new EndingTails(out, tail);
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
    if (length < tail) {
      return false;
    }
    long key = pack(lower, start + length - tail, tail);
    if (key == 0) {
      return false; // only chars 0: no tail
    }
    long[] t = table;
    int mask = t.length - 1;
    for (int i = home(key); ; i = (i + 1) & mask) {
      long k = t[i];
      if (k == key) {
        return true;
      }
      if (k == 0) {
        return false;
      }
    }
  }

  /**
   * The chars packed 16 bits each: every key of a table has the same number of chars, and no word
   * holds the char 0, so no key is 0 (an empty slot).
   */
  private static long pack(char[] chars, int from, int n) {
    long k = 0;
    for (int i = from, end = from + n; i < end; i++) {
      k = k << 16 | chars[i];
    }
    return k;
  }

  private int home(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void add(long key) {
    int mask = table.length - 1;
    int i = home(key);
    while (table[i] != 0 && table[i] != key) {
      i = (i + 1) & mask;
    }
    table[i] = key;
  }
}
