package se.avid.models.names;

import java.util.Arrays;

/**
 * The counts of {@link NameLetters}, keyed by a sequence of three chars packed into a
 * {@code long} (16 bits a char), in an open-addressed table: a look-up per letter sequence of
 * every word the name rules weigh, so it reads the word's chars in place and allocates nothing
 * (the map of strings it replaces needed a copy of the word with its marks per call). Filled once
 * while loading, then read only: thread-safe once safely published.
 */
final class LetterTable {

  /** Marks an empty slot: no packed key of three chars uses bit 63. */
  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private int size;

  LetterTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, EMPTY);
  }

  /** The key of the sequence {@code a b c}. */
  static long pack(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  /** The key of the sequence that drops the first char of {@code key}'s and ends in {@code c}. */
  static long shift(long key, char c) {
    return (key << 16 | c) & 0xFFFF_FFFF_FFFFL;
  }

  /** Sets the count of {@code key}; a later count for the same key replaces it. */
  void put(long key, int value) {
    int slot = slot(key);
    if (keys[slot] == EMPTY && ++size * 2 > keys.length) {
      throw new IllegalStateException("letter table over half full");
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The count of {@code key}, 0 for a sequence not in the table. */
  int get(long key) {
    int slot = slot(key);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  private int slot(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    int slot = (int) (h >>> 40) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
