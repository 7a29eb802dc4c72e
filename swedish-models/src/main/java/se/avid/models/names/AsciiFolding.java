package se.avid.models.names;

import se.avid.models.lexicon.SwedishLexicon;

/**
 * Reads a word typed without å, ä and ö ({@code nagot}, {@code slar}, {@code vasteras}) as the
 * words it may stand for: every {@code a} may be {@code å} or {@code ä}, every {@code o} may be
 * {@code ö}. Bounded: at most {@value #MAX_FOLDS} such letters are tried (3^4 = 81 look-ups).
 * Stateless.
 */
public final class AsciiFolding {

  /** Letters tried per word; longer words with more are left as they are. */
  public static final int MAX_FOLDS = 4;

  /** What a folded word turned out to be. */
  public enum Reading {
    /** No variant is known. */
    UNKNOWN,
    /** A variant is an ordinary word, read through the stemmer ("plåten" of "platen"). */
    WORD,
    /** A variant is a frequent word form or a dictionary stem as it stands ("något" of "nagot"). */
    LISTED_WORD,
    /** A variant is a name or a place and no variant is an ordinary word. */
    NAME_OR_PLACE
  }

  private AsciiFolding() {}

  /**
   * The best reading of the lowercase word {@code chars[start, start+length)} with å, ä, ö put
   * back; {@link Reading#UNKNOWN} for a word with none of {@code a}, {@code o} or too many.
   *
   * @param lexicon the lexicon that knows the words, names and places
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param nameOrPlace the lexicon categories that count as a name or place
   * @return what the word is with its letters put back
   */
  public static Reading read(SwedishLexicon lexicon, char[] chars, int start, int length, long nameOrPlace) {
    int[] positions = new int[MAX_FOLDS];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[start + i];
      if (c > 'z') {
        return Reading.UNKNOWN; // already has its own letters
      }
      if (c == 'a' || c == 'o') {
        if (n == MAX_FOLDS) {
          return Reading.UNKNOWN;
        }
        positions[n++] = i;
      }
    }
    if (n == 0) {
      return Reading.UNKNOWN;
    }
    char[] word = new char[length];
    char[] scratch = new char[length + 1];
    Reading best = Reading.UNKNOWN;
    int variants = 1;
    for (int i = 0; i < n; i++) {
      variants *= 3;
    }
    for (int v = 1; v < variants; v++) { // v = 0 is the word as written
      System.arraycopy(chars, start, word, 0, length);
      int code = v;
      boolean valid = true;
      for (int i = 0; i < n; i++) {
        int choice = code % 3;
        code /= 3;
        char c = word[positions[i]];
        if (c == 'o' && choice == 2) {
          valid = false; // o has one folded form only
          break;
        }
        word[positions[i]] = choice == 0 ? c : c == 'o' ? 'ö' : choice == 1 ? 'å' : 'ä';
      }
      if (!valid) {
        continue;
      }
      long facts = lexicon.facts(word, 0, length);
      if (SwedishLexicon.isFrequentOrListedWord(facts)) {
        return Reading.LISTED_WORD;
      }
      if (lexicon.isCommonWord(facts, word, 0, length, scratch)) {
        best = Reading.WORD; // a stemmed reading: a listed form among the other variants says more
      } else if ((SwedishLexicon.categories(facts) & nameOrPlace) != 0 && best == Reading.UNKNOWN) {
        best = Reading.NAME_OR_PLACE;
      }
    }
    return best;
  }
}
