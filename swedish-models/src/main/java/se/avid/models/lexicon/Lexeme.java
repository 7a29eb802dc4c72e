package se.avid.models.lexicon;

/**
 * Everything the detectors ask of one lowercase word, found once by {@link SwedishLexicon#lexeme}
 * and kept in its {@link LexemeTable}: its {@link SwedishLexicon#facts facts}, whether it is an
 * ordinary word ({@link SwedishLexicon#isCommonWord}, stemming included), its longest listed
 * ending, and how the name rules read it (a genitive or hyphenated name through its parts), as
 * spaCy keeps a lexeme per word type rather than per token.
 *
 * <p>Every field is a function of the word's chars and the lexicon alone, never of its
 * neighbours, so that a record found for one text serves every later text. Immutable and
 * thread-safe (final fields: safely published even through a data race).
 */
public final class Lexeme {

  /** Bit of {@link #bits}: a name or place only in its genitive base ("Annas" of "Anna"). */
  private static final int GENITIVE = 1;
  /**
   * Bits of {@link #lazy}, each answer with a bit that says it is known: the three tests that
   * cost more look-ups (stemming among them) than the rest of the record, and which the detectors
   * ask of some words only, are found on first request.
   */
  private static final int COMMON_WORD = 1;
  private static final int ORDINARY = 1 << 2;
  private static final int PROPER_NOUN = 1 << 4;

  private final LexemeTable table;
  private final char[] word;
  /** {@link LexemeTable#key} of the word. */
  private final long key;
  private final long facts;
  private final long nameCategories;
  private final long ending;
  private final int bits;
  /**
   * The lazily found tests: per test a value bit and, above it, a bit that says it is known. Written
   * whole (an {@code int}) without a lock, as {@link String#hashCode} caches its hash: threads that
   * race find the same answers, and a thread that misses another's write finds them again.
   */
  private int lazy;
  /**
   * What a detector derives from the word alone and keeps here ({@link #notes}); 0 until it does.
   * Written without a lock, as {@link #lazy}; a JVM may write a {@code long} as two halves, so a
   * deriving detector keeps no answer across bit 32 (each half read is then some thread's notes of
   * the same word).
   */
  private long notes;
  /**
   * The answers kept by {@link WordMemo}s, each in its own field of bits. An {@code int}, written
   * whole without a lock (a JVM writes an {@code int} at once): threads that race keep the same
   * answers, and a write lost to another thread's costs only a second derivation.
   */
  private int memo;
  /**
   * Whether the word is in each of the word sets of a detector's rules ({@link #inWordSet}): two
   * bits per set, a bit that says it is known and the answer above it, 32 sets a field. Written
   * without a lock, as {@link #notes}: a JVM that writes a {@code long} as two halves writes each
   * set's two bits together (they never straddle bit 32), and a lost write costs a second look-up.
   */
  private long wordSets;
  private long moreWordSets;
  private long wordSets3;
  private long wordSets4;

  Lexeme(LexemeTable table, char[] word, long key, long facts, long nameCategories, long ending, boolean genitive) {
    this.table = table;
    this.word = word;
    this.key = key;
    this.facts = facts;
    this.nameCategories = nameCategories;
    this.ending = ending;
    this.bits = genitive ? GENITIVE : 0;
  }

  /** The answer of the lazy test {@code bit}, found by {@code table} on first request. */
  private boolean test(int bit) {
    int l = lazy;
    if ((l & bit << 1) == 0) {
      boolean value = table.test(this, word, bit);
      l = lazy | bit << 1 | (value ? bit : 0); // another thread's answers are kept: each is the same
      lazy = l;
    }
    return (l & bit) != 0;
  }

  /** The lazy test of {@link SwedishLexicon#isCommonWord}. */
  static final int TEST_COMMON_WORD = COMMON_WORD;
  /** The lazy test of {@link #isOrdinary}. */
  static final int TEST_ORDINARY = ORDINARY;
  /** The lazy test of {@link #isProperNounOrGenitive}. */
  static final int TEST_PROPER_NOUN = PROPER_NOUN;

  /**
   * Whether this is the record of {@code chars[offset, offset+length)}, whose {@link LexemeTable#key}
   * is {@code k}: the key alone for a short word (it holds the chars), else the chars too.
   */
  boolean is(char[] chars, int offset, int length, long k) {
    if (key != k) {
      return false;
    }
    if (length <= LexemeTable.MAX_PACKED_LENGTH) {
      return true;
    }
    char[] w = word;
    if (w.length != length) {
      return false;
    }
    // a loop, not Arrays.equals: for words this short its vectorised compare costs more than it saves
    for (int i = 0; i < length; i++) {
      if (w[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word's {@link SwedishLexicon#facts}: its categories and its Hunspell facts as written.
   *
   * @return the facts, or 0 for a word known to no list
   */
  public long facts() {
    return facts;
  }

  /**
   * {@link SwedishLexicon#isCommonWord(char[], int, int, char[])} of the word.
   *
   * @return whether it is an ordinary Swedish word
   */
  public boolean isCommonWord() {
    return test(COMMON_WORD);
  }

  /**
   * The word's categories as the name rules read them: those of the word; for a word that is no
   * name, place, country or public body, those of its genitive base ("Annas", "Umeås", without
   * {@link Category#COMMON_WORD}) or, for a word in no list, of its hyphenated parts
   * ("Anna-Karin" a first name, "Svensson-Berg" a surname).
   *
   * @return the category bits
   */
  public long nameCategories() {
    return nameCategories;
  }

  /**
   * Whether {@link #nameCategories} come from the genitive base ("Annas" of "Anna").
   *
   * @return whether the word is read as a genitive of a name or place
   */
  public boolean isGenitive() {
    return (bits & GENITIVE) != 0;
  }

  /**
   * The name rules' ordinary-word test: {@link Category#COMMON_WORD} among the
   * {@link #nameCategories}; otherwise, for a word that is no listed name or place (nor the
   * genitive of one), {@link #isCommonWord} of the word or of its last hyphenated part
   * ("TV-serien").
   *
   * @return whether the name rules take the word for an ordinary word
   */
  public boolean isOrdinary() {
    return test(ORDINARY);
  }

  /**
   * A capitalised Hunspell stem (a proper noun), or the genitive of one ("Strindbergs").
   *
   * @return whether the word is a proper noun or its genitive
   */
  public boolean isProperNounOrGenitive() {
    return test(PROPER_NOUN);
  }

  /**
   * Facts that a detector derives from this word alone (never from its neighbours or its text)
   * and keeps with the record, so that each is found once per word rather than once per
   * occurrence: the name detector keeps here how many people Statistics Sweden counts by the
   * word and how it reads without å, ä, ö. What the bits mean is the deriving detector's; 0 until
   * it keeps some ({@link #keepNotes}).
   *
   * @return the kept notes, or 0
   */
  public long notes() {
    return notes;
  }

  /**
   * Keeps {@link #notes}. Thread-safe without a lock, as {@link String#hashCode} caches its hash:
   * the notes must be a function of the word alone, so that threads that race keep the same
   * value, and a writer must carry over the bits it read, so that a lost write only costs a
   * second derivation.
   *
   * @param notes the notes, the bits already kept included
   */
  public void keepNotes(long notes) {
    this.notes = notes;
  }

  /** How many word sets {@link #inWordSet} keeps the membership of. */
  public static final int MAX_WORD_SETS = 128;

  /**
   * Whether the word is in the word set number {@code index}, as kept by {@link #keepInWordSet}:
   * rules that ask the same few dozen small sets ("heter", "min", "till") of most words of every
   * text find each answer once per word rather than by hashing its chars at every occurrence.
   * Which set a number stands for is the caller's to keep fixed (a set per number for the life
   * of the JVM), and the answer a function of the word alone.
   *
   * @param index the set's number, 0 to {@link #MAX_WORD_SETS} - 1
   * @return 1 if it is in the set, 0 if not, -1 if that is not kept yet
   */
  public int inWordSet(int index) {
    long bits = switch (index >>> 5) {
      case 0 -> wordSets;
      case 1 -> moreWordSets;
      case 2 -> wordSets3;
      default -> wordSets4;
    };
    int shift = 2 * (index & 31);
    return (bits >>> shift & 1) == 0 ? -1 : (int) (bits >>> shift + 1 & 1);
  }

  /**
   * Keeps the answer of {@link #inWordSet} for set {@code index}. Thread-safe without a lock, as
   * {@link #keepNotes}: the answer must be a function of the word alone.
   *
   * @param index the set's number, 0 to {@link #MAX_WORD_SETS} - 1
   * @param member whether the word is in the set
   * @return {@code member}
   */
  public boolean keepInWordSet(int index, boolean member) {
    long bit = (member ? 3L : 1L) << 2 * (index & 31);
    switch (index >>> 5) {
      case 0 -> wordSets |= bit;
      case 1 -> moreWordSets |= bit;
      case 2 -> wordSets3 |= bit;
      default -> wordSets4 |= bit;
    }
    return member;
  }

  /** The fields of every {@link WordMemo}: 0 in a field until its answer is kept. */
  int memo() {
    return memo;
  }

  /** Keeps {@link #memo}, which must carry over every field read but the one written. */
  void keepMemo(int memo) {
    this.memo = memo;
  }

  /**
   * The longest ending of the word in {@link SwedishLexicon#suffixes()}, as
   * {@link Lexicon.Cursor#longestSuffix} gives it: {@code (length << 32) | categories}, or 0.
   *
   * @return the ending, or 0
   */
  public long ending() {
    return ending;
  }

  /** The fewest letters of a place name's first part before its ending ("Gruv|berget"; "berget" alone is a word). */
  private static final int MIN_PLACE_FIRST_PART = 3;

  /**
   * Whether an ending ({@link #ending}) is a place name's ({@link Category#PLACE_SUFFIX}) with a
   * first part of three letters or more before it, in a word of {@code length} chars: the shape of
   * "Vindelälven", "Granbacken".
   *
   * @param ending a word's ending, or 0
   * @param length the word's length
   * @return whether the word ends as a place name does
   */
  public static boolean endsAsPlace(long ending, int length) {
    return Category.PLACE_SUFFIX.in(ending) && (int) (ending >>> 32) + MIN_PLACE_FIRST_PART <= length;
  }
}
