package se.avid.models.names;

import java.util.Arrays;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Reads a word typed without å, ä and ö ({@code nagot}, {@code slar}, {@code vasteras}) as the
 * words it may stand for: every {@code a} may be {@code å} or {@code ä}, every {@code o} may be
 * {@code ö}. Bounded: at most {@value #MAX_FOLDS} such letters are tried (3^4 = 81 look-ups).
 * Stateless.
 */
public final class AsciiFolding {

  /** Letters tried per word; longer words with more are left as they are. */
  public static final int MAX_FOLDS = 4;

  /**
   * Function words typed without å, ä, ö, which the word is wherever a name of the same letters
   * stands ("fran", "nar", "nan", "pa": från, när, nån, på).
   */
  private static final WordSieve FUNCTION_WORDS = WordSieve.of("fran", "nar", "nagon", "nagot", "nagra",
      "nagonting", "nat", "nan", "ocksa", "tva", "aven", "ater", "dar", "sjalv", "fore", "pa");

  /**
   * True if word {@code t} is a function word typed without å, ä, ö ({@code fran}, {@code nan},
   * {@code pa}), in any case.
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether it is one
   */
  public static boolean isFoldedFunctionWord(Tokens tokens, int t) {
    return FUNCTION_WORDS.has(tokens, t);
  }

  /** What a folded word turned out to be. */
  public enum Reading {
    /** No variant is known. */
    UNKNOWN,
    /** A variant is an ordinary word, read through the stemmer ("plåten" of "platen"). */
    WORD,
    /** A variant is a frequent word form or a dictionary stem as it stands ("något" of "nagot"). */
    LISTED_WORD,
    /** A variant is a name or a place and no variant is an ordinary word. */
    NAME_OR_PLACE
  }

  private AsciiFolding() {}

  /**
   * The best reading of the lowercase word {@code chars[start, start+length)} with å, ä, ö put
   * back; {@link Reading#UNKNOWN} for a word with none of {@code a}, {@code o} or too many.
   *
   * @param lexicon the lexicon that knows the words, names and places
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param nameOrPlace the lexicon categories that count as a name or place
   * @return what the word is with its letters put back
   */
  public static Reading read(SwedishLexicon lexicon, char[] chars, int start, int length, long nameOrPlace) {
    Reading[] best = {Reading.UNKNOWN};
    boolean listed = anyVariant(chars, start, length, lexicon, 0, (word, len, scratch, lx, unused) -> {
      long facts = lx.facts(word, 0, len);
      if (SwedishLexicon.isFrequentOrListedWord(facts)) {
        return true;
      }
      if (lx.isCommonWord(facts, word, 0, len, scratch)) {
        best[0] = Reading.WORD; // a stemmed reading: a listed form among the other variants says more
      } else if ((SwedishLexicon.categories(facts) & nameOrPlace) != 0 && best[0] == Reading.UNKNOWN) {
        best[0] = Reading.NAME_OR_PLACE;
      }
      return false;
    });
    return listed ? Reading.LISTED_WORD : best[0];
  }

  /**
   * True if some reading of the lowercase word with å, ä, ö put back is a name or place of
   * {@code categories}, whatever the other readings are: {@code tranas} is Tranås though
   * {@code tränas} is a word. For a context that already says a place is meant ("bor i tranas").
   *
   * @param lexicon the lexicon that knows the places
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param categories the lexicon categories that count
   * @return whether a reading is one of them
   */
  public static boolean hasReading(SwedishLexicon lexicon, char[] chars, int start, int length, long categories) {
    return anyVariant(chars, start, length, lexicon, categories, AsciiFolding::isOfCategories);
  }

  /**
   * True if some reading of the lowercase word with å, ä, ö put back is one of the smaller
   * localities of {@link Localities} that no other list has ({@code halleforsnas} is
   * Hälleforsnäs). For a context that already says a place is meant, as {@link #hasReading}.
   *
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @return whether a reading is a listed locality
   */
  public static boolean hasLocalityReading(char[] chars, int start, int length) {
    return anyVariant(chars, start, length, null, 0, AsciiFolding::isLocality);
  }

  private static boolean isOfCategories(char[] word, int length, char[] scratch, SwedishLexicon lexicon, long categories) {
    return (SwedishLexicon.categories(lexicon.facts(word, 0, length)) & categories) != 0;
  }

  private static boolean isLocality(char[] word, int length, char[] scratch, SwedishLexicon lexicon, long categories) {
    return Localities.contains(word, 0, length);
  }

  /**
   * Tests every variant of the word with some of its {@code a} and {@code o} read as å, ä, ö
   * (not the word as written) until {@code test} holds; false for a word with none of them or
   * too many. The variant is written into one buffer, valid during the test only. The lexicon and
   * categories are handed to the test, so that the tests need capture nothing: a capturing test
   * would be a new object per word, most of what folding allocated.
   */
  private static boolean anyVariant(char[] chars, int start, int length, SwedishLexicon lexicon, long categories,
      VariantTest test) {
    long positions = 0; // up to MAX_FOLDS positions, 16 bits each (a longer word: in the next long)
    long farPositions = 0;
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[start + i];
      if (c > 'z') {
        return false; // already has its own letters
      }
      if (c == 'a' || c == 'o') {
        if (n == MAX_FOLDS) {
          return false;
        }
        positions |= (long) (i & 0xFFFF) << (16 * n);
        farPositions |= (long) (i >>> 16) << (16 * n++);
      }
    }
    if (n == 0) {
      return false;
    }
    Buffers buffers = BUFFERS.get();
    if (buffers.inUse) {
      buffers = new Buffers(); // a test that folds another word: its own buffers
    }
    char[] word = buffers.word(length);
    char[] scratch = buffers.scratch(length + 1);
    buffers.inUse = true;
    try {
      int variants = 1;
      for (int i = 0; i < n; i++) {
        variants *= 3;
      }
      for (int v = 1; v < variants; v++) { // v = 0 is the word as written
        System.arraycopy(chars, start, word, 0, length);
        int code = v;
        boolean valid = true;
        for (int i = 0; i < n; i++) {
          int choice = code % 3;
          code /= 3;
          int at = (int) (positions >>> (16 * i)) & 0xFFFF | ((int) (farPositions >>> (16 * i)) & 0xFFFF) << 16;
          char c = word[at];
          if (c == 'o' && choice == 2) {
            valid = false; // o has one folded form only
            break;
          }
          word[at] = choice == 0 ? c : c == 'o' ? 'ö' : choice == 1 ? 'å' : 'ä';
        }
        if (valid && test.test(word, length, scratch, lexicon, categories)) {
          return true;
        }
      }
      return false;
    } finally {
      // no word of a post stays in the thread's buffers past the call
      Arrays.fill(word, 0, length, '\0');
      Arrays.fill(scratch, 0, length + 1, '\0');
      buffers.inUse = false;
    }
  }

  /**
   * Each thread's buffers for the variant and the stemmer: two arrays per folded word were most of
   * what folding allocated. A test reads the variant's first {@code length} chars only, so the
   * buffers may be longer than the word.
   */
  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  /** Buffers kept per thread hold words of up to this many chars; longer words get their own. */
  private static final int MAX_KEPT = 64;

  private static final class Buffers {
    private final char[] word = new char[MAX_KEPT];
    private final char[] scratch = new char[MAX_KEPT + 1];
    private boolean inUse;

    char[] word(int length) {
      return length <= MAX_KEPT ? word : new char[length];
    }

    char[] scratch(int length) {
      return length <= MAX_KEPT + 1 ? scratch : new char[length];
    }
  }

  /**
   * A test of one variant ({@code word[0, length)}), with a buffer of one char more for the
   * stemmer and the lexicon and categories of the call.
   */
  @FunctionalInterface
  private interface VariantTest {
    boolean test(char[] word, int length, char[] scratch, SwedishLexicon lexicon, long categories);
  }
}
