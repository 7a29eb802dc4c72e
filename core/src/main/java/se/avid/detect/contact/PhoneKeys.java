package se.avid.detect.contact;

/**
 * Phone numbers as keys that keep leading zeros, so that a kept number (a helpline) is
 * recognised whatever its grouping and whether it is written {@code +46 …}, {@code 0046 …} or
 * {@code 0…}: {@link PhoneNumberDetector} compares keys, never text. Stateless.
 */
final class PhoneKeys {

  private PhoneKeys() {}

  /** A number as a long that keeps leading zeros: a 1, then the digits. */
  static long keyOf(char[] d, int from, int to) {
    long key = 1;
    for (int i = from; i < to; i++) {
      key = key * 10 + (d[i] - '0');
    }
    return key;
  }

  /** The key of {@code 0} followed by {@code d[from..to)}. */
  static long withTrunkZero(char[] d, int from, int to) {
    long key = 10; // "1" + "0"
    for (int i = from; i < to; i++) {
      key = key * 10 + (d[i] - '0');
    }
    return key;
  }

  /** The key of a kept number as written by a user: separators ignored, {@code +46}/{@code 0046} turned into {@code 0}. */
  static long keyOf(String number) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (Character.isDigit(c)) {
        digits.append((char) ('0' + Character.digit(c, 10)));
      } else if (c == '(' && i + 2 < number.length() && number.charAt(i + 1) == '0' && number.charAt(i + 2) == ')') {
        i += 2; // "+46 (0)8": the trunk 0 in parentheses is dropped
      }
    }
    String s = digits.toString();
    String trimmed = number.strip();
    if (trimmed.startsWith("+46") || s.startsWith("0046")) {
      s = "0" + s.substring(trimmed.startsWith("+46") ? 2 : 4);
      if (s.startsWith("00")) {
        s = s.substring(1); // "+46 08-…": the trunk 0 written after the country code
      }
    }
    if (s.isEmpty() || s.length() > PhoneNumberDetector.MAX_DIGITS) {
      throw new IllegalArgumentException("a kept number must have 1 to " + PhoneNumberDetector.MAX_DIGITS + " digits");
    }
    char[] d = s.toCharArray();
    return keyOf(d, 0, d.length);
  }
}
