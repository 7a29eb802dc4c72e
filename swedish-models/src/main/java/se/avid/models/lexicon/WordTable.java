package se.avid.models.lexicon;

import java.util.Arrays;

/**
 * A set of words, each with a few flag bits, looked up straight from a {@code char[]} range:
 * the Hunspell stems and frequent words of {@link HunspellWords}, some 170,000 of them.
 *
 * <p>Why not Lucene's {@code CharArraySet}, as before: it holds every word as its own
 * {@code char[]} behind an array of references, so a lookup reads three places far apart in
 * memory (the slot, the array object, its chars), and a word that is in several sets (a stem,
 * a frequent word) is looked up once per set; on forum posts these lookups were a fifth of the
 * name detector's time. Here one open-addressing table of {@code long}s holds per word its hash,
 * its place in one shared array of chars and all its flags: a lookup reads the slot, and the
 * word's chars only when the hashes agree.
 *
 * <p>Built once, by {@link #add}, then only read: thread-safe once built and safely published
 * (a lazy holder's final field).
 */
final class WordTable {

  /** Bits of a slot: the word's flags (at least one set, so that a taken slot is never 0). */
  private static final int FLAG_SHIFT = 56;
  /** Bits of a slot: where the word starts in {@link #pool}: its length, then its chars. */
  private static final int OFFSET_SHIFT = 32;
  private static final long OFFSET_MASK = (1L << (FLAG_SHIFT - OFFSET_SHIFT)) - 1;
  /** The flags a word may have. */
  static final int MAX_FLAG = 0x80;

  private long[] slots;
  private int shift;
  private char[] pool;
  private int poolSize;
  private int size;

  WordTable(int expectedWords) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedWords) * 2) * 2; // at most half full
    slots = new long[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
    pool = new char[Math.max(64, expectedWords * 10)];
  }

  /** Number of distinct words. */
  int size() {
    return size;
  }

  /** The hash of the chars, the same for a word however it is given. */
  private static int hash(char[] chars, int offset, int length) {
    int h = length;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** The first slot to try for {@code hash}: Fibonacci hashing spreads the low-entropy sums over the table. */
  private int home(int hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The flags of {@code chars[offset, offset+length)}, or 0 if the word is absent. */
  int get(char[] chars, int offset, int length) {
    int h = hash(chars, offset, length);
    long[] s = slots;
    int mask = s.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      long slot = s[i];
      if (slot == 0) {
        return 0;
      }
      if ((int) slot == h && same((int) (slot >>> OFFSET_SHIFT & OFFSET_MASK), chars, offset, length)) {
        return (int) (slot >>> FLAG_SHIFT);
      }
    }
  }

  private boolean same(int at, char[] chars, int offset, int length) {
    char[] p = pool;
    if (p[at] != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (p[at + 1 + i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Adds {@code flags} (1 to {@link #MAX_FLAG}) to the word, adding the word if absent. */
  void add(char[] chars, int offset, int length, int flags) {
    if (flags <= 0 || flags > 0xFF) {
      throw new IllegalArgumentException("flags out of range: " + flags);
    }
    if (length > Character.MAX_VALUE) {
      throw new IllegalArgumentException("word too long: " + length);
    }
    int h = hash(chars, offset, length);
    int mask = slots.length - 1;
    int i = home(h);
    for (; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        break;
      }
      if ((int) slot == h && same((int) (slot >>> OFFSET_SHIFT & OFFSET_MASK), chars, offset, length)) {
        slots[i] = slot | (long) flags << FLAG_SHIFT;
        return;
      }
    }
    if (poolSize + length + 1 > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + length + 1, pool.length * 2));
    }
    if (poolSize > OFFSET_MASK) {
      throw new IllegalStateException("too many chars for the table");
    }
    int at = poolSize;
    pool[at] = (char) length;
    System.arraycopy(chars, offset, pool, at + 1, length);
    poolSize += length + 1;
    slots[i] = (long) flags << FLAG_SHIFT | (long) at << OFFSET_SHIFT | (h & 0xFFFF_FFFFL);
    size++;
    if (size * 2 > slots.length) {
      grow();
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = home((int) slot);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }

  /** Drops the spare room of the char pool once every word is added. */
  void trim() {
    pool = Arrays.copyOf(pool, poolSize);
  }

  /** Bytes of heap held by the arrays (their contents, without object headers). */
  long ramBytesUsed() {
    return 8L * slots.length + 2L * pool.length;
  }
}
