package se.avid.models.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of lowercase words, each mapped to a bit set of {@link Category categories}, looked up
 * straight from a {@code char[]} range without making a string.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder().add("kiruna", Category.MUNICIPALITY).build();
 * Lexicon.Cursor cursor = lexicon.cursor();
 * long flags = cursor.get(chars, start, length);   // 0 when absent
 * }</pre>
 *
 * <p>Held as a trie whose nodes (every word and every beginning of a word) sit in one
 * open-addressing hash table, keyed by the polynomial hash of their chars: a whole word is one
 * probe and one compare, and a walk char by char ({@link Cursor#longestPrefix},
 * {@link Cursor#longestSuffix}) is one probe per char that stops as soon as no entry begins so.
 * Why not a Lucene FST, as before: the words are a few thousand, so memory does not matter,
 * while FST arcs cost several times more per char than a probe (measured on forum posts: FST
 * walks were about 40% of the time of the name and address detectors, which ran twice as fast
 * without them).
 *
 * <p>Immutable and thread-safe; a {@link Cursor} holds no state and may be shared.
 */
public final class Lexicon {

  /** Bit of {@link #links} that marks a node as a word of the lexicon, not only a beginning of one. */
  private static final long WORD = 1L << 16;

  private final int size;
  /** Table slot to node id + 1; 0 is an empty slot. Node 0 is the root (the empty string), never in the table. */
  private final int[] table;
  private final int mask;
  /** Per node: the polynomial hash of its chars ({@link #next}) in the low half, its length in the high half. */
  private final long[] hashes;
  /** Per node: parent node id << 17 | {@link #WORD} if a word | its last char. */
  private final long[] links;
  /** Per node: its categories (0 for a mere beginning of a word). */
  private final long[] categories;
  /** Per node: where its chars start in {@link #chars}. */
  private final int[] offsets;
  private final char[] chars;

  private Lexicon(int size, int[] table, long[] hashes, long[] links, long[] categories, int[] offsets, char[] chars) {
    this.size = size;
    this.table = table;
    this.mask = table.length - 1;
    this.hashes = hashes;
    this.links = links;
    this.categories = categories;
    this.offsets = offsets;
    this.chars = chars;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct words. */
  public int size() {
    return size;
  }

  /** Bytes of heap held by the tables (array contents, without object headers). */
  public long ramBytesUsed() {
    return 4L * table.length + 8L * hashes.length + 8L * links.length + 8L * categories.length + 4L * offsets.length
        + 2L * chars.length;
  }

  /** A cursor for lookups. */
  public Cursor cursor() {
    return new Cursor();
  }

  /** The hash of a string extended by one char: {@code 31 * hash + c}, as {@link String#hashCode}. */
  private static int next(int hash, char c) {
    return 31 * hash + c;
  }

  private int slot(int hash, int length) {
    int x = (hash + length * 0x61C88647) * 0x9E3779B9;
    return (x ^ (x >>> 15)) & mask;
  }

  private static long hashKey(int hash, int length) {
    return ((long) length << 32) | (hash & 0xFFFF_FFFFL);
  }

  /** The child of {@code parent} by {@code c}, whose chars hash to {@code hash}; or -1. */
  private int child(int parent, char c, int hash, int length) {
    long link = ((long) parent << 17) | c;
    for (int s = slot(hash, length); ; s = (s + 1) & mask) {
      int id = table[s] - 1;
      if (id < 0) {
        return -1;
      }
      if ((links[id] & ~WORD) == link) {
        return id;
      }
    }
  }

  /** Looks words up. Holds no state, so thread-safe; kept as a type so that callers need not change. */
  public final class Cursor {

    private Cursor() {}

    /** The categories of {@code chars[offset, offset+length)} (already lowercase), or 0. */
    public long get(char[] text, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int hash = 0;
      for (int i = offset, end = offset + length; i < end; i++) {
        hash = next(hash, text[i]);
      }
      long key = hashKey(hash, length);
      for (int s = slot(hash, length); ; s = (s + 1) & mask) {
        int id = table[s] - 1;
        if (id < 0) {
          return 0;
        }
        if (hashes[id] == key && (links[id] & WORD) != 0 && sameChars(offsets[id], text, offset, length)) {
          return categories[id];
        }
      }
    }

    private boolean sameChars(int from, char[] text, int offset, int length) {
      for (int i = 0; i < length; i++) {
        if (chars[from + i] != text[offset + i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * The longest entry with any of the categories {@code mask} that begins {@code chars[offset,
     * offset+length)} and is shorter than it, as {@code (prefixLength << 32) | categories}, or 0.
     */
    public long longestPrefix(char[] text, int offset, int length, long mask) {
      int node = 0;
      int hash = 0;
      long best = 0;
      for (int i = 0; i < length - 1; i++) {
        char c = text[offset + i];
        hash = next(hash, c);
        node = child(node, c, hash, i + 1);
        if (node < 0) {
          break;
        }
        if ((links[node] & WORD) != 0 && (categories[node] & mask) != 0) {
          best = ((long) (i + 1) << 32) | (categories[node] & 0xFFFF_FFFFL);
        }
      }
      return best;
    }

    /**
     * For a lexicon of <em>reversed</em> words: the longest entry that ends {@code chars[offset,
     * offset+length)}, as {@code (suffixLength << 32) | categories}, or 0 when none does.
     */
    public long longestSuffix(char[] text, int offset, int length) {
      int node = 0;
      int hash = 0;
      long best = 0;
      for (int i = offset + length - 1; i >= offset; i--) {
        char c = text[i];
        hash = next(hash, c);
        int depth = offset + length - i;
        node = child(node, c, hash, depth);
        if (node < 0) {
          break;
        }
        if ((links[node] & WORD) != 0) {
          best = ((long) depth << 32) | (categories[node] & 0xFFFF_FFFFL);
        }
      }
      return best;
    }
  }

  /** Collects words; adding a word again adds its categories. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Long> entries = new HashMap<>();

    private Builder() {}

    /** Adds {@code word} (lowercased with {@link Words#lower}) with {@code category}. */
    public Builder add(String word, Category category) {
      return add(word, category.bit());
    }

    /** Adds {@code word} (lowercased) with the category bits {@code flags}. */
    public Builder add(String word, long flags) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      entries.merge(Words.lower(word), flags, (a, b) -> a | b);
      return this;
    }

    /** Adds {@code word} reversed ("gatan" as "natag"), for {@link Cursor#longestSuffix}. */
    public Builder addReversed(String word, long flags) {
      return add(new StringBuilder(Words.lower(word)).reverse().toString(), flags);
    }

    /** A copy of the words added so far and their categories. */
    public Map<String, Long> entries() {
      return Map.copyOf(entries);
    }

    public Lexicon build() {
      List<String> words = new ArrayList<>(entries.keySet());
      words.sort(null); // the same tables whatever the order of adding
      Map<String, Integer> ids = new HashMap<>();
      ids.put("", 0);
      List<String> nodes = new ArrayList<>();
      nodes.add("");
      for (String w : words) {
        for (int len = 1; len <= w.length(); len++) {
          String prefix = w.substring(0, len);
          if (ids.putIfAbsent(prefix, nodes.size()) == null) {
            nodes.add(prefix);
          }
        }
      }
      int n = nodes.size();
      int capacity = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1; // load factor at most 1/2
      int[] table = new int[capacity];
      long[] hashes = new long[n];
      long[] links = new long[n];
      long[] categories = new long[n];
      int[] offsets = new int[n];
      char[] chars = new char[nodes.stream().mapToInt(String::length).sum()];
      Lexicon lexicon = new Lexicon(words.size(), table, hashes, links, categories, offsets, chars);
      int at = 0;
      for (int id = 1; id < n; id++) {
        String node = nodes.get(id);
        int len = node.length();
        int hash = node.hashCode(); // the same polynomial as next()
        hashes[id] = hashKey(hash, len);
        Long flags = entries.get(node);
        links[id] = ((long) ids.get(node.substring(0, len - 1)) << 17) | (flags != null ? WORD : 0) | node.charAt(len - 1);
        categories[id] = flags != null ? flags : 0;
        offsets[id] = at;
        node.getChars(0, len, chars, at);
        at += len;
        int s = lexicon.slot(hash, len);
        while (table[s] != 0) {
          s = (s + 1) & (capacity - 1);
        }
        table[s] = id + 1;
      }
      return lexicon;
    }
  }
}
