package se.avid.detect.contact;

import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Which words of a text a detector must look at, told from each word's first two chars, 64 words
 * at a time as the bits of a {@code long}. A superset: the detector still asks its own tests of
 * each word the sieve keeps, and a word it drops passes none of them. A word with a char beyond
 * Latin-1 among its first two is always kept ({@code İg} lowercases to {@code ig}), and a word at
 * the text's last char never (every test reads a second char).
 *
 * <p>Why: a detector that asked every word its tests in turn, where about one word in ten passes
 * and which one cannot be foreseen, paid some 12 ns a word; the handle detector's walk over all
 * words was a sixth of the structured detectors' time on SUC. The sieve asks a word one table
 * load and no branch, and the tests run only for the words it keeps. Immutable; thread-safe.
 */
final class WordStartSieve {

  /** Words per block: the bits of a {@code long}. */
  static final int BLOCK = Long.SIZE;

  /**
   * The words {@link HandleDetector} looks at: those that may begin a platform word
   * ({@link PlatformWords#mayBegin}) and those that begin with {@code h} or {@code H} (a
   * {@code heter}) or with {@code ka} (a {@code kallar sig}).
   */
  static final WordStartSieve HANDLE_WORDS = new WordStartSieve(0, (first, second) -> (first | 0x20) == 'h'
      || (first | 0x20) == 'k' && (second | 0x20) == 'a' || PlatformWords.mayBegin(first, second));

  /**
   * The cue words {@link EmailDetector} looks at for a spelled at-sign: {@code at}, {@code på},
   * {@code snabel}, in any case as its own test reads them.
   */
  static final WordStartSieve SPELLED_AT_WORDS = new WordStartSieve(1, (first, second) -> {
    char f = (char) (first | 0x20);
    char s = Character.toLowerCase(second);
    return f == 'a' && s == 't' || f == 'p' && s == 'å' || f == 's' && s == 'n';
  });

  /**
   * The words {@link PartialPlates} compares with its plate nouns: those that begin as one does
   * ({@code re}gnr, {@code sk}ylten, {@code nu}mmerplåten, {@code pl}åten, {@code bi}lnumret), in any case.
   */
  static final WordStartSieve PLATE_NOUN_WORDS = new WordStartSieve(2, (first, second) -> {
    char f = (char) (first | 0x20);
    char s = (char) (second | 0x20);
    return f == 'r' && s == 'e' || f == 's' && s == 'k' || f == 'n' && s == 'u' || f == 'p' && s == 'l' || f == 'b' && s == 'i';
  });

  /**
   * The words {@link SpelledLinks} reads as a spelled dot: those that begin as {@code punkt},
   * {@code PUNKT}, {@code Punkt} or {@code dot} do.
   */
  static final WordStartSieve SEPARATOR_WORDS = new WordStartSieve(3, (first, second) ->
      (first == 'p' || first == 'P') && (second | 0x20) == 'u' || first == 'd' && second == 'o');

  /** How many sieves there are: the bits of {@link #KINDS}. */
  static final int SIEVES = 4;

  /** Per pair of Latin-1 chars ({@code first * 256 + second}): bit {@code index} for each sieve that keeps it. */
  private static final byte[] KINDS = kinds(HANDLE_WORDS, SPELLED_AT_WORDS, PLATE_NOUN_WORDS, SEPARATOR_WORDS);
  /** The kinds of a word with a char beyond Latin-1 among its first two: every sieve keeps it. */
  private static final int ALL_KINDS = (1 << SIEVES) - 1;

  /** Per pair of Latin-1 chars, as bits {@code first * 256 + second}: whether the word is kept. */
  private final long[] keptPairs = new long[0x100 * 0x100 / Long.SIZE];
  /** This sieve's bit in {@link #KINDS} and its place in {@link WordStartBlocks}. */
  private final int index;

  private WordStartSieve(int index, PairTest keeps) {
    this.index = index;
    for (char first = 0; first < 0x100; first++) {
      for (char second = 0; second < 0x100; second++) {
        if (keeps.test(first, second)) {
          int bit = first << 8 | second;
          keptPairs[bit >>> 6] |= 1L << bit;
        }
      }
    }
  }

  /**
   * The words {@code from} to {@code from + BLOCK} (or to the last word) of {@code landmarks} that
   * are kept: bit {@code k} for word {@code from + k}. Every sieve's words of a text are found in
   * one walk ({@link WordStartBlocks}), the first time one is asked.
   *
   * @param t the text
   * @param landmarks its landmarks
   * @param from the first word of the block
   * @return the bits of the words kept
   */
  long words(ScanText t, Landmarks landmarks, int from) {
    return WordStartBlocks.of(t).words(index, from);
  }

  /**
   * The first word at or after {@code from} that this sieve keeps, or -1, read from the text's
   * {@code blocks} ({@link WordStartBlocks#of}): a detector walks its words with
   * {@code for (k = next(blocks, 0); k >= 0; k = next(blocks, k + 1))}.
   *
   * @param blocks the blocks of the text
   * @param from the first word that may be returned
   * @return the word's index among the text's words, or -1
   */
  int next(WordStartBlocks blocks, int from) {
    return blocks.next(index, from);
  }

  /**
   * The {@linkplain Landmarks#cueWord cue words} {@code from} to {@code from + BLOCK} (or to the
   * last) of {@code landmarks} that are kept: bit {@code k} for cue word {@code from + k}.
   *
   * @param t the text
   * @param landmarks its landmarks
   * @param from the first cue word of the block
   * @return the bits of the cue words kept
   */
  long cueWords(ScanText t, Landmarks landmarks, int from) {
    int last = t.length() - 1;
    int to = Math.min(landmarks.cueWords(), from + BLOCK);
    long kept = 0;
    for (int k = from; k < to; k++) {
      kept |= keeps(t, landmarks.cueWord(k), last) << (k - from);
    }
    return kept;
  }

  /** Whether a word that begins with {@code first} and {@code second} is kept: on chars, no boxing, as 65,536 pairs are asked when the class loads. */
  @FunctionalInterface
  private interface PairTest {
    boolean test(char first, char second);
  }

  /**
   * The sieves that keep the word at {@code i}, as bits of their index: none at the text's last
   * char {@code last}, all for a char beyond Latin-1 among the first two.
   */
  static int kindsAt(ScanText t, int i, int last) {
    if (i >= last) {
      return 0;
    }
    char first = t.charAt(i);
    char second = t.charAt(i + 1);
    return (first | second) > 0xFF ? ALL_KINDS : KINDS[first << 8 | second];
  }

  private static byte[] kinds(WordStartSieve... sieves) {
    byte[] kinds = new byte[0x100 * 0x100];
    for (WordStartSieve sieve : sieves) {
      for (int bit = 0; bit < kinds.length; bit++) {
        if ((sieve.keptPairs[bit >>> 6] >>> bit & 1) != 0) {
          kinds[bit] |= (byte) (1 << sieve.index);
        }
      }
    }
    return kinds;
  }

  /** 1 when the word at {@code i} is kept, else 0: no branch. */
  private long keeps(ScanText t, int i, int last) {
    int first = t.charAt(i);
    int second = t.charAt(Math.min(i + 1, last));
    int wide = (0xFF - (first | second)) >>> 31;
    int beforeLast = (i - last) >>> 31;
    int bit = (first & 0xFF) << 8 | second & 0xFF;
    return (keptPairs[bit >>> 6] >>> bit & 1 | wide) & beforeLast;
  }
}
