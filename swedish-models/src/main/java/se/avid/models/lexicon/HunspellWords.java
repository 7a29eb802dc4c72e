package se.avid.models.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stems of the Hunspell sv_SE dictionary that LanguageTool's {@code language-sv} jar ships
 * (LGPL-3.0, by Göran Andersson), read without expanding affixes into one {@link WordTable}
 * that flags each word as an ordinary word (a lowercase stem), a proper noun (a capitalised stem,
 * lowercased) and a frequent word, or several: one lookup straight from a {@code char[]} tells
 * all three.
 *
 * <p>Why stems only, and hash sets rather than an FST: parsing the dictionary with Lucene's
 * {@code hunspell.Dictionary} takes 0.3–0.7 s and compiling its 150,000 stems into an FST about
 * 1.4 s on a cold JVM, while the anonymizer must start in under a second; filling a hash table
 * takes a fraction of that. The detectors only need a few facts per stem, and recognise inflected
 * forms of ordinary words with Lucene's {@code SwedishLightStemmer}. A lowercase stem marked
 * forbidden ({@code bergström/%}: only the capitalised surname exists) or as needing an affix is
 * not an ordinary word.
 *
 * <p>Also reads LanguageTool's list of frequent Swedish words from the same jar, for the adverbs
 * and prepositions that the stems lack.
 *
 * <p>Immutable after loading and thread-safe for lookups.
 */
final class HunspellWords {

  static final String DICTIONARY = "/org/languagetool/resource/sv/hunspell/sv_SE.dic";
  /** LanguageTool's list of the ~10,000 most frequent Swedish word forms, same jar and licence. */
  static final String FREQUENT_WORDS = "/org/languagetool/resource/sv/common_words.txt";

  /** Flag of {@link #words}: a lowercase stem or a listed word form. Above every {@link Category} bit. */
  static final long COMMON = 1L << 56;
  /** Flag of {@link #words}: a capitalised stem (a proper noun), lowercased. */
  static final long PROPER = 1L << 57;
  /** Flag of {@link #words}: a frequent word form that is not only a proper noun. */
  static final long FREQUENT = 1L << 58;
  /** The three flags. */
  static final long FLAGS = COMMON | PROPER | FREQUENT;

  /**
   * Every word with its flags: one lookup tells all three; {@link SwedishLexicon} adds the
   * categories of its own words ({@link #addCategories}), so that one lookup tells those too.
   */
  private final WordTable words;

  /**
   * The same bits for the words most posts are made of (the frequent words, and the words of
   * {@link #addCategories}) in a table twenty times smaller, looked up first: it stays in the
   * processor's caches, where the whole table does not.
   */
  private final WordTable hot;
  /** The same bits for the words of one to three chars, made by {@link #trim} once every word is added. */
  private ShortWords shortWords;
  private final int size;
  private final PlaceStems placeStems;

  private HunspellWords(WordTable words, WordTable hot, int size, PlaceStems placeStems) {
    this.words = words;
    this.hot = hot;
    this.size = size;
    this.placeStems = placeStems;
  }

  /**
   * The {@link #COMMON}, {@link #PROPER} and {@link #FREQUENT} flags of the lowercase word and
   * the {@link Category} bits given to it by {@link #addCategories}, or 0.
   */
  long flags(char[] chars, int offset, int length) {
    ShortWords s = shortWords;
    if (length <= ShortWords.MAX_LENGTH && s != null) {
      return s.get(chars, offset, length);
    }
    int h = WordTable.hash(chars, offset, length);
    long f = hot.get(chars, offset, length, h);
    return f != 0 ? f : words.get(chars, offset, length, h);
  }

  /** Drops spare room and makes the table of short words, once every word and category is added. */
  void trim() {
    words.trim();
    hot.trim();
    shortWords = ShortWords.of(words);
  }

  /**
   * Adds the categories {@code bits} (no flag of this class) to the word {@code word[0, length)},
   * for {@link #flags}.
   */
  void addCategories(char[] word, int length, long bits) {
    if (shortWords != null) {
      throw new IllegalStateException("categories added after trim()");
    }
    if ((bits & FLAGS) != 0) {
      throw new IllegalArgumentException("categories overlap the Hunspell flags");
    }
    if (bits != 0) {
      long merged = words.add(word, 0, length, bits) | bits;
      hot.add(word, 0, length, merged); // the hot table's bits stay those of the whole
    }
  }

  /** A lowercase Hunspell stem or a listed word form. */
  boolean isCommon(char[] chars, int offset, int length) {
    return (flags(chars, offset, length) & COMMON) != 0;
  }

  /**
   * {@link #isCommon}, for a made form (a stem, an infinitive) that is rarely a frequent word:
   * looked up in the whole table at once, which has every word, not first in the hot one.
   */
  boolean isCommonForm(char[] chars, int offset, int length) {
    return (words.get(chars, offset, length) & COMMON) != 0;
  }

  /**
   * A frequent word form that is not only a proper noun: "först", "inför", "dels" (the stems
   * lack many adverbs and prepositions), "björn", "dag" (words and names), but not "anna",
   * "peter" (names only).
   */
  boolean isFrequent(char[] chars, int offset, int length) {
    return (flags(chars, offset, length) & FREQUENT) != 0;
  }

  boolean isProperNoun(char[] chars, int offset, int length) {
    return (flags(chars, offset, length) & PROPER) != 0;
  }

  /** The place names among the proper nouns, found in the same pass over the dictionary. */
  PlaceStems placeStems() {
    return placeStems;
  }

  /** The number of ordinary words plus the number of proper nouns (a word may be both). */
  int size() {
    return size;
  }

  /**
   * The bytes of a classpath resource of language-sv; missing is a packaging bug. Read into one
   * array of the size the stream announces (a jar entry's size, a file's length), not in chunks
   * copied together at the end: the dictionary is 2.3 MB.
   */
  private static byte[] readAll(String resource) {
    try (InputStream in = HunspellWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("language-sv resource missing from the classpath: " + resource);
      }
      byte[] bytes = new byte[Math.max(in.available(), 8192)];
      int n = 0;
      for (int k; (k = in.read(bytes, n, bytes.length - n)) > 0; ) {
        n += k;
        if (n == bytes.length) {
          int next = in.read();
          if (next < 0) {
            return bytes;
          }
          bytes = Arrays.copyOf(bytes, 2 * bytes.length); // announced less than it holds
          bytes[n++] = (byte) next;
        }
      }
      return Arrays.copyOf(bytes, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Words the whole table ends up with, {@link SwedishLexicon}'s included: 176,474 today. Sized
   * so that neither its slots (262,144) nor its char pool (14.3 chars a word with the header)
   * have to grow while it is filled, which copied 5 MB into a 10 MB pool at start-up.
   */
  private static final int EXPECTED_WORDS = 185_000;
  /** Words the hot table ends up with: 34,718 today, in 65,536 slots, as for {@link #EXPECTED_WORDS}. */
  private static final int EXPECTED_HOT_WORDS = 38_000;

  /** Reads the bundled dictionary; {@code extraCommon} are word forms the stems miss. */
  static HunspellWords load(Iterable<String> extraCommon) {
    WordTable words = new WordTable(EXPECTED_WORDS);
    PlaceStems placeStems = new PlaceStems();
    // the number of words with COMMON plus the number with PROPER, counted as the flags are first set
    int[] size = {0};
    DictionaryStems.read(readAll(DICTIONARY), new DictionaryStems.Visitor() {
      @Override
      public void stem(char[] stem, int length, boolean proper) {
        // a stem both lowercase and capitalised gets both flags; a stem listed twice, its flag once
        long flag = proper ? PROPER : COMMON;
        if ((words.add(stem, 0, length, flag) & flag) == 0) {
          size[0]++;
        }
      }

      @Override
      public void placeStem(char[] stem, int length, boolean flaggedE) {
        placeStems.add(stem, length, flaggedE);
      }
    });
    for (String w : extraCommon) {
      char[] word = Words.lower(w).toCharArray();
      if ((words.add(word, 0, word.length, COMMON) & COMMON) == 0) {
        size[0]++;
      }
    }
    List<char[]> frequent = new ArrayList<>();
    String lines = new String(readAll(FREQUENT_WORDS), StandardCharsets.UTF_8);
    for (int from = 0, to; from < lines.length(); from = to + 1) {
      to = lines.indexOf('\n', from);
      if (to < 0) {
        to = lines.length();
      }
      char[] w = Words.lower(lines.substring(from, to).strip()).toCharArray();
      long f = words.get(w, 0, w.length);
      if (w.length > 0 && ((f & PROPER) == 0 || (f & COMMON) != 0)) {
        words.add(w, 0, w.length, FREQUENT);
        frequent.add(w);
      }
    }
    WordTable hot = new WordTable(EXPECTED_HOT_WORDS);
    for (char[] w : frequent) {
      hot.add(w, 0, w.length, words.get(w, 0, w.length));
    }
    return new HunspellWords(words, hot, size[0], placeStems);
  }
}
