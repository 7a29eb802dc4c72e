package se.avid.models.lexicon;

/**
 * The words of one to three chars of a {@link WordTable} with their bits, each word packed with
 * its length into one {@code long} key: a lookup compares the key in the slot, next to the bits,
 * without hashing chars into a pool or comparing them there. Such words ("och", "att", "är",
 * "på") are nearly half the words of a post.
 *
 * <p>Immutable and thread-safe once made.
 */
final class ShortWords {

  /** The longest word held. */
  static final int MAX_LENGTH = 3;

  /** Per slot: the key at {@code 2i} (0 for an empty slot), the bits at {@code 2i + 1}. */
  private final long[] slots;
  private final int shift;

  private ShortWords(int expectedWords) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedWords) * 2) * 2; // at most half full
    slots = new long[2 * capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /** The words of at most {@link #MAX_LENGTH} chars of {@code table}. */
  static ShortWords of(WordTable table) {
    ShortWords words = new ShortWords(table.shortSize()); // counted as they were added: one pass, not two
    table.forEach((chars, offset, length, bits) -> {
      if (length <= MAX_LENGTH) {
        words.put(key(chars, offset, length), bits);
      }
    });
    return words;
  }

  /** A word of at most three chars and its length in one {@code long}; never 0. */
  private static long key(char[] chars, int offset, int length) {
    long k = 1L << 63 | (long) length << 48;
    for (int i = 0; i < length; i++) {
      k |= (long) chars[offset + i] << (32 - 16 * i);
    }
    return k;
  }

  private int home(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void put(long key, long bits) {
    int mask = slots.length / 2 - 1;
    int i = home(key);
    while (slots[2 * i] != 0) {
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = bits;
  }

  /** The bits of {@code chars[offset, offset+length)} ({@code length <= MAX_LENGTH}), or 0 if absent. */
  long get(char[] chars, int offset, int length) {
    long key = key(chars, offset, length);
    long[] s = slots;
    int mask = s.length / 2 - 1;
    for (int i = home(key); ; i = (i + 1) & mask) {
      long k = s[2 * i];
      if (k == key) {
        return s[2 * i + 1];
      }
      if (k == 0) {
        return 0;
      }
    }
  }
}
