package se.avid.text;

/**
 * Reads a number said in words, as people write one to get past a filter or as they would say it
 * on the phone: {@code "noll sju noll, ett två tre, fyrtiofem sextiosju"} is {@code 0701234567}.
 * Each word is a digit ({@code noll}, {@code ett}/{@code en}/{@code etta}, {@code två}/{@code tvåa}, …,
 * {@code nio}/{@code nia}), a number from 10 to 19 ({@code tio}, {@code elva}, …, {@code nitton}),
 * or tens ({@code tjugo}, {@code fyrtio}/{@code fyrti}, …), alone or with a digit joined to it
 * ({@code fyrtiofem}, {@code fyrtio-fem}, {@code fyrtio fem}); words are separated by spaces, a
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
  /** The most chars between two number words, besides a separator word. */
  private static final int MAX_GAP = 3;

  /** Digit words and their values. */
  private static final String[] UNITS = {
    "noll", "nolla", "ett", "en", "etta", "ettan", "två", "tvåa", "tvåan", "tre", "trea", "trean", "fyra", "fyran",
    "fem", "femma", "femman", "sex", "sexa", "sexan", "sju", "sjua", "sjuan", "åtta", "åttan", "nio", "nia", "nian",
  };
  private static final int[] UNIT_VALUES = {0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9,
    9};
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
  private final char[] word = new char[MAX_WORD];
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
   * True when the word at {@code wordStart} is a number word or a separator word: where a
   * spelled number may be, which a caller probing every few words asks first.
   *
   * @param wordStart the index of a word's first letter
   * @return whether the word may be part of a spelled number
   */
  public boolean mayBePart(int wordStart) {
    int kind = lookUp(wordStart, wordEnd(wordStart));
    return kind != NONE;
  }

  /**
   * The start of the spelled number that the word at {@code wordStart} is part of: the first
   * number word of the run of number and separator words around it, read back at most
   * {@code maxWords} words.
   *
   * @param wordStart the index of a word that {@link #mayBePart} accepts
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
      if (kind != SEPARATOR) {
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

  /** What the word from {@code from} to {@code to} is, its number in {@link #value}. */
  private int lookUp(int from, int to) {
    int length = to - from;
    if (length < 2 || length > MAX_WORD) {
      return NONE;
    }
    for (int i = 0; i < length; i++) {
      word[i] = Character.toLowerCase(text.charAt(from + i));
    }
    int k = find(UNITS, length);
    if (k >= 0) {
      value = UNIT_VALUES[k];
      return UNIT;
    }
    k = find(TEENS, length);
    if (k >= 0) {
      value = TEEN_VALUES[k];
      return TEEN;
    }
    for (int t = 0; t < TENS.length; t++) {
      String tens = TENS[t];
      if (tens.length() <= length && startsWith(tens)) {
        if (tens.length() == length) {
          value = TENS_VALUES[t];
          return TENS_ONLY;
        }
        int unit = findFrom(tens.length(), length);
        if (unit >= 0 && UNIT_VALUES[unit] > 0) {
          value = TENS_VALUES[t] + UNIT_VALUES[unit]; // "fyrtiofem"
          return TENS_WITH_UNIT;
        }
      }
    }
    return find(SEPARATOR_WORDS, length) >= 0 ? SEPARATOR : NONE;
  }

  private int find(String[] table, int length) {
    for (int t = 0; t < table.length; t++) {
      if (table[t].length() == length && startsWith(table[t])) {
        return t;
      }
    }
    return -1;
  }

  /** The unit that {@link #word} holds from {@code from} to {@code length}, or -1. */
  private int findFrom(int from, int length) {
    for (int t = 0; t < UNITS.length; t++) {
      if (UNITS[t].length() == length - from && matchesAt(UNITS[t], from)) {
        return t;
      }
    }
    return -1;
  }

  private boolean startsWith(String s) {
    return matchesAt(s, 0);
  }

  private boolean matchesAt(String s, int from) {
    for (int i = 0; i < s.length(); i++) {
      if (word[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int wordEnd(int i) {
    int n = text.length();
    while (i < n && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the word after a gap of separator chars from {@code i}, or -1. */
  private int nextWord(int i) {
    int n = text.length();
    int gap = 0;
    while (i < n && !Character.isLetter(text.charAt(i))) {
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
    while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
      if (!isGapChar(text.charAt(i - 1)) || ++gap > MAX_GAP) {
        return -1;
      }
      i--;
    }
    if (i == 0 || i == wordStart) {
      return -1;
    }
    int s = i;
    while (s > 0 && Character.isLetter(text.charAt(s - 1)) && i - s <= MAX_WORD) {
      s--;
    }
    return s;
  }

  private static boolean isGapChar(char c) {
    return c == ' ' || c == ',' || c == '-' || c == '/' || c == '.' || c == '\n' || c == TextNormalizer.IGNORABLE;
  }
}
