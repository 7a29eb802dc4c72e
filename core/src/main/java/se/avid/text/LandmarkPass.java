package se.avid.text;

import java.util.Arrays;

/**
 * The one pass behind {@link Landmarks}: normalises the chars of a text (when asked) and records
 * the start of each digit run, each mark, each word and each word with a cue initial, into lists
 * that it keeps from text to text of one thread.
 *
 * <p>Why in blocks of 64 chars: a post is nearly all printable Latin-1 chars that normalising
 * leaves alone, and for those a landmark follows from the char and the one before it. So the
 * pass reads a block into four bit masks (one bit per char: digit, letter, mark, cue initial;
 * one table load, shift and or per char), finds the starts with shifts ({@code letters & ~(letters
 * << 1)}) and writes only the landmarks, found with {@link Long#numberOfTrailingZeros}. The pass
 * it replaces wrote an entry per char and sorted them afterwards, about 3.5 ns a char; this one
 * about a third of that. A block with any char that normalising may change (above Latin-1,
 * control chars, no-break space, soft hyphen, superscript digits) is read char by char instead
 * ({@link #charByChar}), which folds as it goes, and so is the rest of a block from where a digit
 * run ends before a letter that may be a digit ({@link TextNormalizer#mayFoldAfter}): the chars
 * and landmarks are the same either way.
 *
 * <p>Not thread-safe: one per {@link Landmarks.Buffers}, used by one scan at a time.
 */
final class LandmarkPass {

  /** Kinds of char, as bits: a cue initial is also a letter. */
  static final int DIGIT = 1;
  static final int LETTER = 2;
  static final int MARK = 4;
  static final int CUE_INITIAL = 8;
  /** All the kinds a landmark may be. */
  private static final int LANDMARK_KINDS = DIGIT | LETTER | MARK | CUE_INITIAL;
  /** A Latin-1 char that normalising changes ({@link TextNormalizer#changesWhenFolded}). */
  private static final int FOLDS = 16;
  /** Any char above Latin-1: its kind is looked up, after folding it. */
  private static final int ABOVE_LATIN1 = 32;

  /** The kinds of landmark: the index of each list in {@link #found}. */
  static final int DIGIT_RUNS = 0;
  static final int MARKS_FOUND = 1;
  static final int CUE_WORDS = 2;
  static final int WORDS = 3;

  /** What each Latin-1 char is. */
  private static final byte[] LATIN1_KINDS = new byte[0x100];

  /** Chars per block: the bits of a {@code long}. */
  private static final int BLOCK = Long.SIZE;
  /** Chars per group of a block: each kind takes 16 bits of one {@code long} of {@link #SPREAD}. */
  private static final int GROUP = 16;
  private static final long GROUP_MASK = (1L << GROUP) - 1;

  /**
   * Per Latin-1 char, and at index 0x100 for any char above: its kinds spread over a {@code
   * long}, digit at bit 0, letter at bit 16, mark at 32, cue initial at 48, so that a group of 16
   * chars fills four masks with one shift and or per char. A char that normalising may change is
   * marked digit and letter at once ({@link #NEEDS_FOLDING}), which no char is: the block is then
   * read char by char.
   */
  private static final long[] SPREAD = new long[0x101];
  private static final long NEEDS_FOLDING = 1L | 1L << GROUP;

  static {
    for (char c = 0; c < LATIN1_KINDS.length; c++) {
      LATIN1_KINDS[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : Character.isLetter(c) ? LETTER : 0);
      if (TextNormalizer.changesWhenFolded(c)) {
        LATIN1_KINDS[c] |= FOLDS;
      }
    }
    for (char c : Landmarks.CUE_INITIALS.toCharArray()) {
      LATIN1_KINDS[c] |= CUE_INITIAL;
    }
    for (char c : Landmarks.MARKS.toCharArray()) {
      LATIN1_KINDS[c] = MARK;
    }
    for (int c = 0; c < LATIN1_KINDS.length; c++) {
      int kind = LATIN1_KINDS[c];
      SPREAD[c] = (kind & FOLDS) != 0 ? NEEDS_FOLDING
          : (kind & DIGIT) | (long) (kind & LETTER) << (GROUP - 1) | (long) (kind & MARK) << (2 * GROUP - 2)
              | (long) (kind & CUE_INITIAL) << (3 * GROUP - 3);
    }
    SPREAD[0x100] = NEEDS_FOLDING;
  }

  /** Lists longer than this (a text of some 100 KB) are not kept for the next text of the thread. */
  private static final int LARGEST_KEPT = 1 << 14;

  /** Per kind of landmark, its positions, in text order, up to {@link #counts}. */
  final int[][] found = new int[4][1024];
  final int[] counts = new int[4];

  // the text being scanned, and where the pass stands
  private char[] chars;
  private int n;
  private boolean normalize;
  /** The kinds of the char before: {@code DIGIT} in a digit run, {@code LETTER | CUE_INITIAL} in a word, else 0. */
  private int inside;
  /** The chars before this index are normalised; none at or after it has been folded yet. */
  private int folded;

  /**
   * Finds the landmarks of {@code chars[0, n)}, normalising them first if {@code normalize}
   * (see {@link Landmarks#scanNormalizing}).
   */
  void run(char[] chars, int n, boolean normalize) {
    pass(chars, n, normalize, true);
  }

  /** Like {@link #run}, every char read one by one: what the blocks must equal (for tests). */
  void runCharByChar(char[] chars, int n, boolean normalize) {
    pass(chars, n, normalize, false);
  }

  /** One pass over {@code chars[0, n)}, block by block, reading a block by masks where {@code masks}. */
  private void pass(char[] chars, int n, boolean normalize, boolean masks) {
    Arrays.fill(counts, 0); // a scan that failed may have left some
    this.chars = chars;
    this.n = n;
    this.normalize = normalize;
    inside = 0;
    folded = 0;
    try {
      for (int b = 0; b < n; b += BLOCK) {
        int length = Math.min(BLOCK, n - b);
        makeRoom(length);
        if (!masks || !block(b, length)) {
          charByChar(b, b + length);
        }
      }
    } finally {
      this.chars = null;
    }
  }

  /**
   * Records the landmarks of the block of {@code length} chars at {@code b} from its bit masks, up
   * to where a digit run ends before a look-alike letter and char by char from there; false,
   * having recorded nothing, when the whole block must be read char by char.
   */
  private boolean block(int b, int length) {
    long digits = 0;
    long letters = 0;
    long marks = 0;
    long cues = 0;
    for (int g = 0; g < length; g += GROUP) {
      // A char above Latin-1 sends the whole block char by char, as its NEEDS_FOLDING entry would:
      // so the table is indexed by the low byte and the high bytes are or-ed apart, which spares
      // a bound per char, and a full group (nearly all) is a loop of 16 that the compiler unrolls.
      long spread = 0;
      int high = 0;
      int o = b + g;
      if (length - g >= GROUP) {
        for (int j = 0; j < GROUP; j++) {
          int c = chars[o + j];
          high |= c;
          spread |= SPREAD[c & 0xFF] << j;
        }
      } else {
        for (int j = 0, e = length - g; j < e; j++) {
          int c = chars[o + j];
          high |= c;
          spread |= SPREAD[c & 0xFF] << j;
        }
      }
      if (high > 0xFF) {
        return false; // a char that normalising may change; nothing recorded yet
      }
      digits |= (spread & GROUP_MASK) << g;
      letters |= (spread >>> GROUP & GROUP_MASK) << g;
      marks |= (spread >>> 2 * GROUP & GROUP_MASK) << g;
      cues |= (spread >>> 3 * GROUP) << g;
    }
    if ((digits & letters) != 0) {
      return false; // a char that normalising may change
    }
    long digitBefore = digits << 1 | (inside & DIGIT);
    long letterBefore = letters << 1 | (inside & LETTER) >>> 1;
    if (normalize) {
      long inBlock = length == BLOCK ? -1L : (1L << length) - 1;
      for (long ends = ~digits & digitBefore & inBlock; ends != 0; ends &= ends - 1) {
        // where a digit run ends, as charByChar does: fold the next char, then see whether a look-alike follows
        int i = b + Long.numberOfTrailingZeros(ends);
        if (i + 1 < n && i + 1 >= folded) {
          folded = TextNormalizer.foldAt(chars, i + 1);
        }
        if (TextNormalizer.mayFoldAfter(chars, i)) {
          // chars from i on may still change: the masks hold for the chars before it, the rest is
          // read char by char (which does not fold again what was just folded)
          appendAll(b, (1L << (i - b)) - 1, digits, digitBefore, letters, letterBefore, marks, cues);
          inside = DIGIT;
          charByChar(i, b + length);
          return true;
        }
      }
    }
    appendAll(b, -1L, digits, digitBefore, letters, letterBefore, marks, cues);
    long last = 1L << (length - 1);
    inside = (digits & last) != 0 ? DIGIT : (letters & last) != 0 ? LETTER | CUE_INITIAL : 0;
    return true;
  }

  /** Appends the landmarks of the block at {@code b} that {@code kept} has a bit for. */
  private void appendAll(int b, long kept, long digits, long digitBefore, long letters, long letterBefore, long marks,
      long cues) {
    append(DIGIT_RUNS, b, digits & ~digitBefore & kept);
    append(MARKS_FOUND, b, marks & kept);
    append(CUE_WORDS, b, cues & ~letterBefore & kept);
    append(WORDS, b, letters & ~letterBefore & kept);
  }

  /** Appends {@code b} plus the index of each set bit of {@code bits}, in order, to list {@code kind}. */
  private void append(int kind, int b, long bits) {
    int[] list = found[kind];
    int count = counts[kind];
    for (long rest = bits; rest != 0; rest &= rest - 1) {
      list[count++] = b + Long.numberOfTrailingZeros(rest);
    }
    counts[kind] = count;
  }

  /**
   * The chars from {@code from} to {@code to} one by one. A char is folded when the pass reaches
   * it ({@link TextNormalizer#foldAt}), and a letter typed for a digit ({@code 85O412-l234}) where
   * a digit run ends before one ({@link TextNormalizer#mayFoldAfter}): there the chars that fold
   * reads ahead are folded first. Such a fold changes only chars the pass has not reached, and
   * reads chars behind it, which are final, and chars ahead, which no look-alike fold has changed
   * yet, just as a pass of its own would.
   */
  private void charByChar(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      int kind = c < 0x100 ? LATIN1_KINDS[c] : ABOVE_LATIN1;
      if (kind >= FOLDS) {
        if (normalize && i >= folded) {
          folded = TextNormalizer.foldAt(chars, i);
        }
        kind = kindOf(chars[i]);
      }
      if ((inside & ~kind & DIGIT) != 0 && normalize) {
        if (i + 1 < n && i + 1 >= folded) {
          folded = TextNormalizer.foldAt(chars, i + 1); // mayFoldAfter may read it
        }
        if (TextNormalizer.mayFoldAfter(chars, i)) {
          // a digit run ends before a letter that may be a digit: normalise what the fold reads, fold, read again
          folded = Math.max(folded, TextNormalizer.foldRange(chars, Math.max(folded, i + 1),
              Math.min(n, i + TextNormalizer.FOLD_READS_AHEAD)));
          TextNormalizer.foldLookAlikesAfter(chars, i - 1);
          kind = kindOf(chars[i]);
        }
      }
      int landmark = kind & ~inside;
      if (landmark != 0) {
        record(landmark, i);
      }
      inside = (kind & DIGIT) | (kind & LETTER) * ((LETTER | CUE_INITIAL) / LETTER);
    }
  }

  private void record(int landmark, int i) {
    if ((landmark & DIGIT) != 0) {
      found[DIGIT_RUNS][counts[DIGIT_RUNS]++] = i;
    }
    if ((landmark & MARK) != 0) {
      found[MARKS_FOUND][counts[MARKS_FOUND]++] = i;
    }
    if ((landmark & CUE_INITIAL) != 0) {
      found[CUE_WORDS][counts[CUE_WORDS]++] = i;
    }
    if ((landmark & LETTER) != 0) {
      found[WORDS][counts[WORDS]++] = i;
    }
  }

  /** The kind of a normalised char. */
  private static int kindOf(char c) {
    return c < 0x100 ? LATIN1_KINDS[c] & LANDMARK_KINDS : Character.isLetter(c) ? LETTER : 0;
  }

  /** Grows each list so that it holds {@code more} landmarks after its count. */
  private void makeRoom(int more) {
    for (int kind = 0; kind < found.length; kind++) {
      if (counts[kind] + more > found[kind].length) {
        found[kind] = Arrays.copyOf(found[kind], Math.max(found[kind].length * 2, counts[kind] + more));
      }
    }
  }

  /** The landmarks of one kind, copied out. */
  int[] take(int kind) {
    int[] taken = Arrays.copyOf(found[kind], counts[kind]);
    dropIfLarge(kind);
    return taken;
  }

  /** Forgets the counts and drops lists grown past an ordinary post. */
  void clear() {
    Arrays.fill(counts, 0);
    for (int kind = 0; kind < found.length; kind++) {
      dropIfLarge(kind);
    }
  }

  private void dropIfLarge(int kind) {
    if (found[kind].length > LARGEST_KEPT) {
      found[kind] = new int[1024];
    }
  }
}
