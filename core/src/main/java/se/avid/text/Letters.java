package se.avid.text;

/**
 * {@link Character#isLetter(char)} for the chars of a Swedish post: ASCII by range, the rest of
 * Latin-1 (å, ä, ö, é) by a table built once, anything beyond by asking {@link Character}. The
 * detectors' look-backs ask it for every char they pass. Stateless.
 */
public final class Letters {

  private Letters() {}

  /** {@link Character#isLetter(char)} of every Latin-1 char. */
  private static final boolean[] LATIN1_LETTER = new boolean[0x100];

  static {
    for (char c = 0; c < LATIN1_LETTER.length; c++) {
      LATIN1_LETTER[c] = Character.isLetter(c);
    }
  }

  /**
   * Whether {@code c} is a letter in any script, as {@link Character#isLetter(char)} says.
   *
   * @param c a char
   * @return whether it is a letter
   */
  public static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c < 0x100 ? LATIN1_LETTER[c] : Character.isLetter(c);
  }
}
