package se.avid.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.avid.text.Letters;
import se.avid.text.ScanText;

/**
 * Words that, shortly before a number (or, for {@link #findAfter}, shortly after it), say what
 * the number is: {@code "pnr 850412-1234"}, {@code "bankgiro: 5050-1055"}. A cue is one word or a two-word phrase ({@code "person nr"}),
 * matched case-insensitively on whole letter runs, either exactly, as a prefix
 * ({@code "personnum*"} for personnumret, personnumer) or as a suffix ({@code "*konto"} for
 * bankkonto, lönekonto).
 *
 * <p>The look-back is bounded by a number of chars and of words, so each check costs constant
 * time and a detector stays linear. It allocates nothing. Immutable and thread-safe.
 */
final class ContextCue {

  /** How many letter runs may stand between the cue and the number ({@code "pnr är"}: one). */
  private static final int MAX_WORDS_BETWEEN = 3;

  /** Longer letter runs are not read to their start, so a look-back never walks a whole long word. */
  private static final int MAX_WORD_LENGTH = 40;

  private final String[][] phrases;
  private final byte[] modes;
  /** The letter each entry's (first) word must start with, or for a suffix cue end with: a cheap first test. */
  private final char[] keys;
  private final int window;
  private static final int ASCII = 0x80;
  /**
   * Phrases to try for a word, as bits in phrase order: those keyed by an ASCII first char (exact
   * and prefix cues), by an ASCII last char (suffix cues), and those keyed by any other char, which
   * are always tried. Most words of a post start with no cue's key, so they cost one lookup.
   */
  private final long[] byFirst = new long[ASCII];
  private final long[] byLast = new long[ASCII];
  private long byAnyKey;

  private static final byte EXACT = 0;
  private static final byte PREFIX = 1;
  private static final byte SUFFIX = 2;

  private ContextCue(List<String[]> phrases, List<Byte> modes, int window) {
    this.phrases = phrases.toArray(new String[0][]);
    this.modes = new byte[modes.size()];
    for (int i = 0; i < this.modes.length; i++) {
      this.modes[i] = modes.get(i);
    }
    this.keys = new char[this.phrases.length];
    for (int i = 0; i < keys.length; i++) {
      String word = this.phrases[i][0];
      keys[i] = this.modes[i] == SUFFIX ? word.charAt(word.length() - 1) : word.charAt(0);
    }
    this.window = window;
    for (int i = 0; i < keys.length; i++) {
      char key = keys[i];
      if (key < ASCII) {
        (this.modes[i] == SUFFIX ? byLast : byFirst)[key] |= 1L << i;
      } else {
        byAnyKey |= 1L << i;
      }
    }
  }

  /**
   * Builds cues from entries such as {@code "pnr"}, {@code "person nr"}, {@code "personnum*"}
   * (prefix) or {@code "*konto"} (suffix); {@code window} is how many chars before the number
   * the cue may end.
   */
  static ContextCue of(int window, String... entries) {
    if (entries.length > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " cue entries"); // one bit each
    }
    List<String[]> phrases = new ArrayList<>();
    List<Byte> modes = new ArrayList<>();
    for (String entry : entries) {
      String e = entry.toLowerCase(Locale.ROOT);
      byte mode = EXACT;
      if (e.endsWith("*")) {
        mode = PREFIX;
        e = e.substring(0, e.length() - 1);
      } else if (e.startsWith("*")) {
        mode = SUFFIX;
        e = e.substring(1);
      }
      String[] words = e.trim().split(" +");
      if (words.length > 2 || (mode != EXACT && words.length != 1) || words[0].isEmpty()) {
        throw new IllegalArgumentException("bad cue entry: " + entry);
      }
      phrases.add(words);
      modes.add(mode);
    }
    return new ContextCue(phrases, modes, window);
  }

  /** True when a cue ends within the window before {@code position}. */
  boolean precedes(ScanText text, int position) {
    return find(text, position) >= 0;
  }

  /**
   * The index (in the order given to {@link #of}) of the cue nearest before {@code position}
   * within the window, or -1. Walks back over at most the window and a few words; allocates
   * nothing.
   */
  int find(ScanText text, int position) {
    return find(text, position, null);
  }

  /**
   * {@link #find(ScanText, int)}, reusing the look-back of {@code memo} when only digits and
   * separators lie between its position and this one: the look-back from the later position sees
   * the same words, nearest first, cut off sooner by the window, so it finds the same cue while the
   * cue's word still ends inside the window, and none otherwise. The groups of one number
   * ({@code 070-123 45 67}) then cost one look-back instead of one each.
   *
   * @param memo the last look-back of this text, updated; null to look back afresh
   */
  int find(ScanText text, int position, LookBack memo) {
    if (memo != null && memo.position >= 0 && memo.position <= position && !hasLetter(text, memo.position, position)) {
      memo.position = position;
      return memo.end > position - window ? memo.cue : -1;
    }
    int found = lookBack(text, position, memo);
    if (memo != null) {
      memo.position = position;
      memo.cue = found;
    }
    return found;
  }

  private static boolean hasLetter(ScanText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Letters.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last look-back of one text, for {@link #find(ScanText, int, LookBack)}: where it looked
   * from, the cue it found and where that cue's word ends. Mutable; one per detect call.
   */
  static final class LookBack {
    private int position = -1;
    private int cue = -1;
    private int end = -1;
  }

  private int lookBack(ScanText text, int position, LookBack memo) {
    int limit = Math.max(0, position - window);
    int nearerStart = -2;
    int nearerEnd = -2;
    int words = 0;
    int i = position - 1;
    while (i >= limit && words <= MAX_WORDS_BETWEEN + 1) {
      if (!Letters.isLetter(text.charAt(i))) {
        i--;
        continue;
      }
      int end = i + 1;
      int floor = end - MAX_WORD_LENGTH;
      while (i >= 0 && i >= floor && Letters.isLetter(text.charAt(i))) {
        i--;
      }
      // A word longer than any cue ends the look-back: only its tail can still match a suffix cue.
      boolean tooLong = i >= 0 && i < floor && Letters.isLetter(text.charAt(i));
      int start = tooLong ? -1 : i + 1;
      char first = start < 0 ? 0 : toLowerCase(text.charAt(start));
      char last = toLowerCase(text.charAt(end - 1));
      long candidates = byAnyKey | (first < ASCII ? byFirst[first] : 0L) | (last < ASCII ? byLast[last] : 0L);
      for (; candidates != 0; candidates &= candidates - 1) {
        int p = Long.numberOfTrailingZeros(candidates);
        if (keys[p] != (modes[p] == SUFFIX ? last : first)) {
          continue;
        }
        String[] phrase = phrases[p];
        boolean hit = phrase.length == 1
            ? words <= MAX_WORDS_BETWEEN && matches(text, start, end, phrase[0], modes[p])
            : nearerStart != -2 && matches(text, nearerStart, nearerEnd, phrase[1], EXACT)
                && matches(text, start, end, phrase[0], EXACT);
        if (hit) {
          if (memo != null) {
            memo.end = end;
          }
          return p;
        }
      }
      if (tooLong) {
        return -1;
      }
      nearerStart = start;
      nearerEnd = end;
      words++;
    }
    return -1;
  }

  /**
   * The index of the first cue that begins within the window after {@code position}, with at
   * most a few words between ({@code "6152-123 456 789 (Handelsbanken)"},
   * {@code "… i seb"}), or -1. The look stops at the end of a sentence or line, so a cue of the
   * next sentence says nothing about this number. Allocates nothing.
   */
  int findAfter(ScanText text, int position) {
    int n = text.length();
    int limit = Math.min(n, position + window);
    int words = 0;
    int previousStart = -1;
    int previousEnd = -1;
    int i = position;
    while (i < limit && words <= MAX_WORDS_BETWEEN) {
      char c = text.charAt(i);
      if (!Letters.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n') {
          return -1;
        }
        i++;
        continue;
      }
      int start = i;
      int ceiling = start + MAX_WORD_LENGTH;
      while (i < n && i < ceiling && Letters.isLetter(text.charAt(i))) {
        i++;
      }
      if (i < n && Letters.isLetter(text.charAt(i))) {
        return -1; // longer than any cue
      }
      char first = toLowerCase(text.charAt(start));
      char last = toLowerCase(text.charAt(i - 1));
      long candidates = byAnyKey | (first < ASCII ? byFirst[first] : 0L) | (last < ASCII ? byLast[last] : 0L);
      if (previousStart >= 0) {
        char before = toLowerCase(text.charAt(previousStart));
        candidates |= before < ASCII ? byFirst[before] : 0L;
      }
      for (; candidates != 0; candidates &= candidates - 1) {
        int p = Long.numberOfTrailingZeros(candidates);
        String[] phrase = phrases[p];
        boolean hit = phrase.length == 1
            ? matches(text, start, i, phrase[0], modes[p])
            : previousStart >= 0 && matches(text, previousStart, previousEnd, phrase[0], EXACT)
                && matches(text, start, i, phrase[1], EXACT);
        if (hit) {
          return p;
        }
      }
      previousStart = start;
      previousEnd = i;
      words++;
    }
    return -1;
  }

  private static boolean matches(ScanText text, int start, int end, String cue, byte mode) {
    int n = cue.length();
    if (start < 0) {
      return mode == SUFFIX && matchesAt(text, end - n, cue);
    }
    int len = end - start;
    if (mode == EXACT ? len != n : len < n) {
      return false;
    }
    return matchesAt(text, mode == SUFFIX ? end - n : start, cue);
  }

  private static boolean matchesAt(ScanText text, int offset, String cue) {
    int n = cue.length();
    for (int k = 0; k < n; k++) {
      if (toLowerCase(text.charAt(offset + k)) != cue.charAt(k)) {
        return false;
      }
    }
    return true;
  }


  /** {@link Character#toLowerCase(char)} with a fast path for ASCII. */
  private static char toLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }
}
