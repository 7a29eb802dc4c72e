package se.avid.models.lexicon;

import java.util.Arrays;

/**
 * A map from words to non-zero bit sets ({@code long}), looked up straight from a {@code char[]}
 * range: the Hunspell stems and frequent words of {@link HunspellWords}, some 170,000 of them,
 * with the categories of the project's lexicon next to their Hunspell facts.
 *
 * <p>Why not Lucene's {@code CharArraySet}, as before: it holds every word as its own
 * {@code char[]} behind an array of references, so a lookup reads three places far apart in
 * memory (the slot, the array object, its chars), and a word that is in several sets (a stem,
 * a frequent word) is looked up once per set; on forum posts these lookups were a fifth of the
 * name detector's time. Here one open-addressing table of {@code long}s holds per word its hash
 * and its place in one shared array of chars, where its bits lie next to its chars: a lookup
 * reads the slot, and the word only when the hashes agree.
 *
 * <p>Built once, by {@link #add}, then only read: thread-safe once built and safely published
 * (a lazy holder's final field).
 */
final class WordTable {

  /** Chars of the pool before a word's chars: its length, then its bits in four chars. */
  private static final int HEADER = 5;

  /** Per slot: 1 + where the word starts in {@link #pool} in the high half, its hash in the low half; 0 if empty. */
  private long[] slots;
  private int shift;
  private char[] pool;
  private int poolSize;
  private int size;
  /** How many words have at most {@link ShortWords#MAX_LENGTH} chars: {@link ShortWords} is sized by it. */
  private int shortSize;

  WordTable(int expectedWords) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedWords * 4 / 3)) * 2; // at most three quarters full
    slots = new long[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
    pool = new char[Math.max(64, expectedWords * 14)];
  }

  /** Number of distinct words. */
  int size() {
    return size;
  }

  /** The number of words of at most {@link ShortWords#MAX_LENGTH} chars. */
  int shortSize() {
    return shortSize;
  }

  /** The hash of the chars, the same for a word however it is given; see {@link #get(char[], int, int, int)}. */
  static int hash(char[] chars, int offset, int length) {
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

  /** The bits of {@code chars[offset, offset+length)}, or 0 if the word is absent. */
  long get(char[] chars, int offset, int length) {
    return get(chars, offset, length, hash(chars, offset, length));
  }

  /** {@link #get(char[], int, int)} given the word's {@link #hash}, for a word looked up in several tables. */
  long get(char[] chars, int offset, int length, int hash) {
    int at = find(chars, offset, length, hash);
    if (at < 0) {
      return 0;
    }
    char[] p = pool;
    return (long) p[at + 1] << 48 | (long) p[at + 2] << 32 | (long) p[at + 3] << 16 | p[at + 4];
  }

  /** Where the word starts in the pool, or -1. */
  private int find(char[] chars, int offset, int length, int h) {
    long[] s = slots;
    int mask = s.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      long slot = s[i];
      if (slot == 0) {
        return -1;
      }
      if ((int) slot == h) {
        int at = (int) (slot >>> 32) - 1;
        if (same(at, chars, offset, length)) {
          return at;
        }
      }
    }
  }

  private boolean same(int at, char[] chars, int offset, int length) {
    char[] p = pool;
    // the JDK's range compare reads several chars at a time
    return p[at] == length && Arrays.equals(p, at + HEADER, at + HEADER + length, chars, offset, offset + length);
  }

  /**
   * Adds {@code bits} (not 0) to those of the word, adding the word if absent: one hash and one
   * probe (at start-up this runs for each of some 150,000 dictionary stems).
   *
   * @return the word's bits before, 0 for a word that was absent
   */
  long add(char[] chars, int offset, int length, long bits) {
    if (bits == 0) {
      throw new IllegalArgumentException("no bits");
    }
    if (length > Character.MAX_VALUE) {
      throw new IllegalArgumentException("word too long: " + length);
    }
    int h = hash(chars, offset, length);
    int at = find(chars, offset, length, h);
    long before = 0;
    if (at < 0) {
      at = append(chars, offset, length, h);
    } else {
      char[] p = pool;
      before = (long) p[at + 1] << 48 | (long) p[at + 2] << 32 | (long) p[at + 3] << 16 | p[at + 4];
    }
    long merged = before | bits;
    pool[at + 1] = (char) (merged >>> 48);
    pool[at + 2] = (char) (merged >>> 32);
    pool[at + 3] = (char) (merged >>> 16);
    pool[at + 4] = (char) merged;
    return before;
  }

  private int append(char[] chars, int offset, int length, int h) {
    if (poolSize + HEADER + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + HEADER + length, pool.length * 2));
    }
    int at = poolSize;
    pool[at] = (char) length;
    System.arraycopy(chars, offset, pool, at + HEADER, length);
    poolSize += HEADER + length;
    if (length <= ShortWords.MAX_LENGTH) {
      shortSize++;
    }
    int mask = slots.length - 1;
    int i = home(h);
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = (long) (at + 1) << 32 | (h & 0xFFFF_FFFFL);
    size++;
    if (size > slots.length / 4 * 3) {
      grow();
    }
    return at;
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

  /** Receives a word of the table: its chars at {@code chars[offset, offset+length)} and its bits. */
  interface Visitor {
    void visit(char[] chars, int offset, int length, long bits);
  }

  /** Calls {@code visitor} for every word, in the order they were added. */
  void forEach(Visitor visitor) {
    char[] p = pool;
    for (int at = 0; at < poolSize; at += HEADER + p[at]) {
      long bits = (long) p[at + 1] << 48 | (long) p[at + 2] << 32 | (long) p[at + 3] << 16 | p[at + 4];
      visitor.visit(p, at + HEADER, p[at], bits);
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
