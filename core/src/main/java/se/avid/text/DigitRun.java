package se.avid.text;


/**
 * Reads one number as people type it: digits joined by short separators ({@code -}, {@code +},
 * spaces, one line break), remembering which separator stood before each digit so that each
 * detector can decide whether the grouping fits its format.
 *
 * <p>For {@code "850412-1234"} it holds ten digits, with {@link #DASH} before digit 6 and nothing
 * before the others; for {@code "070-123 45 67"} it holds the same count of digits, but with
 * separators before digits 3, 6 and 8, which is how a personnummer detector tells a phone number
 * apart without a regular expression. Zero-width chars ({@link TextNormalizer#IGNORABLE}) are
 * skipped as if absent.
 *
 * <p>Every read looks at a bounded number of chars, so a detector that reads once per
 * {@linkplain #nextStart number start} runs in linear time. Mutable and reused between reads
 * to keep the hot path free of allocation: not thread-safe, make one per {@code detect} call.
 */
public final class DigitRun {

  /** A space or several. */
  public static final int SPACE = 1;
  /** A hyphen or any other dash (the normaliser folds them all to {@code '-'}). */
  public static final int DASH = 2;
  /** {@code '+'}, which in a personnummer marks an age of 100 or more. */
  public static final int PLUS = 4;
  /** A line break, as when a number is wrapped. */
  public static final int NEWLINE = 8;
  /** More than one visible char, e.g. {@code " - "} or {@code "-\n"}. */
  public static final int WIDE = 16;
  /** One of {@code / . , : _ = ~ *}, as in {@code 850412/1234} or {@code 85.04.12}. */
  public static final int PUNCT = 32;

  /** The separator mask meaning "the run ends here". */
  public static final int END = -1;

  /** The most digits any detector reads (IBAN: 22; card: 19, plus one to see that a run goes on). */
  public static final int MAX_DIGITS = 24;

  /** The most visible chars one separator may have ({@code " - "}, {@code "-\r\n"} → {@code "-\n\n"}). */
  private static final int MAX_SEPARATOR_CHARS = 4;

  private final ScanText text;
  /**
   * Where the digits of this run are: after {@link #read}, this run's own buffers from 0; after
   * {@link #load}, the runs of all numbers of the text that {@link NumberStarts} read once, from
   * {@link #base}.
   */
  private byte[] digits;
  private int[] positions;
  private int[] separators;
  private int base;
  /** This run's own buffers, made at the first {@link #read}. */
  private byte[] ownDigits;
  private int[] ownPositions;
  private int[] ownSeparators;
  private int count;
  private int separatorAfter;

  /**
   * A reader of the numbers of {@code text}.
   *
   * @param text the text the numbers are read from
   */
  public DigitRun(ScanText text) {
    this.text = text;
  }

  /**
   * Index of the first digit at or after {@code from} that begins a digit sequence (the char
   * before it, skipping zero-width chars, is not a digit), or -1. Allocates nothing.
   *
   * @param text the text
   * @param from where to start looking
   * @return the index of the digit, or -1
   */
  public static int nextStart(ScanText text, int from) {
    int n = text.length();
    for (int i = Math.max(from, 0); i < n; i++) {
      if (text.isDigit(i) && beginsNumber(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the digit at {@code i} is the first of its sequence: the char before it, skipping
   * zero-width chars, is no digit.
   *
   * @param text the text
   * @param i the index of a digit
   * @return whether a number begins there
   */
  public static boolean beginsNumber(ScanText text, int i) {
    return !isDigitAt(text, previousVisible(text, i - 1));
  }

  /**
   * True when a number may begin at {@code start}: it is not glued to a word
   * ({@code "ab850412"}) or to a longer number by tight punctuation ({@code "12-850412"},
   * {@code "1.850412"}, {@code "12/850412"}, {@code "08:850412"}).
   *
   * @param text the text
   * @param start the index of the number's first digit
   * @return whether nothing glues the number to what stands before it
   */
  public static boolean startsCleanly(ScanText text, int start) {
    int p = previousVisible(text, start - 1);
    if (p < 0) {
      return true;
    }
    if (text.isWordChar(p)) {
      return false;
    }
    return !(isTightPunctuation(text.charAt(p)) && isDigitAt(text, previousVisible(text, p - 1)));
  }

  /**
   * True when a number may end just before {@code end} (the index after its last char): no
   * letter or digit follows, nor tight punctuation followed by a digit ({@code "…1234,56"}).
   *
   * @param text the text
   * @param end the index after the number's last char
   * @return whether nothing glues the number to what follows it
   */
  public static boolean endsCleanly(ScanText text, int end) {
    int q = nextVisible(text, end);
    if (q < 0) {
      return true;
    }
    if (text.isWordChar(q)) {
      return false;
    }
    return !(isTightPunctuation(text.charAt(q)) && isDigitAt(text, nextVisible(text, q + 1)));
  }

  /**
   * True when a letter stands right before {@code start}: a number typed without a space after a
   * word ({@code "pnr850412-1230"}), which only a strong format should be accepted in.
   *
   * @param text the text
   * @param start the index of the number's first digit
   * @return whether a letter stands right before it
   */
  public static boolean followsLetter(ScanText text, int start) {
    int p = previousVisible(text, start - 1);
    return p >= 0 && Character.isLetter(text.charAt(p));
  }

  /**
   * The index of the last char at or before {@code i} that is not zero-width, or -1.
   *
   * @param text the text
   * @param i where to start looking back
   * @return the index, or -1
   */
  public static int previousVisible(ScanText text, int i) {
    while (i >= 0 && text.isIgnorable(i)) {
      i--;
    }
    return i;
  }

  /**
   * The index of the first char at or after {@code i} that is not zero-width, or -1.
   *
   * @param text the text
   * @param i where to start looking
   * @return the index, or -1
   */
  public static int nextVisible(ScanText text, int i) {
    int n = text.length();
    while (i < n && text.isIgnorable(i)) {
      i++;
    }
    return i < n ? i : -1;
  }

  /**
   * True when {@code i} is inside the text and a digit stands there.
   *
   * @param text the text
   * @param i any index, also -1 or past the end
   * @return whether a digit stands at {@code i}
   */
  public static boolean isDigitAt(ScanText text, int i) {
    return i >= 0 && i < text.length() && text.isDigit(i);
  }

  /** Punctuation that glues two numbers into one: {@code 1,5}, {@code 12.3}, {@code 08:30}, {@code 1/2}, {@code 12-34}. */
  private static boolean isTightPunctuation(char c) {
    return c == '-' || c == '+' || c == '.' || c == ',' || c == ':' || c == '/';
  }

  /**
   * Reads the number whose first digit is at {@code start}, at most {@code maxDigits} digits;
   * {@link #separatorBefore(int)} of {@link #count()} then tells what follows the last digit read.
   *
   * @param start the index of the number's first digit
   * @param maxDigits the most digits to read (at most {@link #MAX_DIGITS})
   * @return this run
   */
  public DigitRun read(int start, int maxDigits) {
    int limit = Math.min(maxDigits, MAX_DIGITS);
    if (ownDigits == null) {
      ownDigits = new byte[MAX_DIGITS];
      ownPositions = new int[MAX_DIGITS];
      ownSeparators = new int[MAX_DIGITS];
    }
    digits = ownDigits;
    positions = ownPositions;
    separators = ownSeparators;
    base = 0;
    count = 0;
    separatorAfter = END;
    int i = start;
    int mask = 0;
    while (true) {
      if (count == limit) {
        separatorAfter = mask;
        return this;
      }
      digits[count] = (byte) (text.charAt(i) - '0');
      positions[count] = i;
      separators[count] = mask;
      count++;
      long link = link(text, i);
      if (link < 0) {
        return this;
      }
      mask = linkMask(link);
      i = linkTarget(link);
    }
  }

  /**
   * How the digit at {@code i} is joined to the next digit of its number: the separator between
   * them and where that digit is, packed into one long (read it with {@link #linkMask} and
   * {@link #linkTarget}), or -1 when the number ends at {@code i}. A separator is a bounded run of
   * spaces, line breaks ({@code <br>} counts as one), zero-width chars and at most one sign
   * ({@code - + / . , : _ = ~ *}, a double dash counting as one; {@code . , :} only when no space
   * follows it); anything else ends the number.
   * Whether a detector accepts a separator where it stands is for the detector to decide.
   *
   * @param text the text
   * @param i the index of a digit
   * @return the link, or -1
   */
  public static long link(ScanText text, int i) {
    int n = text.length();
    if (i + 1 < n && text.isDigit(i + 1)) {
      return i + 1; // the next digit right after: mask 0, the case of most digits
    }
    int mask = 0;
    int visible = 0;
    int newlines = 0;
    int signs = 0;
    char previous = 0;
    int j = i + 1;
    for (; j < n; j++) {
      char s = text.charAt(j);
      if (s == TextNormalizer.IGNORABLE) {
        continue;
      }
      if (s == ' ') {
        mask |= SPACE;
      } else if (s == '-') {
        mask |= DASH;
        if (previous != '-') {
          signs++; // "--" is one sign
        }
      } else if (s == '+') {
        mask |= PLUS;
        signs++;
      } else if (s == '\n') {
        mask |= NEWLINE;
        newlines++;
      } else if (isJoiningPunctuation(s)) {
        if (isSentencePunctuation(s) && j + 1 < n && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\n')) {
          break; // "8327-9, 914…", "…1234. 070…": a list or a sentence goes on, not the number
        }
        mask |= PUNCT;
        signs++;
      } else if (s == '<') {
        int after = lineBreakTagEnd(text, j);
        if (after < 0) {
          break;
        }
        mask |= NEWLINE;
        newlines++;
        j = after - 1;
      } else {
        break;
      }
      previous = s;
      if (++visible > MAX_SEPARATOR_CHARS || signs > 1 || newlines > 2) {
        return -1;
      }
    }
    if (j >= n || !text.isDigit(j)) {
      return -1;
    }
    if (visible > 1) {
      mask |= WIDE;
    }
    return ((long) mask << 32) | j;
  }

  /**
   * The separator mask of a {@link #link}.
   *
   * @param link a link that is not -1
   * @return the separator mask
   */
  public static int linkMask(long link) {
    return (int) (link >>> 32);
  }

  /**
   * The index of the next digit of a {@link #link}.
   *
   * @param link a link that is not -1
   * @return the index of the digit it leads to
   */
  public static int linkTarget(long link) {
    return (int) link;
  }

  /** Punctuation people type between the groups of a number: {@code 850412/1234}, {@code 85.04.12}, {@code 8504_12}. */
  private static boolean isJoiningPunctuation(char c) {
    return c == '/' || c == '.' || c == ',' || c == ':' || c == '_' || c == '=' || c == '~' || c == '*';
  }

  /** Punctuation that, before a space, ends a clause rather than joining groups: {@code . , :}. */
  private static boolean isSentencePunctuation(char c) {
    return c == '.' || c == ',' || c == ':';
  }

  /**
   * The index after an HTML line break at {@code i} ({@code <br>}, {@code <br/>}, {@code <BR />}),
   * or -1: a post pasted from a web form keeps them.
   *
   * @param text the text
   * @param i the index of a {@code <}
   * @return the index after the tag, or -1
   */
  public static int lineBreakTagEnd(ScanText text, int i) {
    int n = text.length();
    if (i + 3 >= n || (text.charAt(i + 1) | 0x20) != 'b' || (text.charAt(i + 2) | 0x20) != 'r') {
      return -1;
    }
    int j = i + 3;
    if (text.charAt(j) == ' ') {
      j++;
    }
    if (j < n && text.charAt(j) == '/') {
      j++;
    }
    return j < n && text.charAt(j) == '>' ? j + 1 : -1;
  }

  /**
   * Takes number {@code k} of {@code starts} as if {@link #read} it with {@code maxDigits}:
   * {@link NumberStarts} has read each number once, as far as any detector reads, and a shorter
   * read is its first {@code maxDigits} digits, followed by the separator before the next.
   *
   * @param starts the number starts of this run's text
   * @param k the index of the number among them
   * @param maxDigits the most digits to take (at most {@link #MAX_DIGITS})
   * @return this run
   */
  public DigitRun load(NumberStarts starts, int k, int maxDigits) {
    int limit = Math.min(maxDigits, MAX_DIGITS);
    digits = starts.digits();
    positions = starts.positions();
    separators = starts.separators();
    base = starts.firstDigit(k);
    int all = starts.digitCount(k);
    if (all > limit) {
      count = limit;
      separatorAfter = separators[base + limit];
    } else {
      count = all;
      separatorAfter = starts.separatorAfter(k);
    }
    return this;
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
   * The value (0–9) of digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return its value
   */
  public int digit(int k) {
    return digits[base + k];
  }

  /**
   * The text index of digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return its index in the text
   */
  public int position(int k) {
    return positions[base + k];
  }

  /**
   * The index just after digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return the index after it
   */
  public int endOf(int k) {
    return positions[base + k] + 1;
  }

  /**
   * The index of the first digit.
   *
   * @return its index in the text
   */
  public int start() {
    return positions[base];
  }

  /**
   * The separator before digit {@code k} ({@code 0} if it follows the previous digit directly);
   * for {@code k == count()}, what follows the last digit read: {@link #END} if the number ends
   * there, else the separator before the next, unread digit.
   *
   * @param k the digit's place in the run, from 0 to {@link #count()}
   * @return the separator mask, 0 or {@link #END}
   */
  public int separatorBefore(int k) {
    return k == 0 ? 0 : k < count ? separators[base + k] : separatorAfter;
  }

  /**
   * True when a match of the first {@code k} digits would not cut a longer number: no digit
   * follows directly or across a tight {@code -}/{@code +}, and no letter or glued digit follows
   * the number's last char. A space or line break before a further digit is fine
   * ({@code "850412-1234 070…"} lists two numbers).
   *
   * @param k how many digits the match takes, from 1 to {@link #count()}
   * @return whether the match may end there
   */
  public boolean canEndAfter(int k) {
    int s = separatorBefore(k);
    if (s == END) {
      return endsCleanly(text, endOf(k - 1));
    }
    return (s & (SPACE | NEWLINE)) != 0;
  }

  /**
   * True when the run ends after {@code k} digits and a letter follows directly ({@code "…1230och"}).
   *
   * @param k how many digits, from 1 to {@link #count()}
   * @return whether a letter follows
   */
  public boolean letterFollows(int k) {
    if (separatorBefore(k) != END) {
      return false;
    }
    int q = nextVisible(text, endOf(k - 1));
    return q >= 0 && Character.isLetter(text.charAt(q));
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
      v = v * 10 + digits[base + k];
    }
    return v;
  }

  /**
   * True when the Luhn (mod 10) check holds over digits {@code from} to {@code to}, the last being the check digit.
   *
   * @param from the first digit's place
   * @param to the place after the check digit
   * @return whether the check holds
   */
  public boolean luhn(int from, int to) {
    int sum = 0;
    boolean twice = false;
    for (int k = to - 1; k >= from; k--) {
      int d = digits[base + k];
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
