package se.avid.models.places;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Street addresses whose street name has no street ending ({@code Skogsbrynet 4}, {@code Fittja
 * gård 19}), known by where they stand: after an address cue ({@code Adress: …}, {@code bor på …})
 * or before a postal code on the same line ({@code Skogsbrynet 4, 746 30 Bålsta}). Without such
 * context a capitalised word and a number is too often something else (a product, a room, a
 * bus line), so it is left alone. Stateless and thread-safe.
 */
final class AddressLines {

  /** A street name has at most this many words before its number ({@code Övre Fittja gård 19}). */
  private static final int MAX_WORDS = 3;

  private AddressLines() {}

  /**
   * The char end of the address that starts with the capitalised word {@code t}, or -1 when the
   * words from {@code t} are not followed by a house number in an address context.
   */
  static int unnamedStreetEnd(Tokens tokens, int t) {
    if (tokens.has(t, Tokens.ALL_CAPS)) {
      return -1;
    }
    for (int u = t; u < t + MAX_WORDS && tokens.isWord(u); u++) {
      int end = StreetAddressDetector.houseNumberEnd(tokens, u);
      if (end > 0) {
        if (beforePostalCode(tokens, u, end)) {
          return end;
        }
        // "bor på Hisingen 3 dagar i veckan": a number with a unit is a count, not a house
        // "bor i Lillbyn 12": a village and its house number, as rural addresses are written
        // "flyttade till Slite 2021": with no street ending and no postal code, a year is the year
        return (AddressCues.before(tokens, t) || u == t && AddressCues.livingIn(tokens, t)) && !beforeUnit(tokens, u + 1)
            && !yearLike(tokens, u + 1) ? end : -1;
      }
      if (!tokens.adjacent(u)) {
        return -1;
      }
    }
    return -1;
  }

  /** Token {@code n} is a number of four digits from 1900 to 2039: a year. */
  static boolean yearLike(Tokens tokens, int n) {
    if (n >= tokens.size() || tokens.kind(n) != Tokens.NUMBER || tokens.length(n) != 4) {
      return false;
    }
    int s = tokens.start(n);
    int value = 0;
    for (int i = s; i < s + 4; i++) {
      value = value * 10 + (tokens.charAt(i) - '0');
    }
    return value >= 1900 && value <= 2039;
  }

  /**
   * True when a number follows one of the {@value #MAX_WORDS} tokens from {@code t} on: every
   * address of this class needs one ({@link #unnamedStreetEnd}, {@link #lowercaseStreetEnd},
   * {@link #lowercaseAfterAddressWord}), and most words have none, so this cheap test goes first.
   */
  static boolean numberAhead(Tokens tokens, int t) {
    for (int u = t + 1; u <= t + MAX_WORDS; u++) {
      if (tokens.kind(u) == Tokens.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /**
   * The char end of the address that starts with the lowercase word {@code t} (no ordinary word:
   * the caller checks), or -1: only a word, a house number and a postal code grouped as one
   * ({@code skogsbrynet 4, 746 30}), since in lowercase nothing else sets a street name apart.
   */
  static int lowercaseStreetEnd(Tokens tokens, int t) {
    int end = StreetAddressDetector.houseNumberEnd(tokens, t);
    return end > 0 && tokens.length(t) >= MIN_LOWERCASE_STREET && beforeGroupedPostalCode(tokens, t, end) ? end : -1;
  }

  /**
   * The char end of the address that starts with the lowercase word {@code t} right after a word
   * that says an address follows ({@code adress: fittja gård 19}), or -1: up to
   * {@value #MAX_WORDS} words and a house number that is no count. Only the address words, not
   * "bor på": in lowercase, "bor på hotell 3 nätter" looks the same.
   */
  static int lowercaseAfterAddressWord(Tokens tokens, int t) {
    if (tokens.is(t, "är") || !(AddressCues.afterAddressWord(tokens, t) || tokens.is(t - 1, "är") && AddressCues.afterAddressWord(tokens, t - 1))) {
      return -1;
    }
    for (int u = t; u < t + MAX_WORDS && tokens.isWord(u); u++) {
      int end = StreetAddressDetector.houseNumberEnd(tokens, u);
      if (end > 0) {
        // "skriven på adressen sedan 2004": four digits are a year, no house
        int number = StreetAddressDetector.houseNumberToken(tokens, u);
        return beforeUnit(tokens, u + 1) || tokens.length(number) > MAX_CUED_HOUSE_NUMBER_DIGITS ? -1 : end;
      }
      if (!tokens.adjacent(u)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The char end of what may be an address that starts with the lowercase word {@code t} right
   * after a verb of living or moving or another cue of a home ({@link AddressCues#homeBefore}:
   * {@code bor på djäkneberget 4 lgh 1102}, {@code bodde på skogsbrynet 4}, {@code en trea på
   * björkliden 7}), or -1: the word and a house number of at most three digits that is no count
   * ({@code bor på hotell 3 nätter}) nor a year ({@code flyttade till malmö 2019}). Whether it
   * surely is one, {@link #homeAfterNumber} and the word tell.
   */
  static int lowercaseAfterLivingCue(Tokens tokens, int t) {
    if (!AddressCues.homeBefore(tokens, t) || tokens.is(t, "på") || tokens.is(t, "till")) {
      return -1; // "bor på nummer 5": the preposition of the cue, not a street
    }
    return lowercaseHouseNumberEnd(tokens, t);
  }

  /**
   * The char end of the house number after the lowercase word {@code t}, or -1: none, or one that
   * counts ("3 dagar") or has more than {@value #MAX_CUED_HOUSE_NUMBER_DIGITS} digits (a year).
   */
  static int lowercaseHouseNumberEnd(Tokens tokens, int t) {
    int end = StreetAddressDetector.houseNumberEnd(tokens, t);
    if (end <= 0) {
      return -1;
    }
    int number = StreetAddressDetector.houseNumberToken(tokens, t);
    return beforeUnit(tokens, number) || tokens.length(number) > MAX_CUED_HOUSE_NUMBER_DIGITS ? -1 : end;
  }

  /**
   * True when the address from word {@code t} to {@code end} has more than a house number: a
   * letter, a range, or a floor, flat or entrance part ({@code 4 lgh 1102}, {@code 31 b}), which
   * only homes have.
   */
  static boolean homeAfterNumber(Tokens tokens, int t, int end) {
    return end > tokens.end(StreetAddressDetector.houseNumberToken(tokens, t));
  }

  /** A longer number after "bor på x" is a year ("flyttade till malmö 2019"), not a house. */
  private static final int MAX_CUED_HOUSE_NUMBER_DIGITS = 3;

  /** The shortest lowercase word taken for a street name before a postal code. */
  private static final int MIN_LOWERCASE_STREET = 4;

  /** Words after a number that make it a count or an amount, or a day of a date ("sedan 3 februari"). */
  private static final WordSieve UNITS = WordSieve.of(
    "år", "dagar", "dag", "veckor", "vecka", "månader", "timmar", "gånger", "ggr", "st", "kr", "kronor", "barn", "min",
    "minuter", "km", "mil", "meter", "personer", "nätter", "natt", "dygn", "månad", "timme", "veckan", "dagarna",
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december"
  );

  /** True when the word after token {@code number} is a unit ({@code 3 dagar}, {@code 12 kr}) or a month. */
  static boolean beforeUnit(Tokens tokens, int number) {
    return UNITS.has(tokens, number + 1);
  }

  /** A postal code ({@code 746 30}, {@code 74630}) after the number, with a comma or spaces between. */
  private static boolean beforePostalCode(Tokens tokens, int street, int end) {
    return postalCodeAfter(tokens, street, end, false);
  }

  /** A postal code grouped as one ({@code 746 30}) after the number, with a comma or spaces between. */
  private static boolean beforeGroupedPostalCode(Tokens tokens, int street, int end) {
    return postalCodeAfter(tokens, street, end, true);
  }

  private static boolean postalCodeAfter(Tokens tokens, int street, int end, boolean groupedOnly) {
    int v = street + 1;
    while (v < tokens.size() && tokens.end(v) <= end) {
      v++;
    }
    if (tokens.isPunct(v, ',')) {
      v++;
    }
    if (v >= tokens.size() || tokens.kind(v) != Tokens.NUMBER) {
      return false;
    }
    if (tokens.length(v) == 5) {
      return !groupedOnly;
    }
    return tokens.length(v) == 3 && tokens.adjacent(v) && v + 1 < tokens.size() && tokens.kind(v + 1) == Tokens.NUMBER
        && tokens.length(v + 1) == 2;
  }
}
