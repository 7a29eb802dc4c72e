package se.avid.text;

/**
 * Folds look-alike characters to one canonical char each, so that detectors need to know only
 * ASCII digits, {@code '-'}, {@code ' '} and {@code '@'}, while offsets stay those of the input.
 *
 * <p>It is a char-for-char map: the normalised text has exactly the length of the input, which is
 * what keeps every finding's offsets right without an offset table. Folded are: every Unicode
 * decimal digit (fullwidth {@code ８}, Arabic-Indic {@code ٨}, mathematical bold digits as
 * surrogate pairs) to ASCII; every dash and minus to {@code '-'}; no-break, thin, ideographic and
 * other spaces and tabs to {@code ' '}; {@code \r} to {@code '\n'}; fullwidth ASCII to ASCII; and
 * zero-width and soft-hyphen chars to {@link #IGNORABLE}, which scanners skip as if absent.
 * Letters keep their case. Stateless and thread-safe.
 */
public final class TextNormalizer {

  /** Stands for a char that carries nothing visible (zero-width space, soft hyphen, a low surrogate of a folded digit). */
  public static final char IGNORABLE = '\u200B';

  private TextNormalizer() {}

  /** Normalises {@code text} into a new array of the same length. */
  public static char[] normalize(CharSequence text) {
    int n = text.length();
    char[] out = new char[n];
    if (text instanceof String) {
      ((String) text).getChars(0, n, out, 0); // one bulk copy, then only the chars that change are written
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = text.charAt(i);
      }
    }
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c >= ' ' && c < 0x80) {
        continue; // printable ASCII, most of a post, stays as it is
      }
      if (c < 0x100) {
        out[i] = foldLatin1(c); // control chars, and å ä ö é ü …: the rest of nearly every post
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(out[i + 1])) {
        int cp = Character.toCodePoint(c, out[i + 1]);
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
          out[i] = (char) ('0' + Character.digit(cp, 10));
          out[i + 1] = IGNORABLE;
        }
        i++;
      } else {
        out[i] = fold(c);
      }
    }
    return out;
  }

  /**
   * The form in which terms and found values are compared (allow- and deny-lists, pseudonyms):
   * the {@linkplain #normalize normalised} chars lowercased, runs of whitespace collapsed to one
   * space, {@link #IGNORABLE} chars dropped, trimmed.
   *
   * @param normalized chars as returned by {@link #normalize}
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
    switch (c) {
      case '\t':
      case '\u00A0': // no-break space
        return ' ';
      case '\r':
      case '\u0085': // next line
        return '\n';
      case '\u00AD': // soft hyphen
        return IGNORABLE;
      default:
        return c;
    }
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
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // fullwidth ASCII: ＠ ０ Ａ
    }
    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return c;
  }
}
