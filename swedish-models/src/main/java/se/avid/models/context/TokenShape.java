package se.avid.models.context;

/**
 * The shape of a token for the context model: {@code Xx} capitalised, {@code XX} all capitals,
 * {@code X} one capital, {@code x} lowercase, {@code d} with digits, {@code p} punctuation only,
 * {@code m} mixed; and the shape features' names. Stateless.
 */
final class TokenShape {

  private TokenShape() {}

  /** The shapes {@link #shapeCode} numbers, in its order. */
  static final String[] SHAPES = {"d", "p", "x", "XX", "X", "Xx", "m"};
  private static final int DIGITS = 0;
  private static final int PUNCTUATION = 1;
  private static final int LOWER = 2;
  private static final int ALL_CAPS = 3;
  private static final int CAPITAL = 4;
  private static final int CAPITALISED = 5;
  private static final int MIXED = 6;

  static final String[] SHAPE_FEATURES = prefixed("sh=");
  static final String[] INITIAL_SHAPE_FEATURES = prefixed("ini&sh=");
  static final String[] MIDDLE_SHAPE_FEATURES = prefixed("mid&sh=");
  static final String[] PREVIOUS_SHAPE_FEATURES = prefixed("p1sh=");
  static final String[] NEXT_SHAPE_FEATURES = prefixed("n1sh=");

  private static String[] prefixed(String prefix) {
    String[] out = new String[SHAPES.length];
    for (int i = 0; i < SHAPES.length; i++) {
      out[i] = prefix + SHAPES[i];
    }
    return out;
  }

  /** The index in {@link #SHAPES} of the shape of {@code token}. */
  static int shapeCode(String token) {
    return shapeCode(token, 0, token.length());
  }

  /** {@link #shapeCode(String)} of {@code text[start, end)}: the one definition of the shapes. */
  static int shapeCode(String text, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII, the common case: the same classes as the Character tests below
        if (c >= 'a' && c <= 'z') {
          lower = true;
        } else if (c >= 'A' && c <= 'Z') {
          upper = true;
        } else if (c >= '0' && c <= '9') {
          digit = true;
        } else {
          other = true;
        }
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        lower = true;
      } else {
        other = true;
      }
    }
    if (digit) {
      return DIGITS;
    }
    if (!upper && !lower) {
      return other ? PUNCTUATION : LOWER;
    }
    if (!upper) {
      return LOWER;
    }
    if (!lower) {
      return end - start > 1 ? ALL_CAPS : CAPITAL;
    }
    return Character.isUpperCase(text.charAt(start)) ? CAPITALISED : MIXED;
  }
}
