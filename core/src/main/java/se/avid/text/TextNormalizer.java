package se.avid.text;

/**
 * Folds look-alike characters to one canonical char each, so that detectors need to know only
 * ASCII digits, {@code '-'}, {@code ' '} and {@code '@'}, while offsets stay those of the input.
 *
 * <p>It is a char-for-char map: the normalised text has exactly the length of the input, which is
 * what keeps every finding's offsets right without an offset table. Folded are: every Unicode
 * decimal digit (fullwidth {@code ８}, Arabic-Indic {@code ٨}, mathematical bold digits as
 * surrogate pairs) to ASCII, and so superscript, subscript and circled digits ({@code ⁸ ₈ ⑧ ❽});
 * the letters {@code O o} and {@code l I} inside a digit run ({@code 85O412-l234}) to {@code 0} and
 * {@code 1}; every dash and minus to {@code '-'}; no-break, thin, ideographic and other spaces and
 * tabs to {@code ' '}; {@code \r} to {@code '\n'}; fullwidth ASCII to ASCII; and zero-width,
 * soft-hyphen, format (direction marks), variation selectors, the keycap mark ({@code 0️⃣}) and control
 * chars and lone surrogates to {@link #IGNORABLE},
 * which scanners skip as if absent: nothing invisible may split an identifier.
 * Letters keep their case. Stateless and thread-safe.
 */
public final class TextNormalizer {

  /** Stands for a char that carries nothing visible (zero-width space, soft hyphen, a low surrogate of a folded digit). */
  public static final char IGNORABLE = '\u200B';

  private TextNormalizer() {}

  /**
   * Normalises {@code text} into a new array of the same length.
   *
   * @param text the text as given
   * @return the normalised chars, one for each char of {@code text}
   */
  public static char[] normalize(CharSequence text) {
    char[] out = foldChars(text);
    foldLookAlikes(out);
    return out;
  }

  /**
   * {@link #normalize} but for the letters typed for digits, which {@link #foldLookAlikes} then
   * folds. ({@link ScanText#of} does both inside its landmark pass, with {@link #foldAt}.)
   */
  static char[] foldChars(CharSequence text) {
    int n = text.length();
    char[] out = new char[n];
    if (text instanceof String) {
      ((String) text).getChars(0, n, out, 0); // one bulk copy, then only the chars that change are written
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = text.charAt(i);
      }
    }
    foldRange(out, 0, n);
    return out;
  }

  /**
   * Folds the chars from {@code from} to at least {@code to} (a surrogate pair that begins before
   * {@code to} is folded whole) and returns the index after the last char folded.
   */
  static int foldRange(char[] out, int from, int to) {
    int i = from;
    while (i < to) {
      char c = out[i];
      i = c >= ' ' && c < 0x7F ? i + 1 : foldAt(out, i); // printable ASCII, most of a post, stays as it is
    }
    return i;
  }

  /**
   * Folds the char at {@code i}, or the surrogate pair that begins there, and returns the index
   * after it. Folding a char twice gives what folding it once gives, but for the low half of a
   * pair, which is folded only with its high half: a caller that folds ahead must not fold it again.
   */
  static int foldAt(char[] out, int i) {
    char c = out[i];
    if (c < 0x100) {
      out[i] = foldLatin1(c); // control chars, and å ä ö é ü …: the rest of nearly every post
      return i + 1;
    }
    if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
      int cp = Character.toCodePoint(c, out[i + 1]);
      if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out[i] = (char) ('0' + Character.digit(cp, 10));
        out[i + 1] = IGNORABLE;
      }
      return i + 2;
    }
    out[i] = fold(c);
    return i + 1;
  }

  /**
   * True for a Latin-1 char that {@link #foldAt} changes: control chars, no-break space, soft
   * hyphen, superscript digits.
   */
  static boolean changesWhenFolded(char c) {
    return c < 0x100 && foldLatin1(c) != c;
  }

  /**
   * Folds letters typed for digits, in a pass of its own over the folded chars: with the test in
   * the main loop, {@code normalize} ran at about 350 instead of 800 M chars/s on Swedish text;
   * with this pass, about 560 (0.5 ns a char more). Only a digit that ends a run can begin a
   * fold ({@link #mayFoldAfter}), which is how {@link Landmarks} folds them in its own pass instead.
   */
  static void foldLookAlikes(char[] out) {
    int last = out.length - 1;
    for (int i = 0; i < last; i++) {
      char c = out[i];
      if (c <= '9' && c >= '0') {
        char next = out[i + 1];
        if (isHomoglyph(next) || isJoining(next) && i + 2 <= last && isHomoglyph(out[i + 2])) {
          foldLookAlikesAfter(out, i); // rare: only where a look-alike follows
        }
      }
    }
  }

  /**
   * Folds the look-alike letters that follow the digit at {@code i}, directly or after one joining
   * char ({@code 85O4}, {@code 850412-l234}), as far as {@link #betweenDigits} accepts them.
   */
  static void foldLookAlikesAfter(char[] out, int i) {
    int n = out.length;
    int j = i + 1;
    if (isJoining(out[j])) {
      j++;
    }
    for (; j < n && j <= i + MAX_LOOK_AHEAD && isHomoglyph(out[j]) && betweenDigits(out, j); j++) {
      out[j] = (out[j] | 0x20) == 'o' ? '0' : '1';
    }
  }

  /**
   * True when a look-alike letter at {@code i}, or a joining char there and a look-alike after
   * it, follows a digit at {@code i - 1}: where {@link #foldLookAlikes} would look further.
   */
  static boolean mayFoldAfter(char[] out, int i) {
    char next = out[i];
    return isHomoglyph(next) || isJoining(next) && i + 1 < out.length && isHomoglyph(out[i + 1]);
  }

  /** Letters typed for digits: {@code O o} for 0, {@code l I} for 1. */
  private static boolean isHomoglyph(char c) {
    return (c | 0x20) == 'o' || c == 'l' || c == 'I';
  }

  /**
   * True when the look-alike letter at {@code i} stands inside a digit run ({@code 85O412},
   * {@code 850412-l234}, {@code 1OO2}): a digit before it (or a joining char and a digit), and
   * after the run of look-alikes it begins a digit (or, when a digit touches it on the left, a
   * joining char, more look-alikes and a digit). {@code out} is folded up to {@code i}, so each
   * letter of a run sees the one before as a digit. One or two at the right edge of a number of
   * at least four digits, before no letter, are its last digits ({@code 070-123 45 6l}); other
   * letters at a number's edge ({@code 3l}, {@code O7}) or between spaced numbers ({@code 3 lol 5})
   * stay letters: units and words are so; but a group of look-alikes alone between the groups of
   * a number of four digits or more before it is its digits ({@code 070-586 ll 30}), and so is a
   * group of two after a group of three alone and before a capitalised word, a postal code and its
   * town ({@code 161 OO Skövde}).
   */
  private static boolean betweenDigits(char[] out, int i) {
    int n = out.length;
    boolean left = i > 0 && isFoldedDigit(out[i - 1]);
    boolean leftAcross = !left && i > 1 && isJoining(out[i - 1]) && isFoldedDigit(out[i - 2]);
    if (!left && !leftAcross) {
      return false;
    }
    // Right: past the rest of this run of look-alikes, a digit, or a joining char and more of the number.
    int r = i + 1;
    int limit = Math.min(n, i + MAX_LOOK_AHEAD);
    while (r < limit && isHomoglyph(out[r])) {
      r++;
    }
    if (r < n && isFoldedDigit(fold(out[r]))) {
      return true;
    }
    if (left && r - i <= MAX_EDGE_LOOK_ALIKES && (r >= n || !Character.isLetterOrDigit(out[r]))
        && digitsBefore(out, i) >= MIN_DIGITS_BEFORE_EDGE) {
      return true; // "070-123 45 6l", "413 1O Göteborg": the last digit of a long number, not a unit ("3l")
    }
    if (leftAcross && r - i == POSTAL_TAIL && r + 1 < n && out[r] == ' ' && Character.isUpperCase(out[r + 1])
        && digitsBefore(out, i) == POSTAL_HEAD) {
      return true; // "161 OO Skövde": a postal code's last group, after its three digits, before its town
    }
    if (left && digitsBefore(out, i) + (r - i) == POSTAL_HEAD && isPostalTailAndTown(out, r)) {
      return true; // "42O OO Uppsala": a postal code's first group, its last digits typed as letters
    }
    if (r >= limit || !isJoining(out[r]) || !left && digitsBefore(out, i) < MIN_DIGITS_BEFORE_EDGE) {
      // one side at least must touch a digit ("3 lol 5" stays), unless a long number goes on
      // across a group of look-alikes alone ("070-586 ll 30")
      return false;
    }
    for (r++; r < limit && isHomoglyph(out[r]); r++) {
      // "7OOlOl-OOO3": look-alikes on both sides of the separator
    }
    return r < n && isFoldedDigit(fold(out[r]));
  }

  /**
   * True when a space at {@code r} begins a postal code's last group, two digits or look-alikes,
   * and a capitalised town after one more space ({@code " OO Uppsala"}, {@code " 00 Uppsala"}).
   */
  private static boolean isPostalTailAndTown(char[] out, int r) {
    int n = out.length;
    if (r + POSTAL_TAIL + 2 >= n || out[r] != ' ' || out[r + POSTAL_TAIL + 1] != ' '
        || !Character.isUpperCase(out[r + POSTAL_TAIL + 2])) {
      return false;
    }
    for (int k = r + 1; k <= r + POSTAL_TAIL; k++) {
      if (!isFoldedDigit(out[k]) && !isHomoglyph(out[k])) {
        return false;
      }
    }
    return true;
  }

  /** A postal code's groups: three digits, then two ({@code 161 OO}). */
  private static final int POSTAL_HEAD = 3;
  private static final int POSTAL_TAIL = 2;

  /** How far a run of look-alikes is followed, so that the check stays constant time per char. */
  private static final int MAX_LOOK_AHEAD = 12;

  /** The most look-alikes folded at a number's right edge ({@code 45 6l}, {@code 45 lO}). */
  private static final int MAX_EDGE_LOOK_ALIKES = 2;

  /**
   * The fewest digits a number must have before look-alikes at its right edge are read as its
   * last digits: a unit after a short number ({@code 3l}, {@code 1,5l}) stays a letter.
   */
  private static final int MIN_DIGITS_BEFORE_EDGE = 4;

  /** How far back {@link #digitsBefore} counts. */
  private static final int MAX_LOOK_BACK = 20;

  /**
   * The digits of the number that ends right before {@code i}, counted back across single
   * joining chars ({@code 070-123 45 6}: nine), at most {@link #MAX_LOOK_BACK} chars back.
   */
  private static int digitsBefore(char[] out, int i) {
    int digits = 0;
    for (int j = i - 1, stop = Math.max(0, i - MAX_LOOK_BACK); j >= stop; j--) {
      if (isFoldedDigit(out[j])) {
        digits++;
      } else if (!isJoining(out[j]) || j == 0 || !isFoldedDigit(out[j - 1])) {
        break;
      }
    }
    return digits;
  }

  /**
   * How many chars after the digit that ends a run {@link #foldLookAlikesAfter} may read: a run of
   * look-alikes, a joining char and another run, each followed at most {@link #MAX_LOOK_AHEAD}
   * far. A caller that folds the chars as it goes folds this far ahead first.
   */
  static final int FOLD_READS_AHEAD = 2 * MAX_LOOK_AHEAD + 2;

  private static boolean isFoldedDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Chars that join the groups of a number across which a look-alike is still inside it: the
   * separators of phone numbers and of a personnummer ({@code +} for an age of 100 or more,
   * {@code 070421+l286}), and the dot and slash of dates.
   */
  private static boolean isJoining(char c) {
    return c == '-' || c == ' ' || c == '.' || c == '/' || c == '+';
  }

  /**
   * The form in which terms and found values are compared (allow- and deny-lists, pseudonyms):
   * the {@linkplain #normalize normalised} chars lowercased, runs of whitespace collapsed to one
   * space, {@link #IGNORABLE} chars dropped, trimmed.
   *
   * @param normalized chars as returned by {@link #normalize}
   * @return the folded words
   */
  public static String foldWords(char[] normalized) {
    StringBuilder sb = new StringBuilder(normalized.length);
    boolean pendingSpace = false;
    for (char c : normalized) {
      if (c == IGNORABLE) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /**
   * The canonical form of a Latin-1 char: Latin-1 has no digits but ASCII's, so only a few
   * spaces, line breaks and the soft hyphen change.
   */
  private static char foldLatin1(char c) {
    if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c < 0xA0 && c != 0x85) {
      return IGNORABLE; // control chars: nothing to see, so nothing to split a number with
    }
    switch (c) {
      case '\t':
      case '\u00A0': // no-break space
        return ' ';
      case '\r':
      case '\u0085': // next line
        return '\n';
      case '\u00AD': // soft hyphen
        return IGNORABLE;
      case '\u00B9': // superscript one
        return '1';
      case '\u00B2':
        return '2';
      case '\u00B3':
        return '3';
      default:
        return c;
    }
  }

  /**
   * The value of a superscript, subscript or circled digit ({@code ⁴ ₄ ④ ➃ ❹}), which Unicode
   * does not count as decimal digits, or -1.
   */
  private static int styledDigit(char c) {
    if (c == '\u2070' || c == '\u24EA' || c == '\u24FF') {
      return 0;
    }
    if (c >= '\u2074' && c <= '\u2079') {
      return c - '\u2070';
    }
    if (c >= '\u2080' && c <= '\u2089') {
      return c - '\u2080';
    }
    if (c >= '\u2460' && c <= '\u2468') {
      return c - '\u2460' + 1; // ① … ⑨
    }
    if (c >= '\u2776' && c <= '\u277E') {
      return c - '\u2776' + 1; // ❶ … ❾
    }
    if (c >= '\u2780' && c <= '\u2788') {
      return c - '\u2780' + 1; // ➀ … ➈
    }
    if (c >= '\u278A' && c <= '\u2792') {
      return c - '\u278A' + 1; // ➊ … ➒
    }
    return -1;
  }

  /** The canonical form of one BMP char above ASCII. */
  static char fold(char c) {
    if (c < 0x100) {
      return foldLatin1(c);
    }
    switch (c) {
      case '\u1680':
      case '\u202F': // narrow no-break space (French-style thousands)
      case '\u205F':
      case '\u3000': // ideographic space
        return ' ';
      case '\u200B': // zero-width space
      case '\u200C':
      case '\u200D':
      case '\u2060': // word joiner
      case '\uFEFF': // BOM / zero-width no-break space
      case '\u20E3': // combining enclosing keycap: "0️⃣7️⃣0️⃣" is 070 typed as emoji keys
        return IGNORABLE;
      case '\u2010': // hyphen
      case '\u2011': // non-breaking hyphen
      case '\u2012': // figure dash
      case '\u2013': // en dash
      case '\u2014': // em dash
      case '\u2015': // horizontal bar
      case '\u2212': // minus sign
      case '\uFE58':
      case '\uFE63':
        return '-';
      case '\u2028':
      case '\u2029':
        return '\n';
      default:
        break;
    }
    if (c >= '\u2000' && c <= '\u200A') {
      return ' '; // en/em/thin/hair/figure spaces
    }
    if (c >= '\uFE00' && c <= '\uFE0F') {
      return IGNORABLE; // variation selectors: the emoji style of the char before, nothing of its own
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // fullwidth ASCII: ＠ ０ Ａ
    }
    int digit = styledDigit(c);
    if (digit >= 0) {
      return (char) ('0' + digit);
    }
    if (Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
      return IGNORABLE; // a lone surrogate, a direction mark: nothing visible
    }
    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return c;
  }
}
