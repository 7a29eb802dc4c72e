package se.avid.models.lexicon;

import java.util.Arrays;
import java.util.Map;

/**
 * Lowercase words with category bits, gathered while the lists are read, then sorted in char
 * order with the bits of a word listed more than once merged: the form in which {@link Lexicon}
 * places its trie and {@link SwedishLexicon} merges the lists with the dictionary.
 *
 * <p>Why not a {@code HashMap<String, Long>}: some 30,000 entries each boxed, merged and hashed,
 * then copied to a list to be sorted and looked up again for their bits, at start-up, before the
 * JIT has compiled any of it. Here an entry is a slot of two arrays, and sorting brings a word's
 * repeats together, where their bits are merged. Not thread-safe while gathering; the sorted
 * arrays are not to be changed.
 */
final class SortedWords {

  private String[] gathered;
  private long[] gatheredBits;
  private int size;
  private char[][] words;
  private long[] bits;

  SortedWords(int expected) {
    gathered = new String[Math.max(16, expected)];
    gatheredBits = new long[gathered.length];
  }

  /** The entries of {@code entries}: lowercase words and their bits. */
  static SortedWords of(Map<String, Long> entries) {
    SortedWords s = new SortedWords(entries.size());
    for (Map.Entry<String, Long> e : entries.entrySet()) {
      s.add(e.getKey(), e.getValue());
    }
    return s;
  }

  /** Adds {@code word}, already lowercased, with {@code bits}; a word added again gets the bits of both. */
  void add(String word, long bits) {
    if (words != null) {
      throw new IllegalStateException("words added after sorting");
    }
    if (size == gathered.length) {
      gathered = Arrays.copyOf(gathered, 2 * size);
      gatheredBits = Arrays.copyOf(gatheredBits, 2 * size);
    }
    gathered[size] = word;
    gatheredBits[size++] = bits;
  }

  /**
   * The distinct words in the order of {@link String#compareTo} (char by char), as char arrays;
   * sorted on the first call, after which no word can be added.
   *
   * @return the words; not to be changed
   */
  char[][] words() {
    sort();
    return words;
  }

  /**
   * The bits of each of {@link #words}, at its index: those of every time it was added.
   *
   * @return the bits; not to be changed
   */
  long[] bits() {
    sort();
    return bits;
  }

  private void sort() {
    if (words != null) {
      return;
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    mergeSort(order, new int[size], 0, size);
    char[][] w = new char[size][];
    long[] b = new long[size];
    int n = 0;
    String previous = null;
    for (int i = 0; i < size; i++) {
      String word = gathered[order[i]];
      if (word.equals(previous)) {
        b[n - 1] |= gatheredBits[order[i]];
      } else {
        w[n] = word.toCharArray();
        b[n++] = gatheredBits[order[i]];
        previous = word;
      }
    }
    words = Arrays.copyOf(w, n);
    bits = Arrays.copyOf(b, n);
    gathered = null; // the strings are not needed any more
    gatheredBits = null;
  }

  /** Sorts {@code order[from, to)} by the words they index; {@code scratch} is as long. */
  private void mergeSort(int[] order, int[] scratch, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int middle = (from + to) >>> 1;
    mergeSort(order, scratch, from, middle);
    mergeSort(order, scratch, middle, to);
    if (gathered[order[middle - 1]].compareTo(gathered[order[middle]]) <= 0) {
      return; // already in order: lists that are mostly sorted cost a compare per half
    }
    System.arraycopy(order, from, scratch, from, to - from);
    int i = from;
    int j = middle;
    for (int k = from; k < to; k++) {
      if (j >= to || i < middle && gathered[scratch[i]].compareTo(gathered[scratch[j]]) <= 0) {
        order[k] = scratch[i++];
      } else {
        order[k] = scratch[j++];
      }
    }
  }
}
