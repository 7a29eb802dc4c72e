package se.avid.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  /** The records of every word of {@code tokens} not yet in {@code records}, by {@link LexemeTable#getAll}. */
  void lexemes(Tokens tokens, Lexeme[] records, long[] keys) {
    lexemes.getAll(tokens, records, keys);
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
   * The place names among the capitalised stems of the Hunspell dictionary, read in the same
   * pass as its other stems.
   *
   * @return the place stems
   */
  public PlaceStems placeStems() {
    return hunspell.placeStems();
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
   * Hunspell stem or listed form, a frequent word form, an imperative, the past tense in -ade of a
   * listed infinitive ("bråkade"), or an inflection that Lucene's light stemmer reduces to one
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
    return isFrequentOrListedWord(facts) || CommonWordForms.isForm(this, hunspell, facts, chars, offset, length, scratch);
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

  /**
   * Reads the Hunspell dictionary and the project's lists, marks each listed word that is also
   * an ordinary word {@link Category#COMMON_WORD}, and gives the dictionary's table each listed
   * word's categories, so that one look-up tells both.
   */
  static SwedishLexicon load() {
    // the lists need nothing of the dictionary: read, and their trie placed, at the same time, on a second core
    BackgroundLoad<ListedWords> lists = BackgroundLoad.start("avid-lexicon-lists", ListedWords::read);
    List<String> extraCommon = new ArrayList<>(lines("common-word-forms.txt"));
    extraCommon.addAll(englishWords()); // "sorry", "casino": English a post mixes in is no name
    HunspellWords hunspell = HunspellWords.load(extraCommon);
    ListedWords listed = lists.join();
    Lexicon words = listed.trie();
    long common = Category.COMMON_WORD.bit();
    char[][] listedWords = listed.words().words();
    long[] listedBits = listed.words().bits();
    long counted = ListedWords.COUNTED_NAME;
    for (int i = 0; i < listedWords.length; i++) {
      char[] chars = listedWords[i];
      long bits = listedBits[i];
      long facts = hunspell.flags(chars, 0, chars.length); // the dictionary's facts, before the lists' are added
      if ((bits & counted) != 0) {
        bits = ListedWords.countedName(words, hunspell, chars, bits, facts);
        if (bits == 0) {
          continue; // a word and on no other list ("rosa"): as if not listed at all
        }
      }
      if (!hasSpace(chars) && isCommonWord(facts, bits)) {
        bits |= common;
        words.addCategories(chars, chars.length, common);
      }
      hunspell.addCategories(chars, chars.length, bits);
    }
    hunspell.trim();
    return new SwedishLexicon(words, listed.endings(), hunspell);
  }

  /**
   * The English words a Swedish post mixes in ({@code english-words.txt}), read once: the
   * dictionary takes them as ordinary words, and the name rules read English around them.
   *
   * @return the words, lowercase; unmodifiable
   */
  public static List<String> englishWords() {
    return EnglishWords.WORDS;
  }

  /** Holds the English words, read when first asked. */
  private static final class EnglishWords {
    static final List<String> WORDS = List.copyOf(lines("english-words.txt"));
  }

  private static boolean hasSpace(char[] chars) {
    for (char c : chars) {
      if (c == ' ') {
        return true;
      }
    }
    return false;
  }

  private static final long PLACES = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT, Category.REGION);
  private static final long PERSONS = Category.bits(Category.FIRST_NAME, Category.SURNAME);

  /**
   * Whether a listed word of one word, of these categories, is read as an ordinary word too,
   * given its Hunspell {@code facts}.
   */
  private static boolean isCommonWord(long facts, long categories) {
    boolean listed = isListedWord(facts);
    boolean frequent = isFrequentWord(facts);
    if (Category.FIRST_NAME.in(categories)) {
      // a first name is read as a word only if it is a dictionary word that is also frequent
      // ("björn", "dag", "per"), not a rare one ("lena" soothe, "sven" page: else every Lena
      // would be a verb), nor a name that is frequent only as a name ("peter")
      return listed && frequent || Category.WORD_FORM.in(categories);
    } else if ((categories & PERSONS) != 0) {
      // surnames made of nature words are words whenever the dictionary has them ("blom", "malm")
      return listed;
    } else if ((categories & PLACES) != 0) {
      // a place is read as a word if it is a frequent word form, inflected or not ("Boden"
      // the shed, "Handen" the hand, "Vara"), not a rare one ("Nacka", "Ånge", "Kil")
      return frequent || Category.WORD_FORM.in(categories);
    }
    return listed;
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
