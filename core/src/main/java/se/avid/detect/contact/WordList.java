package se.avid.detect.contact;

import java.util.Arrays;
import se.avid.text.ScanText;

/**
 * A fixed list of lowercase words, for asking many times whether a word of the text is one of
 * them, in any case: {@link ScanSupport#wordIn} with the words grouped by their first char, so a
 * look-up compares the few words of that letter instead of all (the phone detector asks for every
 * word before every number, against some seventy cue words). Immutable and thread-safe.
 */
final class WordList {

  private static final String[] NONE = {};

  /** Per first char (Latin-1), the words that begin with it. */
  private final String[][] byFirst = new String[0x100][];
  /** The words whose first char lies above Latin-1. */
  private final String[] others;
  private final boolean hasEmpty;

  /**
   * A list of {@code lowerWords}.
   *
   * @param lowerWords lowercase words
   */
  WordList(String... lowerWords) {
    Arrays.fill(byFirst, NONE);
    String[] above = NONE;
    boolean empty = false;
    for (String w : lowerWords) {
      if (w.isEmpty()) {
        empty = true;
        continue;
      }
      char first = w.charAt(0);
      if (first < byFirst.length) {
        byFirst[first] = append(byFirst[first], w);
      } else {
        above = append(above, w);
      }
    }
    this.others = above;
    this.hasEmpty = empty;
  }

  private static String[] append(String[] words, String w) {
    String[] out = Arrays.copyOf(words, words.length + 1);
    out[words.length] = w;
    return out;
  }

  /**
   * True when the word {@code [start, end)} is one of the list, in any case: what
   * {@link ScanSupport#wordIn} says of the same words.
   *
   * @param t the text
   * @param start the word's first index
   * @param end the index after it
   * @return whether it is listed
   */
  boolean contains(ScanText t, int start, int end) {
    int len = end - start;
    if (len <= 0 || start < 0 || end > t.length()) {
      return len == 0 && start >= 0 && end <= t.length() && hasEmpty;
    }
    char first = ScanSupport.toLowerCase(t.charAt(start));
    for (String w : first < byFirst.length ? byFirst[first] : others) {
      if (w.length() == len && w.charAt(0) == first && ScanSupport.matchesIgnoreCase(t, start, w)) {
        return true;
      }
    }
    return false;
  }
}
