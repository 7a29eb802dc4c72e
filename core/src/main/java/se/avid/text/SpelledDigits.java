package se.avid.text;

import java.util.Arrays;

/**
 * Reads a number said in words, as people write one to get past a filter or as they would say it
 * on the phone: {@code "noll sju noll, ett två tre, fyrtiofem sextiosju"} is {@code 0701234567}.
 * Each word is a digit ({@code noll}, {@code ett}/{@code en}/{@code etta}, {@code två}/{@code tvåa}, …,
 * {@code nio}/{@code nia}; in English {@code zero} to {@code nine}), a number from 10 to 19 ({@code tio}, {@code elva}, …, {@code nitton}),
 * or tens ({@code tjugo}, {@code fyrtio}/{@code fyrti}, …), alone or with a digit joined to it
 * ({@code fyrtiofem}, {@code fyrtio-fem}, {@code fyrtio fem}), or digit words typed together
 * ({@code nollsjunoll}); words are separated by spaces, a
 * comma, a dash, a slash or a dot, a line break, or the word {@code streck}/{@code bindestreck}.
 *
 * <p>Letters are compared without case, so {@code "NOLL SJU"} reads the same. A read looks at a
 * bounded number of words ({@link #MAX_DIGITS} digits), so a detector that reads from a bounded
 * number of word starts runs in linear time. Mutable and reused between reads: not thread-safe,
 * make one per {@code detect} call.
 */
public final class SpelledDigits {

  /** The most digits one read takes: a twelve-digit personnummer and a few to see that it goes on. */
  public static final int MAX_DIGITS = 16;

  /** The longest word that may be a number word ({@code bindestreck}, {@code sextiosju}). */
  private static final int MAX_WORD = 12;
  /** The longest word of digit words typed together that is read ({@code nollsjunollettvåtre}). */
  private static final int MAX_GLUED = 40;
  /** The shortest such word: two digit words ({@code entre}, {@code sexsju}). */
  private static final int MIN_GLUED = 5;
  /** The most chars between two number words, besides a separator word. */
  private static final int MAX_GAP = 3;

  /** Digit words and their values; and the English ones, for posts written in English or half so. */
  private static final String[] UNITS = {
    "noll", "nolla", "ett", "en", "etta", "ettan", "två", "tvåa", "tvåan", "tre", "trea", "trean", "fyra", "fyran",
    "fem", "femma", "femman", "sex", "sexa", "sexan", "sju", "sjua", "sjuan", "åtta", "åttan", "nio", "nia", "nian",
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  };
  private static final int[] UNIT_VALUES = {0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9,
    9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  /** The numbers 10 to 19. */
  private static final String[] TEENS = {
    "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "aderton",
  };
  private static final int[] TEEN_VALUES = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 18};
  /** Tens, as written and as said ({@code fyrti}). */
  private static final String[] TENS = {
    "tjugo", "tjugi", "trettio", "tretti", "fyrtio", "fyrti", "femtio", "femti", "sextio", "sexti", "sjuttio",
    "sjutti", "åttio", "åtti", "nittio", "nitti",
  };
  private static final int[] TENS_VALUES = {20, 20, 30, 30, 40, 40, 50, 50, 60, 60, 70, 70, 80, 80, 90, 90};
  /** Words people write between groups for the dash. */
  private static final String[] SEPARATOR_WORDS = {"streck", "bindestreck"};

  private final ScanText text;
  private final byte[] digits = new byte[MAX_DIGITS];
  private int count;
  private int words;
  private int start;
  private int end;
  /** The value of the last word looked up by {@link #lookUp}: a digit, 10–19, or tens. */
  private int value;

  /**
   * A reader of the spelled numbers of {@code text}.
   *
   * @param text the text the numbers are read from
   */
  public SpelledDigits(ScanText text) {
    this.text = text;
  }

  /**
   * True when the word at {@code wordStart} is a number
   * word or a separator word.
   *
   * @param text the text
   * @param wordStart the index of a word's first letter
   * @return whether the word may be a number word
   */
  public static boolean mayBeNumberWord(ScanText text, int wordStart) {
    int letter = letterIndex(text.charAt(wordStart));
    // most words begin with two letters that no number word begins with (till, som, att, eller):
    // no need to find their end
    if (letter < 0 || !INITIALS[letter] || wordStart + 1 >= text.length()) {
      return false;
    }
    char second = text.charAt(wordStart + 1);
    if (second < 0x80 && (SECOND_LETTERS[letter] & 1 << ((second | 0x20) - 'a')) == 0) {
      return false; // a non-ASCII second letter may lowercase to an ASCII one: it is looked up
    }
    int end = wordEnd(text, wordStart);
    return kindAndValue(text, wordStart, end) != NONE || isGlued(text, wordStart, end);
  }

  /**
   * The start of the spelled number that the word at {@code wordStart} is part of: the first
   * number word of the run of number and separator words around it, read back at most
   * {@code maxWords} words.
   *
   * @param wordStart the index of a word that {@link #mayBeNumberWord} accepts
   * @param maxWords the most words to go back
   * @return the index of the run's first number word, or {@code wordStart}
   */
  public int firstWordBefore(int wordStart, int maxWords) {
    int first = wordStart;
    int at = wordStart;
    for (int k = 0; k < maxWords; k++) {
      int previous = previousWord(at);
      if (previous < 0) {
        break;
      }
      int kind = lookUp(previous, wordEnd(previous));
      if (kind == NONE) {
        break;
      }
      at = previous;
      if (kind != SEPARATOR) {
        first = previous;
      }
    }
    return first;
  }

  /**
   * Reads the spelled number whose first word starts at {@code wordStart}.
   *
   * @param wordStart the index of a number word's first letter
   * @return the count of digits read, 0 if the word is no number word
   */
  public int read(int wordStart) {
    count = 0;
    words = 0;
    start = wordStart;
    end = wordStart;
    int at = wordStart;
    int pendingTens = -1;
    while (at >= 0 && count < MAX_DIGITS - 1) {
      int wordEnd = wordEnd(at);
      int kind = lookUp(at, wordEnd);
      if (kind == NONE || kind == SEPARATOR && words == 0) {
        break;
      }
      if (kind == GLUED) {
        int before = count;
        if (!appendGlued(at, wordEnd)) {
          break; // past the most digits a read takes
        }
        pendingTens = -1;
        words += count - before; // "nollsjunoll": three digit words, typed together
        end = wordEnd;
      } else if (kind != SEPARATOR) {
        if (kind == UNIT && pendingTens >= 0 && value > 0) {
          digits[count - 1] = (byte) value; // "fyrtio fem": 45, not 405
          pendingTens = -1;
        } else {
          pendingTens = kind == TENS_ONLY ? count : -1;
          append(kind == UNIT ? -1 : value / 10, kind == UNIT ? value : value % 10);
        }
        words++;
        end = wordEnd;
      } else {
        pendingTens = -1;
      }
      at = nextWord(wordEnd);
    }
    return count;
  }

  private void append(int first, int second) {
    if (first >= 0) {
      digits[count++] = (byte) first;
    }
    digits[count++] = (byte) second;
  }

  /**
   * Number of digits read.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Number of number words read.
   *
   * @return the count
   */
  public int words() {
    return words;
  }

  /**
   * The value (0–9) of digit {@code k}.
   *
   * @param k the digit's place, from 0
   * @return its value
   */
  public int digit(int k) {
    return digits[k];
  }

  /**
   * Digits {@code from} (inclusive) to {@code to} (exclusive) as a number; at most 18 digits.
   *
   * @param from the first digit's place
   * @param to the place after the last digit
   * @return the number they make
   */
  public long value(int from, int to) {
    long v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + digits[k];
    }
    return v;
  }

  /**
   * The index of the first letter of the number read.
   *
   * @return its index in the text
   */
  public int start() {
    return start;
  }

  /**
   * The index after the last letter of the number read.
   *
   * @return its index in the text
   */
  public int end() {
    return end;
  }

  private static final int NONE = 0;
  private static final int UNIT = 1;
  private static final int TEEN = 2;
  private static final int TENS_ONLY = 3;
  private static final int TENS_WITH_UNIT = 4;
  private static final int SEPARATOR = 5;
  /** Digit words typed together ({@code nollsjunoll}): read by {@link #appendGlued}. */
  private static final int GLUED = 6;

  /** What the word from {@code from} to {@code to} is, its number in {@link #value}. */
  private int lookUp(int from, int to) {
    int packed = kindAndValue(text, from, to);
    value = packed & VALUE_MASK;
    int kind = packed >>> KIND_SHIFT;
    return kind == NONE && isGlued(text, from, to) ? GLUED : kind;
  }

  /** Two or more digit words typed together, and nothing else, from {@code from} to {@code to}. */
  private static boolean isGlued(ScanText text, int from, int to) {
    int letter = letterIndex(text.charAt(from));
    return to - from >= MIN_GLUED && to - from <= MAX_GLUED && letter >= 0 && INITIALS[letter]
        && cover(text, from, to, null, 0, MAX_GLUED) >= 2;
  }

  /**
   * Appends the digits of the digit words typed together from {@code from} to {@code to}
   * ({@code nollsjunoll}: 0, 7, 0); false, and nothing appended, when no cover reaches {@code to}
   * within {@link #MAX_DIGITS}.
   */
  private boolean appendGlued(int from, int to) {
    int n = cover(text, from, to, digits, count, MAX_DIGITS - 1);
    if (n < 0) {
      return false;
    }
    count += n;
    return true;
  }

  /**
   * How many digit words cover {@code from} to {@code to} exactly, trying each word where several
   * fit, or -1 if none do; with {@code out}, their values are written from {@code at}, and no
   * cover reaches past {@code limit} there ({@code out} null: only counted).
   */
  private static int cover(ScanText text, int from, int to, byte[] out, int at, int limit) {
    if (from == to) {
      return 0;
    }
    int letter = letterIndex(text.charAt(from));
    if (letter < 0 || at >= limit) {
      return -1;
    }
    for (int u : UNITS_BY_INITIAL[letter]) {
      String word = UNITS[u];
      if (from + word.length() <= to && matchesAt(text, word, from)) {
        int rest = cover(text, from + word.length(), to, out, at + 1, limit);
        if (rest >= 0) {
          if (out != null) {
            out[at] = (byte) UNIT_VALUES[u];
          }
          return rest + 1;
        }
      }
    }
    return -1;
  }

  private static final int KIND_SHIFT = 7;
  private static final int VALUE_MASK = (1 << KIND_SHIFT) - 1;

  /** The kind of the word from {@code from} to {@code to}, shifted by {@link #KIND_SHIFT}, and its number (0–99). */
  private static int kindAndValue(ScanText text, int from, int to) {
    int length = to - from;
    if (length < 2 || length > MAX_WORD) {
      return NONE;
    }
    int[] candidates = bucket(text.charAt(from), length);
    if (candidates != null) {
      for (int e : candidates) {
        if (matchesAt(text, ENTRIES[e], from)) {
          return KINDS[e] << KIND_SHIFT | VALUES[e];
        }
      }
    }
    // "fyrtiofem": tens and a unit in one word
    int letter = letterIndex(text.charAt(from));
    for (int t = 0; length > MIN_COMPOUND && letter >= 0 && TENS_INITIALS[letter] && t < TENS.length; t++) {
      String tens = TENS[t];
      if (tens.length() < length && matchesAt(text, tens, from)) {
        int[] units = bucket(text.charAt(from + tens.length()), length - tens.length());
        for (int e = 0; units != null && e < units.length; e++) {
          int u = units[e];
          if (KINDS[u] == UNIT && VALUES[u] > 0 && matchesAt(text, ENTRIES[u], from + tens.length())) {
            return TENS_WITH_UNIT << KIND_SHIFT | TENS_VALUES[t] + VALUES[u];
          }
        }
      }
    }
    return NONE;
  }

  /** True when the text from {@code from} holds {@code word}, in any case. */
  private static boolean matchesAt(ScanText text, String word, int from) {
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(from + i);
      if ((c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c)) != word.charAt(i)) { // word is letters
        return false;
      }
    }
    return true;
  }

  /** The shortest compound of tens and a unit has seven letters ({@code tjugoen}), so shorter words are none. */
  private static final int MIN_COMPOUND = 6;

  /** Every word read, its kind and value; {@link #BUCKETS} finds them by first letter and length. */
  private static final String[] ENTRIES;
  private static final int[] KINDS;
  private static final int[] VALUES;
  /** Letters a to z and å ({@link #letterIndex}). */
  private static final int LETTERS = 27;
  /** The indices of {@link #UNITS} by their first letter ({@link #letterIndex}), for reading words typed together. */
  private static final int[][] UNITS_BY_INITIAL = new int[LETTERS][];

  static {
    for (int letter = 0; letter < UNITS_BY_INITIAL.length; letter++) {
      int[] found = new int[UNITS.length];
      int k = 0;
      for (int u = 0; u < UNITS.length; u++) {
        if (letterIndex(UNITS[u].charAt(0)) == letter) {
          found[k++] = u;
        }
      }
      UNITS_BY_INITIAL[letter] = Arrays.copyOf(found, k);
    }
  }

  /** The letters ({@link #letterIndex}) that some number or separator word begins with. */
  private static final boolean[] INITIALS = new boolean[LETTERS];
  /**
   * Per first letter ({@link #letterIndex}), the ASCII second letters of the words that begin with
   * it, as bits {@code 1 << (letter - 'a')}; every second letter of a number word is ASCII.
   */
  private static final int[] SECOND_LETTERS = new int[LETTERS];
  /** The letters that some word of tens begins with. */
  private static final boolean[] TENS_INITIALS = new boolean[LETTERS];
  /** Entry indices by {@code letter * (MAX_WORD + 1) + length}: a word is compared with one or two entries. */
  private static final int[][] BUCKETS = new int[LETTERS * (MAX_WORD + 1)][];

  static {
    int n = UNITS.length + TEENS.length + TENS.length + SEPARATOR_WORDS.length;
    ENTRIES = new String[n];
    KINDS = new int[n];
    VALUES = new int[n];
    int e = 0;
    for (int k = 0; k < UNITS.length; k++, e++) {
      ENTRIES[e] = UNITS[k];
      KINDS[e] = UNIT;
      VALUES[e] = UNIT_VALUES[k];
    }
    for (int k = 0; k < TEENS.length; k++, e++) {
      ENTRIES[e] = TEENS[k];
      KINDS[e] = TEEN;
      VALUES[e] = TEEN_VALUES[k];
    }
    for (int k = 0; k < TENS.length; k++, e++) {
      ENTRIES[e] = TENS[k];
      KINDS[e] = TENS_ONLY;
      VALUES[e] = TENS_VALUES[k];
    }
    for (String word : SEPARATOR_WORDS) {
      ENTRIES[e] = word;
      KINDS[e++] = SEPARATOR;
    }
    for (String tens : TENS) {
      TENS_INITIALS[letterIndex(tens.charAt(0))] = true;
    }
    for (int k = 0; k < n; k++) {
      INITIALS[letterIndex(ENTRIES[k].charAt(0))] = true;
      SECOND_LETTERS[letterIndex(ENTRIES[k].charAt(0))] |= 1 << (ENTRIES[k].charAt(1) - 'a');
      int b = letterIndex(ENTRIES[k].charAt(0)) * (MAX_WORD + 1) + ENTRIES[k].length();
      int[] old = BUCKETS[b];
      int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = k;
      BUCKETS[b] = grown;
    }
  }

  /** The entries of words beginning with {@code first} (any case) and of {@code length} letters, or null. */
  private static int[] bucket(char first, int length) {
    int letter = letterIndex(first);
    return letter < 0 || length > MAX_WORD ? null : BUCKETS[letter * (MAX_WORD + 1) + length];
  }

  /** 0 to 25 for a to z, 26 for å, in either case; -1 for any other char: no number word begins with it. */
  private static int letterIndex(char c) {
    char lower = (char) (c | 0x20);
    if (c < 0x80) {
      return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }
    return c == 'å' || c == 'Å' ? 26 : -1;
  }

  private int wordEnd(int i) {
    return wordEnd(text, i);
  }

  /** The end of the letters from {@code i}, or a point past {@link #MAX_GLUED} of them: longer words are no number. */
  private static int wordEnd(ScanText text, int i) {
    int n = text.length();
    int limit = i + MAX_GLUED + 1;
    while (i < n && i < limit && Letters.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the word after a gap of separator chars from {@code i}, or -1. */
  private int nextWord(int i) {
    int n = text.length();
    int gap = 0;
    while (i < n && !Letters.isLetter(text.charAt(i))) {
      if (!isGapChar(text.charAt(i)) || ++gap > MAX_GAP) {
        return -1;
      }
      i++;
    }
    return i < n ? i : -1;
  }

  /** The start of the word before the gap before {@code wordStart}, or -1. */
  private int previousWord(int wordStart) {
    int i = wordStart;
    int gap = 0;
    while (i > 0 && !Letters.isLetter(text.charAt(i - 1))) {
      if (!isGapChar(text.charAt(i - 1)) || ++gap > MAX_GAP) {
        return -1;
      }
      i--;
    }
    if (i == 0 || i == wordStart) {
      return -1;
    }
    int s = i;
    while (s > 0 && Letters.isLetter(text.charAt(s - 1)) && i - s <= MAX_WORD) {
      s--;
    }
    return s;
  }

  private static boolean isGapChar(char c) {
    return c == ' ' || c == ',' || c == '-' || c == '/' || c == '.' || c == '\n' || c == TextNormalizer.IGNORABLE;
  }

}
