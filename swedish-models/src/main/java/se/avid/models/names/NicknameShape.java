package se.avid.models.names;

/**
 * The shape of a Swedish nickname: a vowel, a doubled consonant and a nickname ending, in four to
 * seven letters ({@code kattis}, {@code lollo}, {@code talle}, {@code tessan}, {@code samme}); not
 * a verb's past in {@code -dde} or {@code -tte} ("smidde", "utsatte"), which ends far more words
 * than nicknames. Stateless.
 */
public final class NicknameShape {

  /** Endings of Swedish nicknames after a doubled consonant ({@code kalle}, {@code kattis}, {@code lollo}, {@code tessan}). */
  private static final String[] ENDINGS = {"e", "is", "o", "an", "i"};

  private static final int MIN_LENGTH = 4;
  private static final int MAX_LENGTH = 7;

  private NicknameShape() {}

  /**
   * Whether the word {@code lower[start, start+length)} has a nickname's shape.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts
   * @param length its length
   * @return whether it is shaped like a nickname
   */
  public static boolean of(char[] lower, int start, int length) {
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return false;
    }
    for (String ending : ENDINGS) {
      int doubled = length - ending.length() - 2; // the first of the doubled consonants
      if (doubled < 1 || !endsWith(lower, start + length - ending.length(), ending)) {
        continue;
      }
      char c = lower[start + doubled];
      boolean past = ending.equals("e") && (c == 'd' || c == 't');
      if (c == lower[start + doubled + 1] && !NameLetters.isVowel(c) && NameLetters.isVowel(lower[start + doubled - 1]) && !past) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] lower, int from, String ending) {
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
