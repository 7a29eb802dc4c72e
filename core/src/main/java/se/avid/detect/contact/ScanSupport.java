package se.avid.detect.contact;

import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.Letters;
import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * Char-level helpers shared by the contact detectors: boundaries that skip zero-width chars,
 * case-insensitive matching in place, and look-behind for context words. Nothing here allocates,
 * so detectors can call it at every candidate. Stateless and thread-safe.
 */
final class ScanSupport {

  /** How far (in chars) context words are looked for before a candidate. */
  static final int CONTEXT_WINDOW = 40;

  /**
   * Units after a number that make it an amount, a count or an age, not an identifier:
   * {@code 1 299 kr}, {@code 50 %}, {@code 12 500 sek}, {@code 3 st}, {@code 14 år}.
   */
  private static final String[] UNIT_WORDS = {
    "kr", "kronor", "kronorna", "sek", "eur", "euro", "usd", "dollar", "st", "stycken", "år", "års", "mil", "km",
    "kg", "procent", "minuter", "min", "timmar", "tim", "dagar", "veckor", "månader", "gånger", "ggr"
  };

  /** {@link Character#isLetterOrDigit(char)} for the Latin-1 chars, which are nearly all chars of a Swedish post. */
  private static final boolean[] LATIN1_LETTER_OR_DIGIT = new boolean[256];

  static {
    for (char c = 0; c < LATIN1_LETTER_OR_DIGIT.length; c++) {
      LATIN1_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private ScanSupport() {}

  /** {@link Character#isLetterOrDigit(char)}, by table lookup for Latin-1. */
  static boolean isLetterOrDigit(char c) {
    return c < 256 ? LATIN1_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A letter in any script (å, ä, ö, é, ş, ...): {@link Letters#isLetter}. */
  static boolean isLetter(char c) {
    return Letters.isLetter(c);
  }

  /** {@link Character#toLowerCase(char)} with a fast path for ASCII, which most chars of a post are. */
  static char toLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** The index of the first char at or after {@code i} that is not a zero-width char; {@code length} if none. */
  static int skipIgnorable(ScanText t, int i) {
    int n = t.length();
    while (i < n && t.charAt(i) == TextNormalizer.IGNORABLE) {
      i++;
    }
    return i;
  }

  /** The index of the last char before {@code i} that is not a zero-width char; -1 if none. */
  static int prevVisible(ScanText t, int i) {
    int j = i - 1;
    while (j >= 0 && t.charAt(j) == TextNormalizer.IGNORABLE) {
      j--;
    }
    return j;
  }

  /** The char before {@code i}, skipping zero-width chars; {@code '\0'} at the start. */
  static char charBefore(ScanText t, int i) {
    int j = prevVisible(t, i);
    return j < 0 ? '\0' : t.charAt(j);
  }

  /** The char at or after {@code i}, skipping zero-width chars; {@code '\0'} at the end. */
  static char charFrom(ScanText t, int i) {
    int j = skipIgnorable(t, i);
    return j >= t.length() ? '\0' : t.charAt(j);
  }

  /** True when a letter or digit sits right before {@code i} (zero-width chars skipped). */
  static boolean wordCharBefore(ScanText t, int i) {
    return t.isWordChar(prevVisible(t, i));
  }

  /** True when a letter or digit sits at {@code i} or after it (zero-width chars skipped). */
  static boolean wordCharFrom(ScanText t, int i) {
    return t.isWordChar(skipIgnorable(t, i));
  }

  /** True when {@code lower} (lowercase ASCII or Swedish letters) is spelled at {@code i}, in any case. */
  static boolean matchesIgnoreCase(ScanText t, int i, String lower) {
    int len = lower.length();
    if (i < 0 || i + len > t.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (toLowerCase(t.charAt(i + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when the word {@code [start, end)} is one of {@code lowerWords}, in any case. */
  static boolean wordIn(ScanText t, int start, int end, String[] lowerWords) {
    int len = end - start;
    if (len <= 0 || start < 0 || end > t.length()) {
      return len == 0 && start >= 0 && end <= t.length() && contains(lowerWords, "");
    }
    char first = toLowerCase(t.charAt(start));
    for (String w : lowerWords) {
      if (w.length() == len && w.charAt(0) == first && matchesIgnoreCase(t, start, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String[] words, String word) {
    for (String w : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of {@code lowerWords} occurs as a whole word (a run of letters) within
   * {@link #CONTEXT_WINDOW} chars before {@code pos}, on the same line. Cue words like
   * {@code regnr}, {@code postnummer} and {@code ring} come right before what they introduce.
   */
  static boolean contextBefore(ScanText t, int pos, WordList lowerWords) {
    return contextBefore(t, pos, lowerWords, NO_WORDS) == FIRST;
  }

  /** {@link #contextBefore(ScanText, int, WordList, WordList)} found a word of the first list. */
  static final int FIRST = 1;
  /** {@link #contextBefore(ScanText, int, WordList, WordList)} found a word of the second list nearer. */
  static final int SECOND = 2;

  private static final WordList NO_WORDS = new WordList();

  /**
   * Two look-backs in one walk: {@link #FIRST} or {@link #SECOND} for the list of the nearest cue
   * word within the window, else 0. For detectors that weigh two kinds of cue, the nearer ruling
   * out the other: {@code "ring och uppge kundnr 0123…"} is a customer number, {@code "kl 11
   * igår. ringt enheten 0921…"} a phone number.
   */
  static int contextBefore(ScanText t, int pos, WordList first, WordList second) {
    int limit = Math.max(0, pos - CONTEXT_WINDOW);
    int j = pos - 1;
    while (j >= limit) {
      char c = t.charAt(j);
      if (c == '\n') {
        return 0;
      }
      if (!isLetter(c)) {
        j--;
        continue;
      }
      int end = j + 1;
      while (j >= limit && isLetter(t.charAt(j))) {
        j--;
      }
      if (j >= 0 && j < limit && isLetter(t.charAt(j))) {
        return 0; // the word is cut by the window
      }
      if (first.contains(t, j + 1, end)) {
        return FIRST;
      }
      if (second.contains(t, j + 1, end)) {
        return SECOND;
      }
    }
    return 0;
  }

  /**
   * True when one of {@code lowerWords} occurs as a whole word within {@link #CONTEXT_WINDOW} chars
   * after {@code end}, in the same sentence: a cue that names what stands before it ("ABC 123
   * heter bilen", "MLR 4 stod det på skylten").
   */
  static boolean contextAfter(ScanText t, int end, String[] lowerWords) {
    int n = t.length();
    int limit = Math.min(n, end + CONTEXT_WINDOW);
    int i = end;
    while (i < limit) {
      char c = t.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?') {
        return false;
      }
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isLetter(t.charAt(i))) {
        i++;
      }
      if (i <= limit && wordIn(t, s, i, lowerWords)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the first word after {@code end} (after at most two spaces, or right after it) is a
   * unit that makes the number an amount or count: {@code kr}, {@code st}, {@code år}, {@code %},
   * {@code :-}.
   */
  static boolean followedByUnit(ScanText t, int end) {
    int n = t.length();
    int i = skipIgnorable(t, end);
    if (i < n && (t.charAt(i) == '%' || t.charAt(i) == ':' && i + 1 < n && t.charAt(i + 1) == '-')) {
      return true;
    }
    int spaces = 0;
    while (i < n && t.charAt(i) == ' ' && spaces < 2) {
      i++;
      spaces++;
    }
    if (i < n && t.charAt(i) == '%') {
      return true;
    }
    int start = i;
    while (i < n && isLetter(t.charAt(i))) {
      i++;
    }
    return i > start && wordIn(t, start, i, UNIT_WORDS);
  }

  /**
   * True when the number starting at {@code start} continues a number before it: a digit right
   * before, or a digit and one of {@code - / . , : + _} (the tail of a date, a case number, a
   * decimal or a bit pattern: {@code 2023-0812}, {@code 3,08}, {@code 1011_0011}).
   */
  static boolean continuesNumberBefore(ScanText t, int start) {
    int j = prevVisible(t, start);
    if (j < 0) {
      return false;
    }
    char c = t.charAt(j);
    if (isAsciiDigit(c)) {
      return true;
    }
    if (c == '-' || c == '/' || c == '.' || c == ',' || c == ':' || c == '+' || c == '_') {
      int k = prevVisible(t, j);
      return k >= 0 && isAsciiDigit(t.charAt(k));
    }
    return false;
  }

  /**
   * Reports a finding, widened to whole chars: a digit written as a surrogate pair (mathematical
   * bold {@code 𝟎}) is normalised to an ASCII digit and a zero-width char, and a span must not end
   * between the two.
   */
  static void report(FindingSink sink, ScanText t, int start, int end, EntityType type, double score) {
    String original = t.original();
    if (start > 0 && Character.isLowSurrogate(original.charAt(start))
        && Character.isHighSurrogate(original.charAt(start - 1))) {
      start--;
    }
    if (end < original.length() && Character.isLowSurrogate(original.charAt(end))
        && Character.isHighSurrogate(original.charAt(end - 1))) {
      end++;
    }
    sink.add(start, end, type, score);
  }

  /** The end of the word (letters, digits, {@code -}) starting at {@code i}. */
  static int wordEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 16 && (t.isWordChar(e) || t.charAt(e) == '-')) {
      e++;
    }
    return e;
  }

  /** The index after at most {@code max} spaces from {@code i}. */
  static int skipSpaces(ScanText t, int i, int max) {
    int k = 0;
    while (i < t.length() && t.charAt(i) == ' ' && k < max) {
      i++;
      k++;
    }
    return i;
  }

  /** The index before at most {@code max} spaces that end at {@code i}. */
  static int skipSpacesBack(ScanText t, int i, int max) {
    int k = 0;
    while (i > 0 && t.charAt(i - 1) == ' ' && k < max) {
      i--;
      k++;
    }
    return i;
  }
}
