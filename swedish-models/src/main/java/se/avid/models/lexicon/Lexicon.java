package se.avid.models.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * A set of lowercase words, each mapped to a bit set of {@link Category categories}, held in a
 * Lucene {@link FST} over UTF-16 code units so that a word is looked up straight from a
 * {@code char[]} without making a string.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder().add("kiruna", Category.MUNICIPALITY).build();
 * Lexicon.Cursor cursor = lexicon.cursor();        // one per thread / per call
 * long flags = cursor.get(chars, start, length);   // 0 when absent
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Cursor} is not (it reuses its arcs) and is made per call.
 */
public final class Lexicon {

  private final FST<Long> fst;
  private final int size;
  /**
   * The FST's outputs are small ids of category sets, not the sets themselves: Lucene boxes
   * every output it reads, and {@code Long.valueOf} allocates for values over 127.
   */
  private final long[] categoriesById;

  private Lexicon(FST<Long> fst, int size, long[] categoriesById) {
    this.fst = fst;
    this.size = size;
    this.categoriesById = categoriesById;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct words. */
  public int size() {
    return size;
  }

  /** Bytes of heap held by the automaton. */
  public long ramBytesUsed() {
    return fst == null ? 0 : fst.ramBytesUsed();
  }

  /** A new cursor for lookups by one thread. */
  public Cursor cursor() {
    return new Cursor();
  }

  /** Looks words up; reuses its arcs and reader, so use one per thread and call. */
  public final class Cursor {
    private final FST.BytesReader reader = fst == null ? null : fst.getBytesReader();
    private final FST.Arc<Long> arc = new FST.Arc<>();
    private final FST.Arc<Long> first = fst == null ? null : fst.getFirstArc(new FST.Arc<>());

    private Cursor() {}

    /** The categories of {@code chars[offset, offset+length)} (already lowercase), or 0. */
    public long get(char[] chars, int offset, int length) {
      if (fst == null || length == 0) {
        return 0;
      }
      try {
        arc.copyFrom(first);
        long output = 0;
        for (int i = 0; i < length; i++) {
          if (fst.findTargetArc(chars[offset + i], arc, arc, reader) == null) {
            return 0;
          }
          output += arc.output();
        }
        if (!arc.isFinal()) {
          return 0;
        }
        return categoriesById[(int) (output + arc.nextFinalOutput())];
      } catch (IOException e) {
        throw new UncheckedIOException(e); // on-heap FST: cannot happen
      }
    }

    /**
     * The longest entry with any of the categories {@code mask} that begins {@code chars[offset,
     * offset+length)} and is shorter than it, as {@code (prefixLength << 32) | categories}, or 0.
     */
    public long longestPrefix(char[] chars, int offset, int length, long mask) {
      if (fst == null || length == 0) {
        return 0;
      }
      try {
        arc.copyFrom(first);
        long output = 0;
        long best = 0;
        for (int i = 0; i < length - 1; i++) {
          if (fst.findTargetArc(chars[offset + i], arc, arc, reader) == null) {
            break;
          }
          output += arc.output();
          if (arc.isFinal()) {
            long flags = categoriesById[(int) (output + arc.nextFinalOutput())];
            if ((flags & mask) != 0) {
              best = ((long) (i + 1) << 32) | (flags & 0xFFFF_FFFFL);
            }
          }
        }
        return best;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * For a lexicon of <em>reversed</em> words: the longest entry that ends {@code chars[offset,
     * offset+length)}, as {@code (suffixLength << 32) | categories}, or 0 when none does.
     */
    public long longestSuffix(char[] chars, int offset, int length) {
      if (fst == null || length == 0) {
        return 0;
      }
      try {
        arc.copyFrom(first);
        long output = 0;
        long best = 0;
        for (int i = offset + length - 1; i >= offset; i--) {
          if (fst.findTargetArc(chars[i], arc, arc, reader) == null) {
            break;
          }
          output += arc.output();
          if (arc.isFinal()) {
            long flags = categoriesById[(int) (output + arc.nextFinalOutput())];
            best = ((long) (offset + length - i) << 32) | (flags & 0xFFFF_FFFFL);
          }
        }
        return best;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Copies a freshly compiled FST into one {@code byte[]}: lookups on the compiler's paged
   * buffers are markedly slower than on a single array (measured: the hot path of the name
   * detector spent most of its time in the paged reader).
   */
  private static FST<Long> compact(FST<Long> built) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    built.save(out, out);
    DataInput in = new ByteArrayDataInput(out.toArrayCopy());
    return new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
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
      words.sort(null); // String order is UTF-16 code unit order, the order BYTE2 FSTs need
      try {
        FSTCompiler<Long> compiler =
            new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, PositiveIntOutputs.getSingleton()).build();
        long[] categoriesById = entries.values().stream().distinct().sorted().mapToLong(Long::longValue).toArray();
        Map<Long, Long> ids = new HashMap<>();
        for (int i = 0; i < categoriesById.length; i++) {
          ids.put(categoriesById[i], (long) i);
        }
        IntsRefBuilder scratch = new IntsRefBuilder();
        for (String w : words) {
          compiler.add(Util.toUTF16(w, scratch), ids.get(entries.get(w)));
        }
        if (words.isEmpty()) {
          return new Lexicon(null, 0, categoriesById);
        }
        FST<Long> built = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
        return new Lexicon(compact(built), words.size(), categoriesById);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
