package se.avid.detect.identity;

/**
 * The countries whose IBAN is two letters, two check digits and a national part of digits only,
 * with the number of digits after the letters (ISO 13616, the SWIFT IBAN registry): the accounts
 * of the neighbours and of the countries people in Sweden send money to or come from
 * ({@code FI49 5000 9420 0287 31}, {@code NO93 8601 1117 947}, {@code DK50 0040 0440 1162 43}).
 * Countries whose national part holds letters (the United Kingdom, the Netherlands, Ireland) are
 * left out: a run of digits cannot hold them; so are those of more than 23 digits (Poland,
 * Hungary, Greece, Ukraine), longer than one {@link se.avid.text.DigitRun} reads. Stateless.
 */
final class IbanCountries {

  private IbanCountries() {}

  /** Per pair of letters ({@code (a - 'A') * 26 + (b - 'A')}), the digits after them; 0 for none. */
  private static final byte[] DIGITS = new byte[26 * 26];

  static {
    String[] countries = {
      "SE22", "FI16", "NO13", "DK16", "FO16", "GL16", "DE20", "AT18", "BE14", "CH19", "CZ22", "SK22", "SI17",
      "HR19", "EE18", "LT18", "ES22", "PT23", "BA18", "RS20", "ME20", "MK17", "TN22", "IL21", "SA22", "AE21", "TL21"
    };
    for (String c : countries) {
      DIGITS[(c.charAt(0) - 'A') * 26 + (c.charAt(1) - 'A')] = (byte) Integer.parseInt(c.substring(2));
    }
  }

  /**
   * The digits after the letters of an IBAN of the country {@code a b} (in either case), or 0
   * when its IBAN is not digits only or it has none.
   */
  static int digitsAfter(char a, char b) {
    int x = Character.toUpperCase(a) - 'A';
    int y = Character.toUpperCase(b) - 'A';
    return x < 0 || x >= 26 || y < 0 || y >= 26 ? 0 : DIGITS[x * 26 + y];
  }
}
