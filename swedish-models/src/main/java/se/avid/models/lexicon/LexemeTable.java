package se.avid.models.lexicon;

import java.util.Arrays;

/**
 * The {@link Lexeme} of each word a lexicon has been asked about, made on first request from the
 * lexicon's own functions and kept for every later one: a look-up is one key of the word's chars,
 * one slot and one compare, in place of the five structures (short words, hot and whole Hunspell
 * tables, the word trie, the ending trie) and the stemming that the record sums up.
 *
 * <p>Why made on request and not all at start-up: the records of the 180,000 listed words would
 * cost start-up time and heap for words most texts never use, and unknown words (the names the
 * detectors look for) need a record too. Posts reuse a small vocabulary, so nearly every look-up
 * after the first few thousand texts finds its record.
 *
 * <p>Two slots per hash ({@value #SLOTS} slots; a word whose slots are taken replaces a record there),
 * so the memory is bounded whatever the texts. Thread-safe without locks: a record is immutable
 * and published whole by a plain array write (final-field semantics); a thread that misses
 * another's write makes the same record again.
 */
final class LexemeTable {

  /** Slots of the table: room for the working vocabulary of many posts (some 12 MB of records at most). */
  static final int SLOTS = 1 << 17;
  private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(SLOTS);
  /** Longer words are not kept: rare, and would let one long text fill the memory with long keys. */
  static final int MAX_KEPT_LENGTH = 40;

  private static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  private static final long SWEDISH_PLACE =
      Category.bits(Category.MUNICIPALITY, Category.REGION, Category.TOWN, Category.DISTRICT);
  private static final long LISTED_NAME =
      PERSON | SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);

  private final SwedishLexicon lexicon;
  private final Lexicon.Cursor words;
  private final Lexicon.Cursor suffixes;
  private final Lexeme[] slots = new Lexeme[SLOTS];

  LexemeTable(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = lexicon.words().cursor();
    this.suffixes = lexicon.suffixes().cursor();
  }

  /** Words of up to this many chars are held whole in their {@link #key}. */
  static final int MAX_PACKED_LENGTH = 4;

  /**
   * A word's key: a word of up to four chars packed whole into the {@code long} (no word holds
   * the char 0, so the length is implied), so that finding it compares no chars, and nearly half
   * the words of a post are that short; a longer word's hash and length, which never equal a
   * packed key (their bits 16 to 31 are zero, the length above 4 is not).
   */
  static long key(char[] chars, int offset, int length) {
    if (length <= MAX_PACKED_LENGTH) {
      long k = 0;
      for (int i = 0; i < length; i++) {
        k |= (long) chars[offset + i] << (48 - 16 * i);
      }
      return k;
    }
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return (long) h << 32 | length;
  }

  /** The record of the lowercase word {@code chars[offset, offset+length)}, made if not yet kept. */
  Lexeme get(char[] chars, int offset, int length) {
    long k = key(chars, offset, length);
    int slot = slot(k);
    Lexeme kept = slots[slot];
    if (kept != null && kept.is(chars, offset, length, k)) {
      return kept;
    }
    Lexeme other = slots[slot ^ 1];
    if (other != null && other.is(chars, offset, length, k)) {
      return other;
    }
    Lexeme made = make(Arrays.copyOfRange(chars, offset, offset + length), k);
    if (length <= MAX_KEPT_LENGTH) {
      // two places per hash: a word replaces another only when both are taken, then the one in its own slot
      slots[kept != null && other == null ? slot ^ 1 : slot] = made;
    }
    return made;
  }

  /**
   * Sets {@code records[t]} to the record of each word {@code t} of {@code tokens} whose entry is
   * null, as {@link #get} would. In two loops: the first reads every word's slot, the second
   * checks each guess and finds the rest by {@link #get}. The slots and records of a text's words
   * lie far apart in a table this size and miss the processor's caches; read in a loop whose reads
   * do not depend on one another, the misses are served together rather than one after the
   * other. {@code keys} is scratch of at least {@code tokens.size()} entries.
   */
  void getAll(Tokens tokens, Lexeme[] records, long[] keys) {
    char[] lower = tokens.lower();
    Lexeme[] s = slots;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      long k = 0;
      if (tokens.isWord(t) && records[t] == null) {
        k = key(lower, tokens.start(t), tokens.length(t)); // never 0 for a word
        records[t] = s[slot(k)];
      }
      keys[t] = k;
    }
    for (int t = 0; t < n; t++) {
      long k = keys[t];
      if (k != 0) {
        Lexeme guess = records[t];
        int start = tokens.start(t);
        int length = tokens.length(t);
        if (guess == null || !guess.is(lower, start, length, k)) {
          records[t] = get(lower, start, length);
        }
      }
    }
  }

  /**
   * The record of the word if one is kept, else null (none is made): for the look-ups of parts of
   * words (the heads of compounds), which would fill the table with non-words.
   */
  Lexeme find(char[] chars, int offset, int length) {
    long k = key(chars, offset, length);
    int slot = slot(k);
    Lexeme kept = slots[slot];
    if (kept != null && kept.is(chars, offset, length, k)) {
      return kept;
    }
    kept = slots[slot ^ 1];
    return kept != null && kept.is(chars, offset, length, k) ? kept : null;
  }

  private static int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> SHIFT);
  }

  private Lexeme make(char[] w, long k) {
    int len = w.length;
    long facts = lexicon.lookUpFacts(w, 0, len);
    long f = SwedishLexicon.categories(facts);
    boolean genitive = false;
    if ((f & LISTED_NAME) == 0) {
      long g = genitiveBase(w, len);
      if (g != 0) {
        f = (f & ~Category.COMMON_WORD.bit()) | g;
        genitive = true;
      } else if (f == 0) {
        f = hyphenated(w, len);
      }
    }
    long ending = suffixes.longestSuffix(w, 0, len);
    return new Lexeme(this, w, k, facts, f, ending, genitive);
  }

  /** The answer of {@link Lexeme}'s lazy test {@code test} for the record {@code x} of the word {@code w}. */
  boolean test(Lexeme x, char[] w, int test) {
    int len = w.length;
    if (test == Lexeme.TEST_COMMON_WORD) {
      return lexicon.computeCommonWord(x.facts(), w, 0, len, new char[len + 1]);
    }
    if (test == Lexeme.TEST_ORDINARY) {
      return ordinary(w, x.nameCategories(), x.isGenitive(), x);
    }
    return SwedishLexicon.isProperNoun(x.facts())
        || len > 3 && w[len - 1] == 's' && lexicon.isProperNoun(w, 0, len - 1);
  }

  /** "Annas", "Anna's", "Umeås", "Göteborgs": the categories of the word without its genitive s, or 0. */
  private long genitiveBase(char[] w, int len) {
    if (len < 3 || w[len - 1] != 's') {
      return 0;
    }
    int baseLength = w[len - 2] == '\'' ? len - 2 : len - 1; // "Anna's", a common misspelling
    long base = words.get(w, 0, baseLength) & (LISTED_NAME | Category.COMMON_WORD.bit());
    if ((base & LISTED_NAME) == 0) {
      return 0;
    }
    // "dags" is the genitive of the word "dag", not of Dag, when it is itself a word
    if (lexicon.isListedWord(w, 0, len)) {
      return 0;
    }
    return base;
  }

  /** The kinds of Swedish place that a name of places joined by hyphens is, when each part is one. */
  private static final long HYPHENATED_PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT);

  /**
   * "Anna-Karin", "Lars-Erik", "Svensson-Berg": a first name if every part is one, else a place if
   * every part is a Swedish place ("Rinkeby-Kista"), else a surname if a part is one.
   */
  private long hyphenated(char[] w, int len) {
    int hyphen = 0;
    while (hyphen < len && w[hyphen] != '-') {
      hyphen++;
    }
    if (hyphen == len) {
      return 0; // no hyphen: already looked up whole
    }
    int from = 0;
    boolean allFirst = true;
    boolean anySurname = false;
    long places = 0;
    boolean allPlaces = true;
    for (int i = 0; i <= len; i++) {
      if (i == len || w[i] == '-') {
        if (i == from) {
          return 0;
        }
        long p = words.get(w, from, i - from);
        allFirst &= Category.FIRST_NAME.in(p);
        anySurname |= Category.SURNAME.in(p);
        allPlaces &= (p & HYPHENATED_PLACE) != 0;
        places |= p & HYPHENATED_PLACE;
        from = i + 1;
      }
    }
    if (allFirst) {
      return Category.FIRST_NAME.bit(); // "Anna-Karin"
    }
    if (allPlaces) {
      return places; // "Rinkeby-Kista", "Hässelby-Vällingby": districts named after their places
    }
    int rest = len - (hyphen + 1);
    if (Category.FIRST_NAME.in(words.get(w, 0, hyphen))
        && !lexicon.isCommonWord(w, hyphen + 1, rest, new char[rest + 1])) {
      return Category.FIRST_NAME.bit(); // "Lars-Börje", but not "LO-kongressen"
    }
    return anySurname ? Category.SURNAME.bit() : 0;
  }

  private boolean ordinary(char[] w, long f, boolean genitive, Lexeme x) {
    if (Category.COMMON_WORD.in(f)) {
      return true;
    }
    if (genitive || (f & (PERSON | SWEDISH_PLACE)) != 0) {
      return false; // a listed name or place is an ordinary word only if the lexicon says so
    }
    if (x.isCommonWord()) {
      return true;
    }
    // "TV-serien", "SOS-centralen", "Jupiter-liknande": a compound whose last part is a word
    int len = w.length;
    int hyphen = len - 1;
    while (hyphen > 0 && w[hyphen] != '-') {
      hyphen--;
    }
    int last = len - hyphen - 1;
    return hyphen > 0 && last >= 2 && lexicon.isCommonWord(w, hyphen + 1, last, new char[last + 1]);
  }
}
