package se.avid.models.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The stems of the Hunspell sv_SE dictionary that LanguageTool's {@code language-sv} jar ships
 * (LGPL-3.0, by Göran Andersson), read without expanding affixes into two Lucene
 * {@link CharArraySet}s: ordinary words (lowercase stems) and proper nouns (capitalised stems,
 * lowercased). Both are looked up straight from a {@code char[]}.
 *
 * <p>Why stems only, and hash sets rather than an FST: parsing the dictionary with Lucene's
 * {@code hunspell.Dictionary} takes 0.3–0.7 s and compiling its 150,000 stems into an FST about
 * 1.4 s on a cold JVM, while the anonymizer must start in under a second; filling two hash sets
 * takes a fraction of that. The detectors only need two facts per stem, and recognise inflected
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

  /** Flag of sv_SE.aff: FORBIDDENWORD. */
  private static final char FORBIDDEN = '%';
  /** Flag of sv_SE.aff: NEEDAFFIX. */
  private static final char NEED_AFFIX = '¤';

  private final CharArraySet common;
  private final CharArraySet proper;
  private final CharArraySet frequent;

  private HunspellWords(CharArraySet common, CharArraySet proper, CharArraySet frequent) {
    this.common = common;
    this.proper = proper;
    this.frequent = frequent;
  }

  /** A lowercase Hunspell stem or a listed word form. */
  boolean isCommon(char[] chars, int offset, int length) {
    return common.contains(chars, offset, length);
  }

  /**
   * A frequent word form that is not only a proper noun: "först", "inför", "dels" (the stems
   * lack many adverbs and prepositions), "björn", "dag" (words and names), but not "anna",
   * "peter" (names only).
   */
  boolean isFrequent(char[] chars, int offset, int length) {
    return frequent.contains(chars, offset, length);
  }

  boolean isProperNoun(char[] chars, int offset, int length) {
    return proper.contains(chars, offset, length);
  }

  int size() {
    return common.size() + proper.size();
  }

  private static boolean has(char[] chars, int from, int to, char c) {
    for (int k = from; k < to; k++) {
      if (chars[k] == c) {
        return true;
      }
    }
    return false;
  }

  /** The whole of a classpath resource of language-sv, decoded as UTF-8; missing is a packaging bug. */
  private static char[] readAll(String resource) {
    try (InputStream in = HunspellWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("language-sv resource missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads the bundled dictionary; {@code extraCommon} are word forms the stems miss. */
  static HunspellWords load(Iterable<String> extraCommon) {
    CharArraySet common = new CharArraySet(160_000, false);
    CharArraySet proper = new CharArraySet(16_000, false);
    char[] dic = readAll(DICTIONARY);
    int i = 0;
    while (i < dic.length && dic[i] != '\n') {
      i++; // the first line holds the entry count
    }
    // one pass over the chars, no string per line: this runs once, on a cold JVM, at start-up
    while (++i < dic.length) {
      int start = i;
      int slash = -1;
      while (i < dic.length && dic[i] != '\n') {
        if (dic[i] == '/' && slash < 0) {
          slash = i;
        }
        i++;
      }
      int end = slash < 0 ? i : slash;
      while (end > start && (dic[end - 1] == '\r' || dic[end - 1] == ' ')) {
        end--;
      }
      int len = end - start;
      if (len == 0 || !Character.isLetter(dic[start])) {
        continue;
      }
      boolean capitalised = Character.isUpperCase(dic[start]);
      if (capitalised && len > 1 && Character.isUpperCase(dic[start + 1])) {
        continue; // acronyms ("PNR", "ADHD"): no names, and too often lowercase words in posts
      }
      if (!capitalised && slash >= 0 && (has(dic, slash, i, FORBIDDEN) || has(dic, slash, i, NEED_AFFIX))) {
        continue;
      }
      char[] word = new char[len];
      System.arraycopy(dic, start, word, 0, len);
      if (capitalised) {
        for (int k = 0; k < len; k++) {
          word[k] = Character.toLowerCase(word[k]);
        }
      }
      (capitalised ? proper : common).add(word);
    }
    for (String w : extraCommon) {
      common.add(Words.lower(w));
    }
    CharArraySet frequent = new CharArraySet(12_000, false);
    for (String line : new String(readAll(FREQUENT_WORDS)).split("\n")) {
      String w = Words.lower(line.strip());
      if (!w.isEmpty() && (!proper.contains(w) || common.contains(w))) {
        frequent.add(w);
      }
    }
    return new HunspellWords(CharArraySet.unmodifiableSet(common), CharArraySet.unmodifiableSet(proper),
        CharArraySet.unmodifiableSet(frequent));
  }
}
