package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.Lexeme;
import se.avid.text.ScanText;

/**
 * What the lexicons say about each word of one text, looked up once: its categories (a genitive
 * or hyphenated name read through its base, a multiword place as one entry), its Hunspell facts,
 * its ending, and whether it is an ordinary word. Not thread-safe; one per call.
 */
final class WordFacts {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  /** The lexicon's word look-up, shared by the rules of this text. */
  final Lexicon.Cursor cursor;
  /** Per word, its record, as {@link #lookUp} found it. */
  private final Lexeme[] lexemes;
  private final int n;
  /** Per word, its categories ({@link Category} bits), read through a genitive or a hyphen. */
  final long[] flags;
  /** Per word, its {@link SwedishLexicon#facts} as written (Hunspell stem, frequent word, proper noun). */
  private final long[] facts;
  /** Whether the word is a name or place only in its genitive base ("Annas" of "Anna"). */
  final boolean[] genitive;
  /** isCommon per token: 0 not yet known, 1 yes, -1 no. */
  private final byte[] commonCache;
  private final byte[] type;
  private final int[] spanEnd;
  private final NameWorkspace workspace;

  WordFacts(ScanText text, Tokens tokens, SwedishLexicon lexicon, WordLabels labels, NameWorkspace workspace) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.cursor = lexicon.words().cursor();
    this.lexemes = workspace.lexemes;
    this.n = tokens.size();
    this.flags = workspace.flags;
    this.facts = workspace.facts;
    this.genitive = workspace.genitive;
    this.commonCache = workspace.commonCache;
    this.workspace = workspace;
    this.type = labels.type;
    this.spanEnd = labels.spanEnd;
  }

  /** Looks every word of the text up at once ({@link Tokens#lookUpAll}), before {@link #lookUp} asks for each. */
  void lookUpAll() {
    tokens.lookUpAll(lexicon);
  }

  /** Looks word {@code t} up: its categories, facts and span; a multiword entry marks the words it covers. */
  void lookUp(int t) {
    Lexeme x = tokens.lexeme(t, lexicon); // one look-up: everything the rules ask of the word itself
    lexemes[t] = x;
    facts[t] = x.facts();
    long f = x.nameCategories();
    genitive[t] = x.isGenitive();
    spanEnd[t] = tokens.end(t);
    flags[t] = f;
    if (Category.MULTIWORD_HEAD.in(f)) {
      multiword(t);
      // heading a listed phrase is no fact of the word alone: "santiago" without "de chile" is
      // read as any word is
      flags[t] &= ~Category.MULTIWORD_HEAD.bit();
    }
  }

  /**
   * The record of word {@code t} ({@link SwedishLexicon#lexeme}), looked up by {@link #lookUp};
   * null for a token that is no word.
   */
  Lexeme lexeme(int t) {
    return lexemes[t];
  }

  /** "Upplands Väsby", "Lilla Edet", "Svenska kyrkan": up to three words as one entry. */
  private void multiword(int t) {
    for (int words = 3; words >= 2; words--) {
      int last = t + words - 1;
      if (last >= n) {
        continue;
      }
      boolean ok = true;
      for (int k = t; k < last && ok; k++) {
        ok = tokens.isWord(k + 1) && tokens.adjacent(k);
      }
      if (!ok) {
        continue;
      }
      int s = tokens.start(t);
      int len = tokens.end(last) - s;
      char[] buf = scratch(len);
      System.arraycopy(lower, s, buf, 0, len);
      for (int k = t; k < last; k++) {
        // the gaps hold spaces only (adjacent), but the lower buffer has no chars there
        for (int i = tokens.end(k); i < tokens.start(k + 1); i++) {
          buf[i - s] = ' ';
        }
      }
      long f = cursor.get(buf, 0, len);
      if (any(f, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
        flags[t] = f & ~Category.COMMON_WORD.bit();
        // the record's ordinary-word test is of the word's own categories: found anew for the entry's
        commonCache[t] = (byte) (computeCommon(t) ? 1 : -1);
        spanEnd[t] = tokens.end(last);
        for (int k = t + 1; k <= last; k++) {
          type[k] = KEEP; // part of this entry: decided with it
        }
        return;
      }
    }
  }

  /** The thread's buffer of at least {@code len} chars, for look-ups of parts of words; its content is not kept. */
  char[] scratch(int len) {
    return workspace.scratch(len);
  }

  /**
   * Lowercase proper nouns longer than this are mostly compounds and inflections that the
   * dictionary lists capitalised ("socialdemokraterna"), not names.
   */
  static final int MAX_LOWERCASE_PROPER_NOUN = 12;

  /** "bergen" is "berg" + "en": the light stem is a frequent word ("paris" is not "pari" + "s"). */
  boolean frequentStem(int s, int len) {
    char[] buf = scratch(len + 1);
    System.arraycopy(lower, s, buf, 0, len);
    int stemmed = STEMMER.stem(buf, len);
    return stemmed < len && stemmed >= 2 && lexicon.isFrequentWord(buf, 0, stemmed);
  }

  private static final SwedishLightStemmer STEMMER = new SwedishLightStemmer();

  /** A frequent word form or a dictionary stem, exactly as written. */
  boolean isFrequentOrListed(int t) {
    return SwedishLexicon.isFrequentOrListedWord(facts[t]);
  }

  /** {@link SwedishLexicon#isFrequentWord} of word {@code t} as written, from its facts. */
  boolean isFrequent(int t) {
    return SwedishLexicon.isFrequentWord(facts[t]);
  }

  /** {@link NameCounts#firstName} of word {@code t}, found once per word ({@link WordNotes}). */
  int firstNameBearers(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.firstName(x, lower, s, len) : NameCounts.firstName(lower, s, len);
  }

  /**
   * Statistics Sweden counts word {@code t} as a first name people are called by, or holds it as a
   * rare given name ({@link NameCounts#rareFirstName}): a given name of any community.
   */
  boolean givenName(int t) {
    return firstNameBearers(t) > 0 || rareFirstName(t);
  }

  /** {@link NameCounts#rareFirstName} of word {@code t}, found once per word ({@link WordNotes}). */
  boolean rareFirstName(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.rareFirstName(x, lower, s, len) : NameCounts.rareFirstName(lower, s, len);
  }

  /** A first name of the lists, or one Statistics Sweden counts (at least 50 bearers). */
  boolean countedFirstName(int t) {
    return Category.FIRST_NAME.in(flags[t]) || firstNameBearers(t) > 0;
  }

  /** {@link NameCounts#surname} of word {@code t}, found once per word ({@link WordNotes}). */
  int surnameBearers(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.surname(x, lower, s, len) : NameCounts.surname(lower, s, len);
  }

  /** {@link AsciiFolding#read} of word {@code t} for Swedish places, found once per word ({@link WordNotes}). */
  AsciiFolding.Reading foldedPlace(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.foldedPlace(x, lexicon, lower, s, len)
        : AsciiFolding.read(lexicon, lower, s, len, SWEDISH_PLACE);
  }

  /** {@link Localities#contains} of word {@code t}, found once per word ({@link WordNotes}). */
  boolean isLocality(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.locality(x, lower, s, len) : Localities.contains(lower, s, len);
  }

  /**
   * The length of the longest Swedish place that word {@code t} begins with ("Göteborgs|trakten"),
   * or 0; found once per word ({@link WordNotes}).
   */
  int placePrefixLength(int t) {
    Lexeme x = lexemes[t];
    int s = tokens.start(t);
    int len = tokens.length(t);
    return x != null ? WordNotes.placePrefixLength(x, cursor, lower, s, len)
        : (int) (cursor.longestPrefix(lower, s, len, SWEDISH_PLACE) >>> 32);
  }

  boolean listedWord(int t) {
    return SwedishLexicon.isListedWord(facts[t]);
  }

  /**
   * A lowercase genitive in -s of at least five letters whose base is no word, right before a
   * lowercase word: the owner of what follows ("merikes vackra", "voglers opera").
   */
  boolean possessiveOfUnknown(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    int u = t + 1;
    if (len < 5 || len > MAX_LOWERCASE_PROPER_NOUN || lower[s + len - 1] != 's' || !tokens.isWord(u)
        || !tokens.adjacent(t) || tokens.has(u, Tokens.CAPITALISED)) {
      return false;
    }
    int base = len - 1;
    char a = lower[s + base - 2];
    char b = lower[s + base - 1];
    // the genitive of a definite or plural noun ("genrens", "ämnenas", "handlingars") or a Latin
    // word in -us ("magnificus") is no name's; a surname in -ius ("Afzelius") is
    char z = lower[s + base - 3];
    boolean definitePlural = a == 'n' && b == 'a' && (z == 'e' || z == 'r'); // "-ena", "-arna", "-orna", "-erna"
    if (b == 'u' && a != 'i' || a == 'e' && (b == 'n' || b == 't') || definitePlural || a == 'a' && b == 'r') {
      return false;
    }
    long facts = lexicon.facts(lower, s, base);
    return SwedishLexicon.categories(facts) == 0 && !SwedishLexicon.isFrequentOrListedWord(facts)
        && !lexicon.isCommonWord(facts, lower, s, base, scratch(base + 1));
  }

  /** Word {@code t} is the genitive of a kin or role noun: "mans" of "min mans bror", "pappas", "systers". */
  boolean kinGenitive(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return tokens.isWord(t) && len > Cues.MIN_OWNER && lower[s + len - 1] == 's'
        && (SwedishLexicon.categories(lexicon.facts(lower, s, len - 1)) & KIN_NOUN) != 0;
  }

  private static final long KIN_NOUN = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);

  /** The longest listed ending of word {@code t} (see {@link Lexicon.Cursor#longestSuffix}), from its record; 0 for no word. */
  long ending(int t) {
    Lexeme x = lexemes[t];
    return x != null ? x.ending() : 0;
  }

  boolean isCommon(int t) {
    if (commonCache[t] != 0) {
      return commonCache[t] > 0;
    }
    Lexeme x = lexemes[t];
    boolean common = x != null ? x.isOrdinary() : computeCommon(t);
    commonCache[t] = (byte) (common ? 1 : -1);
    return common;
  }

  private boolean computeCommon(int t) {
    long f = flags[t];
    if (Category.COMMON_WORD.in(f)) {
      return true;
    }
    if (genitive[t] || any(f, PERSON | SWEDISH_PLACE)) {
      return false; // a listed name or place is an ordinary word only if the lexicon says so
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (lexicon.isCommonWord(facts[t], lower, s, len, scratch(len + 1))) {
      return true;
    }
    // "TV-serien", "SOS-centralen", "Jupiter-liknande": a compound whose last part is a word
    int hyphen = s + len - 1;
    while (hyphen > s && lower[hyphen] != '-') {
      hyphen--;
    }
    int last = s + len - hyphen - 1;
    return hyphen > s && last >= 2 && lexicon.isCommonWord(lower, hyphen + 1, last, scratch(last + 1));
  }

  /** Word {@code t} is known to no list and no dictionary, and not in capitals throughout ("stoyan", not "asih" as "ASIH"). */
  boolean unknownWord(int t) {
    return flags[t] == 0 && !tokens.has(t, Tokens.ALL_CAPS) && !isCommon(t);
  }

  /**
   * The lexicon reads word {@code t} as an ordinary word, a listed name or not: "bruna" (brun),
   * "ammar" (amma), "sanna" (sann), which {@link #isCommon} leaves to the lists of names.
   */
  boolean ordinaryByLexicon(int t) {
    int len = tokens.length(t);
    return lexicon.isCommonWord(facts[t], lower, tokens.start(t), len, scratch(len + 1));
  }

  /** A Hunspell proper noun, or its genitive ("Strindbergs"). */
  boolean properNoun(int t) {
    Lexeme x = lexemes[t];
    if (x != null) {
      return x.isProperNounOrGenitive();
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    return SwedishLexicon.isProperNoun(facts[t])
        || len > 3 && lower[s + len - 1] == 's' && lexicon.isProperNoun(lower, s, len - 1);
  }

  /** An unmodifiable set of lowercase words, whose membership each word's record keeps ({@link #inSet}). */
  static CharArraySet words(String... words) {
    return words(List.of(words));
  }

  /** An unmodifiable set of lowercase words, whose membership each word's record keeps ({@link #inSet}). */
  static CharArraySet words(Collection<String> words) {
    return new WordSet(words);
  }

  /**
   * Whether word {@code t} is in {@code set}: for a set made by {@link #words} asked once per
   * word and kept in its record ({@link Lexeme#inWordSet}), as the rules ask the same few sets
   * ("heter", "min", "till") of most words of every text; for another set (the builder's words to
   * keep) looked up.
   */
  boolean inSet(CharArraySet set, int t) {
    Lexeme x = lexemes[t];
    if (set instanceof WordSet w) {
      if (x != null && w.index >= 0) {
        int kept = x.inWordSet(w.index);
        return kept >= 0 ? kept > 0 : x.keepInWordSet(w.index, set.contains(lower, tokens.start(t), tokens.length(t)));
      }
      if (w.lettered && !tokens.isWord(t)) {
        return false; // a number or a punctuation mark, which no word with a letter equals: no hashing
      }
    }
    return set.contains(lower, tokens.start(t), tokens.length(t));
  }

  /**
   * A set of {@link #words}, numbered in the order made: the first {@link Lexeme#MAX_WORD_SETS} have
   * their membership kept in the words' records. Unmodifiable once made.
   */
  private static final class WordSet extends CharArraySet {
    private static final AtomicInteger MADE = new AtomicInteger();
    /** The set's number in the records' notes, or -1 if they have no room for it. */
    final int index;
    /** Every word of the set has a letter: a token of digits or punctuation is in none. */
    final boolean lettered;
    private final boolean made;

    WordSet(Collection<String> words) {
      super(words, false);
      int i = MADE.getAndIncrement();
      this.index = i < Lexeme.MAX_WORD_SETS ? i : -1;
      this.lettered = words.stream().allMatch(word -> word.chars().anyMatch(Character::isLetter));
      this.made = true;
    }

    @Override
    public boolean add(Object o) {
      return made ? unmodifiable() : super.add(o);
    }

    @Override
    public boolean add(CharSequence text) {
      return made ? unmodifiable() : super.add(text);
    }

    @Override
    public boolean add(String text) {
      return made ? unmodifiable() : super.add(text);
    }

    @Override
    public boolean add(char[] text) {
      return made ? unmodifiable() : super.add(text);
    }

    @Override
    public void clear() {
      unmodifiable();
    }

    private static boolean unmodifiable() {
      throw new UnsupportedOperationException("the rules' word sets are fixed");
    }
  }
}
