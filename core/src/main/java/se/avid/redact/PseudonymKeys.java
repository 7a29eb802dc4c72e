package se.avid.redact;

import se.avid.EntityType;
import se.avid.text.TextNormalizer;

/**
 * Reduces a found value to the key that identifies the same person or thing however it is written,
 * so that {@code Anna}, {@code ANNA} and {@code Annas} share one pseudonym, and so do
 * {@code 070-123 45 67}, {@code 0701234567} and {@code +46 70 123 45 67}. Stateless and thread-safe.
 *
 * <p>Rules, by type:
 * <ul>
 *   <li>numbers (personnummer, phone, card, account, postal code, registration, IP, date of birth):
 *       letters and digits only, lowercased; a phone number's country code {@code +46}/{@code 0046}
 *       becomes the trunk {@code 0}; a 12-digit personnummer loses its century;</li>
 *   <li>names and places: lowercased, separators collapsed to one space, one genitive
 *       {@code -s}/{@code :s} dropped. This is stateless, so {@code Andreas} and {@code Andrea}
 *       share a key, as do {@code Lars} and {@code Lar}: a rare readability cost, never a leak;</li>
 *   <li>everything else: lowercased, separators collapsed.</li>
 * </ul>
 */
final class PseudonymKeys {

  private PseudonymKeys() {}

  static String of(EntityType type, CharSequence value) {
    char[] chars = TextNormalizer.normalize(value);
    // if-chains, not a switch: EntityType is an open class, and custom types take the default.
    if (type == EntityType.PERSONNUMMER || type == EntityType.SAMORDNINGSNUMMER
        || type == EntityType.ORGANISATIONSNUMMER) {
      return withoutCentury(alphanumeric(chars));
    }
    if (type == EntityType.PHONE) {
      return nationalPhone(chars);
    }
    if (type == EntityType.POSTAL_CODE || type == EntityType.PAYMENT_CARD || type == EntityType.BANK_ACCOUNT
        || type == EntityType.VEHICLE_REGISTRATION || type == EntityType.IP_ADDRESS
        || type == EntityType.DATE_OF_BIRTH) {
      return alphanumeric(chars);
    }
    if (type == EntityType.NAME || type == EntityType.PLACE) {
      return withoutGenitive(TextNormalizer.foldWords(chars));
    }
    return TextNormalizer.foldWords(chars);
  }

  private static String alphanumeric(char[] chars) {
    StringBuilder sb = new StringBuilder(chars.length);
    for (char c : chars) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static String withoutCentury(String digits) {
    if (digits.length() == 12 && (digits.startsWith("19") || digits.startsWith("20") || digits.startsWith("18"))) {
      return digits.substring(2);
    }
    return digits;
  }

  private static String nationalPhone(char[] chars) {
    boolean plus = false;
    for (char c : chars) {
      if (c == '+') {
        plus = true;
        break;
      }
    }
    String digits = alphanumeric(chars);
    String national = null;
    if (digits.startsWith("0046")) {
      national = digits.substring(4);
    } else if (plus && digits.startsWith("46")) {
      national = digits.substring(2);
    }
    if (national == null) {
      return digits;
    }
    return national.startsWith("0") ? national : "0" + national;
  }

  private static String withoutGenitive(String key) {
    if (key.length() > 3 && key.endsWith(":s")) {
      return key.substring(0, key.length() - 2);
    }
    if (key.length() > 2 && key.endsWith("s")) {
      return key.substring(0, key.length() - 1);
    }
    return key;
  }
}
