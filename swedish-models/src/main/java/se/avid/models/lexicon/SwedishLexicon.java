package se.avid.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * The Swedish lexicons the name, place and address detectors share: the project's gazetteers
 * and name lists (UTF-8 files next to this class), the cue words, and the stems of the Hunspell
 * sv_SE dictionary, merged into one {@link Lexicon}; and the street and institution endings in a
 * second, reversed one.
 *
 * <p>Loaded once, on first use of {@link #get()}, in a lazy holder. Immutable and thread-safe.
 */
public final class SwedishLexicon {

  private final Lexicon words;
  private final Lexicon suffixes;
  private final HunspellWords hunspell;
  /** The record of each word asked for, made on first request ({@link #lexeme}). */
  private final LexemeTable lexemes;

  private SwedishLexicon(Lexicon words, Lexicon suffixes, HunspellWords hunspell) {
    this.words = words;
    this.suffixes = suffixes;
    this.hunspell = hunspell;
    this.lexemes = new LexemeTable(this);
  }

  /**
   * The kept record of a word of the texts, or null: none is made for the facts or the
   * common-word test alone, which are asked of parts of compounds and respellings too, more
   * forms than are worth keeping.
   */
  private Lexeme kept(char[] chars, int offset, int length) {
    return lexemes.find(chars, offset, length);
  }

  /**
   * Everything the detectors ask of the lowercase word {@code chars[offset, offset+length)}, in
   * one look-up: its facts, the common-word test, its ending and how the name rules read it. The
   * record is made on the first request for a word and kept (see {@link Lexeme}).
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the word's record
   */
  public Lexeme lexeme(char[] chars, int offset, int length) {
    return lexemes.get(chars, offset, length);
  }

  /**
   * The shared instance, loaded on first call.
   *
   * @return the lexicon
   */
  public static SwedishLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final SwedishLexicon INSTANCE = load();
  }

  /**
   * The project's words: names, places, public bodies, countries and cues, each marked
   * {@link Category#COMMON_WORD} if it is also an ordinary word.
   *
   * @return the lexicon of words
   */
  public Lexicon words() {
    return words;
  }

  /**
   * Street and institution endings, reversed, for {@link Lexicon.Cursor#longestSuffix}.
   *
   * @return the lexicon of reversed endings
   */
  public Lexicon suffixes() {
    return suffixes;
  }

  /**
   * True if {@code chars[offset, offset+length)} (lowercase) is an ordinary Swedish word: a
   * Hunspell stem or listed form, a frequent word form, an imperative, or an inflection that Lucene's light stemmer reduces to one
   * ("björnen" to "björn", "dricker" to the infinitive "dricka"). {@code scratch} must hold
   * {@code length + 1} chars.
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @param scratch a buffer of at least {@code length + 1} chars, which is overwritten
   * @return whether it is an ordinary word
   */
  public boolean isCommonWord(char[] chars, int offset, int length, char[] scratch) {
    Lexeme kept = kept(chars, offset, length);
    if (kept != null) {
      return kept.isCommonWord();
    }
    return computeCommonWord(lookUpFacts(chars, offset, length), chars, offset, length, scratch);
  }

  /**
   * {@link #isCommonWord(char[], int, int, char[])} of a word whose {@link #facts} are known
   * already, which saves their lookup.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @param scratch a buffer of at least {@code length + 1} chars, which is overwritten
   * @return whether it is an ordinary word
   */
  public boolean isCommonWord(long facts, char[] chars, int offset, int length, char[] scratch) {
    if (isFrequentOrListedWord(facts)) {
      return true;
    }
    Lexeme kept = kept(chars, offset, length);
    if (kept != null && kept.facts() == facts) {
      return kept.isCommonWord();
    }
    return computeCommonWord(facts, chars, offset, length, scratch);
  }

  /**
   * {@link #isCommonWord(long, char[], int, int, char[])} computed, without the {@link Lexeme}
   * records: what those records hold.
   */
  boolean computeCommonWord(long facts, char[] chars, int offset, int length, char[] scratch) {
    if (isFrequentOrListedWord(facts)) {
      return true;
    }
    // the forms below are rarely frequent words: looked up in the whole table only
    System.arraycopy(chars, offset, scratch, 0, length);
    scratch[length] = 'a'; // an imperative is the infinitive without its -a: "sök", "följ", "behåll"
    if (length >= 2 && hunspell.isCommonForm(scratch, 0, length + 1)) {
      return true;
    }
    if (length < 4) {
      return false;
    }
    System.arraycopy(chars, offset, scratch, 0, length);
    int stemmed = STEMMER.stem(scratch, length);
    if (stemmed == length || stemmed < 3) {
      return false;
    }
    if (hunspell.isCommonForm(scratch, 0, stemmed)) {
      return true; // "björnen" -> "björn"
    }
    scratch[stemmed] = 'a'; // verbs are listed by their infinitive: "dricker" -> "drick" -> "dricka"
    return hunspell.isCommonForm(scratch, 0, stemmed + 1);
  }

  /**
   * True if the lowercase word, exactly as written, is one of the frequent Swedish word forms.
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is frequent
   */
  public boolean isFrequentWord(char[] chars, int offset, int length) {
    return hunspell.isFrequent(chars, offset, length);
  }

  /**
   * Everything known of the lowercase word {@code chars[offset, offset+length)} in one lookup:
   * its categories in {@link #words()} ({@link #categories}) and whether it is a Hunspell stem
   * or listed form, a frequent word form, a proper noun ({@link #isListedWord(long)},
   * {@link #isFrequentWord(long)}, {@link #isProperNoun(long)}); 0 for a word known to none.
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the facts, or 0
   */
  public long facts(char[] chars, int offset, int length) {
    Lexeme kept = kept(chars, offset, length);
    return kept != null ? kept.facts() : lookUpFacts(chars, offset, length);
  }

  /** {@link #facts} looked up in the tables, not in the records: what the records hold. */
  long lookUpFacts(char[] chars, int offset, int length) {
    return hunspell.flags(chars, offset, length);
  }

  /**
   * The categories of a word given its {@link #facts}: the same as {@code words().cursor().get}.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @return the category bits
   */
  public static long categories(long facts) {
    return facts & ~HunspellWords.FLAGS;
  }

  /**
   * {@link #isListedWord(char[], int, int)} of the word of these {@link #facts}.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @return whether it is listed
   */
  public static boolean isListedWord(long facts) {
    return (facts & HunspellWords.COMMON) != 0;
  }

  /**
   * {@link #isFrequentWord(char[], int, int)} of the word of these {@link #facts}.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @return whether it is frequent
   */
  public static boolean isFrequentWord(long facts) {
    return (facts & HunspellWords.FREQUENT) != 0;
  }

  /**
   * {@link #isFrequentOrListedWord(char[], int, int)} of the word of these {@link #facts}.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @return whether it is frequent or listed
   */
  public static boolean isFrequentOrListedWord(long facts) {
    return (facts & (HunspellWords.COMMON | HunspellWords.FREQUENT)) != 0;
  }

  /**
   * {@link #isProperNoun(char[], int, int)} of the word of these {@link #facts}.
   *
   * @param facts the word's facts, as {@link #facts} gives them
   * @return whether it is a proper noun
   */
  public static boolean isProperNoun(long facts) {
    return (facts & HunspellWords.PROPER) != 0;
  }

  /**
   * True if the lowercase word, exactly as written, is a frequent word form or a Hunspell stem
   * or listed word form: {@link #isFrequentWord} or {@link #isListedWord}, in one lookup.
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is frequent or listed
   */
  public boolean isFrequentOrListedWord(char[] chars, int offset, int length) {
    return (hunspell.flags(chars, offset, length) & (HunspellWords.COMMON | HunspellWords.FREQUENT)) != 0;
  }

  /** Has no state: {@code stem} edits only the buffer it is given. */
  private static final SwedishLightStemmer STEMMER = new SwedishLightStemmer();

  /**
   * True if the lowercase word is itself a Hunspell stem or listed word form, without stemming:
   * the test for words of the name and place lists, which the light stemmer would mistake for
   * inflections ("anna" is not "ann" + "a").
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is listed
   */
  public boolean isListedWord(char[] chars, int offset, int length) {
    return hunspell.isCommon(chars, offset, length);
  }

  /**
   * True if the lowercase word is a capitalised stem of the Hunspell dictionary (a proper noun).
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is a proper noun
   */
  public boolean isProperNoun(char[] chars, int offset, int length) {
    return hunspell.isProperNoun(chars, offset, length);
  }

  static SwedishLexicon load() {
    HunspellWords hunspell = HunspellWords.load(lines("common-word-forms.txt"));
    Lexicon.Builder b = Lexicon.builder();
    addAll(b, "first-names.txt", Category.FIRST_NAME);
    addAll(b, "surnames.txt", Category.SURNAME);
    // other languages' names, imported from datafaker (see the files' headers)
    addAll(b, "first-names-imported.txt", Category.FIRST_NAME);
    addAll(b, "surnames-imported.txt", Category.SURNAME);
    addAll(b, "municipalities.txt", Category.MUNICIPALITY);
    addAll(b, "regions.txt", Category.REGION);
    addAll(b, "towns.txt", Category.TOWN);
    addAll(b, "districts.txt", Category.DISTRICT);
    addAll(b, "countries.txt", Category.COUNTRY);
    addAll(b, "public-bodies.txt", Category.PUBLIC_BODY);
    addAll(b, "kept-terms.txt", Category.PUBLIC_BODY); // medicines, eponymous diagnoses, games and apps
    addAll(b, "common-word-forms.txt", Category.WORD_FORM);
    read("cues.txt", (word, kind) -> b.add(word, cueCategory(kind)));
    long places = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT, Category.REGION);
    long persons = Category.bits(Category.FIRST_NAME, Category.SURNAME);
    for (Map.Entry<String, Long> e : b.entries().entrySet()) {
      String w = e.getKey();
      long f = e.getValue();
      char[] chars = w.toCharArray();
      if (w.indexOf(' ') >= 0) {
        continue;
      }
      boolean common;
      if (Category.FIRST_NAME.in(f)) {
        // a first name is read as a word only if it is a dictionary word that is also frequent
        // ("björn", "dag", "per"), not a rare one ("lena" soothe, "sven" page: else every Lena
        // would be a verb), nor a name that is frequent only as a name ("peter")
        common = hunspell.isCommon(chars, 0, chars.length) && hunspell.isFrequent(chars, 0, chars.length)
            || Category.WORD_FORM.in(f);
      } else if ((f & persons) != 0) {
        // surnames made of nature words are words whenever the dictionary has them ("blom", "malm")
        common = hunspell.isCommon(chars, 0, chars.length);
      } else if ((f & places) != 0) {
        // a place is read as a word if it is a frequent word form, inflected or not ("Boden"
        // the shed, "Handen" the hand, "Vara"), not a rare one ("Nacka", "Ånge", "Kil")
        common = hunspell.isFrequent(chars, 0, chars.length) || Category.WORD_FORM.in(f);
      } else {
        common = hunspell.isCommon(chars, 0, chars.length);
      }
      if (common) {
        b.add(w, Category.COMMON_WORD);
      }
    }
    Lexicon.Builder s = Lexicon.builder();
    read("street-suffixes.txt", (suffix, kind) -> s.addReversed(suffix,
        "lowercase".equals(kind) ? Category.STREET_SUFFIX.bit() : Category.STREET_SUFFIX_CAPITALISED.bit()));
    read("institution-suffixes.txt", (suffix, kind) -> s.addReversed(suffix, Category.INSTITUTION_SUFFIX.bit()));
    read("place-endings.txt", (suffix, kind) -> s.addReversed(suffix, Category.PLACE_SUFFIX.bit()));
    read("word-endings.txt", (suffix, kind) -> s.addReversed(suffix, Category.WORD_ENDING.bit()));
    read("surname-endings.txt", (suffix, kind) -> s.addReversed(suffix,
        "lowercase".equals(kind) ? Category.SURNAME_SUFFIX.bit() : Category.SURNAME_SUFFIX_CAPITALISED.bit()));
    Lexicon words = b.build();
    for (Map.Entry<String, Long> e : b.entries().entrySet()) {
      hunspell.addCategories(e.getKey(), e.getValue());
    }
    hunspell.trim();
    return new SwedishLexicon(words, s.build(), hunspell);
  }

  private static Category cueCategory(String kind) {
    switch (kind) {
      case "name": return Category.CUE_NAME;
      case "relation": return Category.CUE_RELATION;
      case "possessive": return Category.CUE_POSSESSIVE;
      case "greeting": return Category.CUE_GREETING;
      case "signature": return Category.CUE_SIGNATURE;
      case "place": return Category.CUE_PLACE;
      case "placeafter": return Category.CUE_PLACE_AFTER;
      default: throw new IllegalStateException("unknown cue kind in cues.txt: " + kind);
    }
  }

  /** Adds every entry; an entry of several words also marks its first word as a multiword head. */
  private static void addAll(Lexicon.Builder b, String resource, Category category) {
    read(resource, (entry, unused) -> {
      b.add(entry, category);
      int space = entry.indexOf(' ');
      if (space > 0) {
        b.add(entry.substring(0, space), Category.MULTIWORD_HEAD);
      }
    });
  }

  /** Calls {@code entry} with each line's first field and its second (tab-separated) field or null. */
  static void read(String resource, BiConsumer<String, String> entry) {
    for (String line : lines(resource)) {
      int tab = line.indexOf('\t');
      entry.accept(tab < 0 ? line : line.substring(0, tab), tab < 0 ? null : line.substring(tab + 1).strip());
    }
  }

  /**
   * The non-blank, non-comment lines of a bundled resource; a missing resource is a bug.
   *
   * @param resource the name of a resource next to this class
   * @return the lines, stripped, without blank lines and comments
   */
  public static List<String> lines(String resource) {
    return lines(SwedishLexicon.class, resource);
  }

  /**
   * The non-blank, non-comment ({@code #}) lines, stripped, of a resource next to {@code owner},
   * in the format of the lexicon files; a missing resource is a bug.
   *
   * @param owner the class next to whose file the resource lies
   * @param resource the name of the resource
   * @return the lines, stripped, without blank lines and comments
   */
  public static List<String> lines(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && t.charAt(0) != '#') {
          out.add(line.stripTrailing().stripLeading());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
