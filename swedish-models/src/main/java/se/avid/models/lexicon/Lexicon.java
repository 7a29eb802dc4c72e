package se.avid.models.lexicon;

import java.util.Arrays;
import java.util.HashMap;
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
 * <p>Held as a double-array trie (Aoe): each node is a slot of two ints, and the child of
 * node {@code p} by char {@code c} is slot {@code base[p] + code(c)} if {@code check} of that slot
 * is {@code p}. A step is two array reads and a compare, a lookup stops at the first char that no
 * word continues with, and a walk ({@link Cursor#longestPrefix}, {@link Cursor#longestSuffix})
 * costs the same per char. Why not a Lucene FST, as before: the words are a few thousand, so
 * memory does not matter, while FST arcs cost several times more per char (measured on forum
 * posts: FST walks were about 40% of the time of the name and address detectors, which ran
 * twice as fast without them).
 *
 * <p>Immutable and thread-safe; a {@link Cursor} holds no state and may be shared.
 */
public final class Lexicon {

  private static final int ROOT = 0;

  private final int size;
  /** Char to its code (1 and up) for the chars of the words; 0 for any other char. */
  private final char[] codes;
  /**
   * Per slot {@code i}: at {@code 2i} the base, where the children of the node in the slot begin
   * less one code, with {@link #WORD} set if the node is a word, not only the beginning of longer
   * ones; at {@code 2i + 1} the check, the slot of the node's parent, or -1 for an empty slot (and
   * the root). Side by side, so that a step reads one cache line: the check of a child, then its
   * base and whether it is a word.
   */
  private final int[] trie;
  /** Bit of a base: the node is a word (bases are never negative). */
  private static final int WORD = 1 << 31;
  /** Per slot: the word's categories. */
  private final long[] categories;

  /** The one cursor: it holds no state. */
  private final Cursor cursor = new Cursor();

  private Lexicon(int size, char[] codes, int[] trie, long[] categories) {
    this.size = size;
    this.codes = codes;
    this.trie = trie;
    this.categories = categories;
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Number of distinct words.
   *
   * @return the number of words
   */
  public int size() {
    return size;
  }

  /**
   * Bytes of heap held by the arrays (their contents, without object headers).
   *
   * @return the bytes
   */
  public long ramBytesUsed() {
    return 2L * codes.length + 4L * trie.length + 8L * categories.length;
  }

  /**
   * A cursor for lookups.
   *
   * @return a cursor
   */
  public Cursor cursor() {
    return cursor; // it holds no state: one for every caller, no object per look-up
  }

  /** True if the node in the slot is a word. */
  private boolean isWord(int node) {
    return trie[2 * node] < 0;
  }

  /** The child of {@code node} by {@code c}, or -1. */
  private int child(int node, char c) {
    int code = c < codes.length ? codes[c] : 0;
    if (code == 0) {
      return -1;
    }
    int next = (trie[2 * node] & ~WORD) + code; // within the array: it reaches past the largest base by every code
    return trie[2 * next + 1] == node ? next : -1;
  }

  /** Looks words up. Holds no state, so thread-safe; kept as a type so that callers need not change. */
  public final class Cursor {

    private Cursor() {}

    /**
     * The categories of {@code chars[offset, offset+length)} (already lowercase), or 0.
     *
     * @param text the chars, lowercase
     * @param offset where the word starts in them
     * @param length the word's length
     * @return the categories, or 0
     */
    public long get(char[] text, int offset, int length) {
      int node = ROOT;
      for (int i = offset, end = offset + length; i < end; i++) {
        node = child(node, text[i]);
        if (node < 0) {
          return 0;
        }
      }
      return isWord(node) ? categories[node] : 0;
    }

    /**
     * The longest entry with any of the categories {@code mask} that begins {@code chars[offset,
     * offset+length)} and is shorter than it, as {@code (prefixLength << 32) | categories}, or 0.
     *
     * @param text the chars, lowercase
     * @param offset where the word starts in them
     * @param length the word's length
     * @param mask the categories of which an entry must have one
     * @return {@code (prefixLength << 32) | categories}, or 0
     */
    public long longestPrefix(char[] text, int offset, int length, long mask) {
      int node = ROOT;
      long best = 0;
      for (int i = 0; i < length - 1; i++) {
        node = child(node, text[offset + i]);
        if (node < 0) {
          break;
        }
        if (isWord(node) && (categories[node] & mask) != 0) {
          best = ((long) (i + 1) << 32) | (categories[node] & 0xFFFF_FFFFL);
        }
      }
      return best;
    }

    /**
     * For a lexicon of <em>reversed</em> words: the longest entry that ends {@code chars[offset,
     * offset+length)}, as {@code (suffixLength << 32) | categories}, or 0 when none does.
     *
     * @param text the chars, lowercase
     * @param offset where the word starts in them
     * @param length the word's length
     * @return {@code (suffixLength << 32) | categories}, or 0
     */
    public long longestSuffix(char[] text, int offset, int length) {
      int node = ROOT;
      long best = 0;
      for (int i = offset + length - 1; i >= offset; i--) {
        node = child(node, text[i]);
        if (node < 0) {
          break;
        }
        if (isWord(node)) {
          best = ((long) (offset + length - i) << 32) | (categories[node] & 0xFFFF_FFFFL);
        }
      }
      return best;
    }
  }

  /** Collects words; adding a word again adds its categories. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Long> entries = new HashMap<>();

    private Builder() {}

    /**
     * Adds {@code word} (lowercased with {@link Words#lower}) with {@code category}.
     *
     * @param word the word, in any case
     * @param category its category
     * @return this builder
     */
    public Builder add(String word, Category category) {
      return add(word, category.bit());
    }

    /**
     * Adds {@code word} (lowercased) with the category bits {@code flags}.
     *
     * @param word the word, in any case
     * @param flags the category bits
     * @return this builder
     */
    public Builder add(String word, long flags) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      entries.merge(Words.lower(word), flags, (a, b) -> a | b);
      return this;
    }

    /**
     * Adds {@code word} reversed ("gatan" as "natag"), for {@link Cursor#longestSuffix}.
     *
     * @param word the word, in any case
     * @param flags the category bits
     * @return this builder
     */
    public Builder addReversed(String word, long flags) {
      return add(new StringBuilder(Words.lower(word)).reverse().toString(), flags);
    }

    /**
     * A copy of the words added so far and their categories.
     *
     * @return the words and their category bits
     */
    public Map<String, Long> entries() {
      return Map.copyOf(entries);
    }

    /**
     * Builds it.
     *
     * @return the new instance
     */
    public Lexicon build() {
      return of(entries);
    }
  }

  /**
   * The lexicon of these lowercase words and their category bits, as {@link Builder#build} makes
   * it: for a loader that has gathered the words itself.
   */
  static Lexicon of(Map<String, Long> entries) {
    return of(SortedWords.of(entries));
  }

  /** The lexicon of these words, sorted (siblings in char order: the same arrays whatever the order of adding). */
  static Lexicon of(SortedWords sorted) {
    char[][] words = sorted.words();
    // the chars of the words, in char order: a flag per char, not a set of boxed chars (25,000 words)
    boolean[] used = new boolean[Character.MAX_VALUE + 1];
    int maxChar = -1;
    for (char[] w : words) {
      for (char c : w) {
        used[c] = true;
        maxChar = Math.max(maxChar, c);
      }
    }
    char[] codes = new char[maxChar + 1];
    int code = 0;
    for (int c = 0; c <= maxChar; c++) {
      if (used[c]) {
        codes[c] = (char) ++code;
      }
    }
    return new Placement(words, sorted.bits(), codes, code).lexicon();
  }

  /**
   * Adds the categories {@code bits} to the word {@code word[0, length)}, which must be in the
   * lexicon: for a loader that learns more of its words after the trie is placed (whether a listed
   * word is an ordinary word too, once the dictionary is read). Only while loading, before the
   * lexicon is shared: it is immutable from then on.
   *
   * @throws IllegalArgumentException if the word is not in the lexicon
   */
  void addCategories(char[] word, int length, long bits) {
    categories[wordNode(word, length)] |= bits;
  }

  /**
   * Takes the categories {@code bits} off the word {@code word[0, length)}, which must be in the
   * lexicon: for a loader's own marks, while loading, as {@link #addCategories}.
   *
   * @throws IllegalArgumentException if the word is not in the lexicon
   */
  void removeCategories(char[] word, int length, long bits) {
    categories[wordNode(word, length)] &= ~bits;
  }

  /** The node of the word {@code word[0, length)}, which must be in the lexicon. */
  private int wordNode(char[] word, int length) {
    int node = ROOT;
    for (int i = 0; i < length && node >= 0; i++) {
      node = child(node, word[i]);
    }
    if (node < 0 || !isWord(node)) {
      throw new IllegalArgumentException("not in the lexicon");
    }
    return node;
  }

  /**
   * Places the trie of sorted words into the double array, breadth first, each node's children
   * at the first base where all their slots are free. Used once per build, at start-up, mostly
   * before the JIT has compiled it: so the words are char arrays, the queue and the children of
   * a node are int arrays, and no loop makes an iterator or a record.
   */
  private static final class Placement {
    /** The words, sorted, and each one's categories. */
    private final char[][] words;
    private final long[] bits;
    private final char[] codes;
    private final int alphabetSize;
    private int[] base = new int[1024];
    private int[] check = new int[1024];
    private boolean[] isWord = new boolean[1024];
    private long[] categories = new long[1024];
    /** Per slot: itself if free, else a slot further on, towards the next free one (see {@link #nextFree}). */
    private int[] towardsFree = new int[1024];
    private int last;
    /** The children of the node being placed: each one's code and the range of words below it. */
    private int[] childCode = new int[64];
    private int[] childFrom = new int[64];
    private int[] childTo = new int[64];
    /** Nodes waiting to be placed, four ints each: slot, depth, and the range of words below. */
    private int[] queue = new int[4 * 1024];
    private int queued;

    Placement(char[][] words, long[] bits, char[] codes, int alphabetSize) {
      this.words = words;
      this.bits = bits;
      this.codes = codes;
      this.alphabetSize = alphabetSize;
      Arrays.fill(check, -1);
      for (int i = 0; i < towardsFree.length; i++) {
        towardsFree[i] = i;
      }
      towardsFree[ROOT] = ROOT + 1;
    }

    private void enqueue(int slot, int depth, int from, int to) {
      if (queued + 4 > queue.length) {
        queue = Arrays.copyOf(queue, 2 * queue.length);
      }
      queue[queued++] = slot;
      queue[queued++] = depth;
      queue[queued++] = from;
      queue[queued++] = to;
    }

    Lexicon lexicon() {
      enqueue(ROOT, 0, 0, words.length);
      for (int head = 0; head < queued; head += 4) { // first in, first out: breadth first
        int slot = queue[head];
        int depth = queue[head + 1];
        int to = queue[head + 3];
        // the words of from..to share the node's chars; those longer than it continue it, grouped by their next char
        int n = 0;
        int i = queue[head + 2];
        while (i < to) {
          char[] w = words[i];
          if (w.length == depth) {
            i++; // the node itself: the words are sorted, so it comes first
            continue;
          }
          char c = w[depth];
          int j = i + 1;
          while (j < to && words[j].length > depth && words[j][depth] == c) {
            j++;
          }
          if (n == childCode.length) {
            childCode = Arrays.copyOf(childCode, 2 * n);
            childFrom = Arrays.copyOf(childFrom, 2 * n);
            childTo = Arrays.copyOf(childTo, 2 * n);
          }
          childCode[n] = codes[c];
          childFrom[n] = i;
          childTo[n++] = j;
          i = j;
        }
        if (n == 0) {
          continue;
        }
        int b = freeBase(n);
        base[slot] = b;
        for (int k = 0; k < n; k++) {
          int child = b + childCode[k];
          check[child] = slot;
          towardsFree[child] = child + 1;
          if (words[childFrom[k]].length == depth + 1) {
            isWord[child] = true;
            categories[child] = bits[childFrom[k]];
          }
          last = Math.max(last, child);
          enqueue(child, depth + 1, childFrom[k], childTo[k]);
        }
      }
      // every base plus every code must stay inside the arrays, so that a step needs no bounds test
      int length = Math.max(last, maxBase()) + alphabetSize + 1;
      int[] trie = new int[2 * length];
      for (int i = 0; i < length; i++) {
        trie[2 * i] = (i < base.length ? base[i] : 0) | (i < isWord.length && isWord[i] ? WORD : 0);
        trie[2 * i + 1] = i < check.length ? check[i] : -1;
      }
      return new Lexicon(words.length, codes, trie, Arrays.copyOf(categories, length));
    }

    private int maxBase() {
      int max = 0;
      for (int b : base) {
        max = Math.max(max, b);
      }
      return max;
    }

    /**
     * The first free slot at or after {@code slot}, skipping taken slots in jumps (union-find
     * with path halving), so that placing every node does not rescan the full slots before it.
     */
    private int nextFree(int slot) {
      grow(slot + 1);
      while (towardsFree[slot] != slot) {
        int next = towardsFree[slot];
        grow(next + 1);
        int after = towardsFree[next];
        towardsFree[slot] = after;
        slot = after;
        grow(slot + 1);
      }
      return slot;
    }

    /** The first base at which the slot of each of the {@code n} children is free (never the root's slot 0). */
    private int freeBase(int n) {
      int firstCode = childCode[0];
      for (int free = nextFree(ROOT + 1); ; free = nextFree(free + 1)) {
        int b = free - firstCode;
        if (b < 0) {
          continue;
        }
        grow(b + alphabetSize + 1);
        boolean fits = true;
        for (int k = 0; k < n; k++) {
          if (check[b + childCode[k]] != -1) {
            fits = false;
            break;
          }
        }
        if (fits) {
          return b;
        }
      }
    }

    private void grow(int needed) {
      if (needed <= check.length) {
        return;
      }
      int length = Math.max(needed, check.length * 2);
      int old = check.length;
      base = Arrays.copyOf(base, length);
      check = Arrays.copyOf(check, length);
      Arrays.fill(check, old, length, -1);
      isWord = Arrays.copyOf(isWord, length);
      categories = Arrays.copyOf(categories, length);
      towardsFree = Arrays.copyOf(towardsFree, length);
      for (int i = old; i < length; i++) {
        towardsFree[i] = i;
      }
    }
  }
}
