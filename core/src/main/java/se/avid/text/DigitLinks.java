package se.avid.text;

/**
 * How the digits of one number are joined: the separators people type between groups
 * ({@code 850412-1234}, {@code 070-123 45 67}, {@code 85.04.12/1234}, a wrapped line, an HTML
 * {@code <br>}) as bits of a mask, and {@link #link}, which finds the next digit of a number
 * across one such separator. {@link DigitRun} and {@link NumberStarts} read numbers with it.
 * Stateless and thread-safe.
 */
public final class DigitLinks {

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

  /** The most visible chars one separator may have ({@code " - "}, {@code "-\r\n"} → {@code "-\n\n"}). */
  private static final int MAX_SEPARATOR_CHARS = 4;

  private DigitLinks() {}

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
        if (after > 0) {
          mask |= NEWLINE;
          newlines++;
        } else if ((after = inlineTagEnd(text, j)) < 0) {
          break; // an inline tag ("<b>850412</b>-1234", markup pasted from a web form) separates nothing
        }
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

  /** The longest inline tag read inside a number ({@code <span class="x">}). */
  private static final int MAX_INLINE_TAG = 40;

  /**
   * The index after an inline HTML tag at {@code i} ({@code <b>}, {@code </strong>}, {@code <span
   * class="x">}: an opening or closing tag whose name is letters), or -1.
   *
   * @param text the text
   * @param i the index of a {@code <}
   * @return the index after the tag, or -1
   */
  public static int inlineTagEnd(ScanText text, int i) {
    int n = Math.min(text.length(), i + MAX_INLINE_TAG);
    int j = i + 1;
    if (j < n && text.charAt(j) == '/') {
      j++;
    }
    int name = j;
    while (j < n && (text.charAt(j) | 0x20) >= 'a' && (text.charAt(j) | 0x20) <= 'z') {
      j++;
    }
    if (j == name) {
      return -1;
    }
    if (j < n && text.charAt(j) == ' ') {
      while (j < n && text.charAt(j) != '>' && text.charAt(j) != '<' && text.charAt(j) != '\n') {
        j++;
      }
    }
    return j < n && text.charAt(j) == '>' ? j + 1 : -1;
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
}
