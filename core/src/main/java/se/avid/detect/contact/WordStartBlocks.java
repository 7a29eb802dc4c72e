package se.avid.detect.contact;

import java.util.Arrays;
import se.avid.text.Landmarks;
import se.avid.text.Reusable;
import se.avid.text.ScanText;

/**
 * The words of one text that each {@link WordStartSieve} keeps, found in one walk over its words
 * for all the sieves together: each word's first two chars are read once and one table load tells
 * which sieves keep it ({@link WordStartSieve#kindsAt}), where a walk per sieve read them again
 * for each detector. Lent per thread ({@link ScanText#reusable}), so a call allocates nothing for
 * it; found for a text the first time a detector of the call asks.
 */
final class WordStartBlocks implements Reusable {

  /** Longs kept from call to call; a text with more words gets an array of its own. */
  private static final int LARGEST_KEPT = 1 << 10;

  /** Per block of {@link WordStartSieve#BLOCK} words, one long per sieve: {@code kept[block * SIEVES + index]}. */
  private long[] kept = new long[0];
  /** The longs of {@link #kept} the text of the call uses. */
  private int used;
  /** The text whose words these are, null between calls. */
  private ScanText text;

  /** The blocks of {@code t}, found the first time a detector of the call asks. */
  static WordStartBlocks of(ScanText t) {
    WordStartBlocks blocks = t.reusable(WordStartBlocks.class, WordStartBlocks.class, WordStartBlocks::new);
    if (blocks.text != t) {
      blocks.find(t);
    }
    return blocks;
  }

  private void find(ScanText t) {
    Landmarks landmarks = Landmarks.of(t);
    int words = landmarks.words();
    int sieves = WordStartSieve.SIEVES;
    int size = (words + WordStartSieve.BLOCK - 1) / WordStartSieve.BLOCK * sieves;
    if (kept.length < size) {
      kept = new long[Math.max(size, Math.min(2 * kept.length, LARGEST_KEPT))];
    }
    Arrays.fill(kept, 0, size, 0L);
    used = size;
    int last = t.length() - 1;
    for (int k = 0; k < words; k++) {
      int kinds = WordStartSieve.kindsAt(t, landmarks.word(k), last);
      int base = k / WordStartSieve.BLOCK * sieves;
      for (int s = 0; s < sieves; s++) {
        kept[base + s] |= (long) (kinds >>> s & 1) << k; // the shift reads k modulo 64: its place in the block
      }
    }
    text = t;
  }

  /**
   * The words {@code from} to {@code from + BLOCK} that the sieve of {@code index} keeps: bit
   * {@code k} for word {@code from + k}; none past the last word.
   *
   * @param index the sieve's index
   * @param from the first word asked, a multiple of {@link WordStartSieve#BLOCK} as the detectors walk
   * @return the bits of the words kept
   */
  long words(int index, int from) {
    int at = from / WordStartSieve.BLOCK * WordStartSieve.SIEVES + index;
    if (from < 0 || at >= used) {
      return 0;
    }
    int shift = from % WordStartSieve.BLOCK;
    if (shift == 0) {
      return kept[at];
    }
    int next = at + WordStartSieve.SIEVES;
    return kept[at] >>> shift | (next < used ? kept[next] << (WordStartSieve.BLOCK - shift) : 0);
  }

  /**
   * The first word at or after {@code from} that the sieve of {@code index} keeps, or -1: a walk
   * over the kept words reads one long per block of {@link WordStartSieve#BLOCK} words.
   *
   * @param index the sieve's index
   * @param from the first word that may be returned
   * @return the word's index among the text's words, or -1
   */
  int next(int index, int from) {
    int block = Math.max(from, 0) / WordStartSieve.BLOCK;
    long bits = -1L << (Math.max(from, 0) % WordStartSieve.BLOCK); // the words of the block before from dropped
    for (int at = block * WordStartSieve.SIEVES + index; at < used; at += WordStartSieve.SIEVES, block++) {
      long kept = this.kept[at] & bits;
      if (kept != 0) {
        return block * WordStartSieve.BLOCK + Long.numberOfTrailingZeros(kept);
      }
      bits = -1L;
    }
    return -1;
  }

  @Override
  public void clear() {
    Arrays.fill(kept, 0, used, 0L);
    used = 0;
    text = null;
    if (kept.length > LARGEST_KEPT) {
      kept = new long[0];
    }
  }
}
