package se.avid;

import java.util.Locale;

/**
 * Explanations the pipeline gives findings whose detector gave none: the detector and its score,
 * and for the numbers avid checks by checksum (personnummer, samordningsnummer, payment cards)
 * whether the Luhn check digit holds, which is why a score is high or lower. Never the found value.
 */
final class Explanations {

  private Explanations() {}

  /** {@code f} with an explanation: its detector's, else one made here. */
  static Finding explained(Finding f, String text) {
    if (!f.explanation().isEmpty()) {
      return f;
    }
    StringBuilder why = new StringBuilder();
    EntityType t = f.type();
    if (t == EntityType.PERSONNUMMER || t == EntityType.SAMORDNINGSNUMMER || t == EntityType.PAYMENT_CARD) {
      int digits = t == EntityType.PAYMENT_CARD ? Integer.MAX_VALUE : 10;
      why.append(luhnHolds(text, f.start(), f.end(), digits) ? "Luhn check digit holds"
          : "Luhn check digit does not hold (redacted all the same: a mistyped number is still personal data)");
      why.append("; ");
    }
    why.append("found by '").append(f.detector()).append("' with score ")
        .append(String.format(Locale.ROOT, "%.2f", f.score()));
    return f.withExplanation(why.toString());
  }

  /**
   * Whether {@code explanation} is safe to keep: it does not repeat the found value (ignoring case),
   * for a value of three chars or more (shorter ones would match ordinary words).
   */
  static boolean safe(String explanation, String text, int start, int end) {
    if (end - start < 3) {
      return true;
    }
    String value = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
    return value.length() < 3 || !explanation.toLowerCase(Locale.ROOT).contains(value);
  }

  /** The Luhn (mod 10) check over the last {@code maxDigits} digits of the span, the last being the check digit. */
  static boolean luhnHolds(String text, int start, int end, int maxDigits) {
    int sum = 0;
    int seen = 0;
    for (int i = end - 1; i >= start && seen < maxDigits; i--) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int d = c - '0';
        if (seen % 2 == 1) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
        seen++;
      }
    }
    return seen >= 2 && sum % 10 == 0;
  }
}
