package se.avid.models.review;

import java.util.Set;
import java.util.stream.Collectors;
import se.avid.detect.contact.PhoneNumberDetector;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Runs of digits left in a post that may be a phone, account or card number: at least
 * {@value #MIN_DIGITS} digits joined by single spaces and dashes ({@code 913 260 471-1}), or
 * {@value #MIN_CUED_DIGITS} right after a cue ({@code tel 45 81}), that are no amount, no service
 * number ({@code 020-50 50 50}) and no number the phone detector keeps. Stateless.
 */
final class DigitRuns {

  private DigitRuns() {}

  /** Digits in a run that may be a phone, account or card number; shorter runs are ages, amounts, years. */
  static final int MIN_DIGITS = 7;

  /** Digits in a run right after a cue ({@code tel}, {@code konto}) that may be a personal number. */
  static final int MIN_CUED_DIGITS = 4;

  /** Words after which a number is a personal one ("tel 0701234", "kontonr 1234-5678"). */
  private static final WordSieve NUMBER_CUES = WordSieve.of("pnr", "personnr", "personnummer", "tel", "telnr", "tfn",
      "mobil", "mobilnr", "nr", "nummer", "konto", "kontonr", "kontonummer", "clearing", "clearingnr", "kortnr", "ocr",
      "ssn");

  /**
   * Freephone (020), shared-cost (077) and premium (0900, 0939, 0944) numbers belong to services,
   * never to a person.
   */
  private static final String[] SERVICE_PREFIXES = {"020", "077", "0900", "0939", "0944"};

  private static final WordSieve CURRENCY = WordSieve.of("kr", "kronor", "sek", "euro", "dollar");

  /** The last token of the run of numbers that starts at token {@code first}, joined by single spaces and dashes. */
  static int lastToken(Tokens tokens, int first) {
    int last = first;
    while (true) {
      if (last + 1 < tokens.size() && tokens.kind(last + 1) == Tokens.NUMBER && tokens.adjacent(last)) {
        last++;
      } else if (last + 2 < tokens.size() && tokens.kind(last + 2) == Tokens.NUMBER && joins(tokens, last)) {
        last += 2;
      } else {
        return last;
      }
    }
  }

  /**
   * True when the run of tokens {@code first..last} has enough digits for a personal number and is
   * no amount and no service number.
   */
  static boolean mayBePersonal(Tokens tokens, int first, int last) {
    int digits = digits(tokens, first, last);
    boolean enough = digits >= MIN_DIGITS || digits >= MIN_CUED_DIGITS && isAfterNumberCue(tokens, first);
    return enough && !isAmount(tokens, last + 1) && !isServiceNumber(tokens, first) && !isYearsOrDate(tokens, first, last)
        && !isKeptNumber(tokens, first, last);
  }

  /** The digits of the helplines and public numbers that the phone detector keeps by default. */
  private static final Set<String> KEPT_NUMBERS = PhoneNumberDetector.DEFAULT_KEPT_NUMBERS.stream()
      .map(number -> number.replaceAll("[^0-9]", "")).collect(Collectors.toUnmodifiableSet());

  /** True when the run is a number the phone detector keeps ({@code 010-456 67 00}, Giftinformationscentralen). */
  private static boolean isKeptNumber(Tokens tokens, int first, int last) {
    StringBuilder digits = new StringBuilder(16);
    for (int t = first; t <= last; t++) {
      if (tokens.kind(t) == Tokens.NUMBER) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
          digits.append(tokens.charAt(i));
        }
      }
    }
    return KEPT_NUMBERS.contains(digits.toString());
  }

  /**
   * True when the run is two years joined by a dash ({@code 2007-2009}, {@code 1752 – 1790}) or a
   * date written year first ({@code 1990-02-08}): periods and dates, never a personal number.
   */
  private static boolean isYearsOrDate(Tokens tokens, int first, int last) {
    if (tokens.length(first) != YEAR_DIGITS || !isYear(tokens, first)) {
      return false;
    }
    if (last == first + 2) {
      return tokens.length(last) == YEAR_DIGITS && isYear(tokens, last); // "2007-2009"
    }
    return last == first + 4 && tokens.length(first + 2) == 2 && tokens.length(last) == 2
        && tokens.isPunct(first + 1, '-') && tokens.isPunct(first + 3, '-'); // "1990-02-08"
  }

  private static final int YEAR_DIGITS = 4;

  /** A year of the last millennium or this one: begins with 1 or 2. */
  private static boolean isYear(Tokens tokens, int t) {
    char c = tokens.charAt(tokens.start(t));
    return c == '1' || c == '2';
  }

  /** True when the run {@code first..last} is short enough to be personal only for the cue before it. */
  static boolean isCued(Tokens tokens, int first, int last) {
    return digits(tokens, first, last) < MIN_DIGITS;
  }

  private static int digits(Tokens tokens, int first, int last) {
    int digits = 0;
    for (int t = first; t <= last; t++) {
      if (tokens.kind(t) == Tokens.NUMBER) {
        digits += tokens.length(t);
      }
    }
    return digits;
  }

  /**
   * True when the number at token {@code first} follows a cue for a personal number ("tel",
   * "konto", "pnr"), with at most a colon or a full stop between.
   */
  private static boolean isAfterNumberCue(Tokens tokens, int first) {
    int p = first - 1;
    if (tokens.isPunct(p, ':') || tokens.isPunct(p, '.')) {
      p--;
    }
    return tokens.isWord(p) && NUMBER_CUES.has(tokens, p);
  }

  /** True when token {@code t + 1} is a dash that joins two numbers, at most a space either side. */
  private static boolean joins(Tokens tokens, int t) {
    return tokens.isPunct(t + 1, '-')
        && tokens.start(t + 1) - tokens.end(t) <= 1 && tokens.start(t + 2) - tokens.end(t + 1) <= 1;
  }

  private static boolean isServiceNumber(Tokens tokens, int first) {
    for (String prefix : SERVICE_PREFIXES) {
      if (tokens.length(first) >= prefix.length() && startsWith(tokens, tokens.start(first), prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(Tokens tokens, int start, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (tokens.charAt(start + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAmount(Tokens tokens, int t) {
    return CURRENCY.has(tokens, t) || tokens.isPunct(t, ':');
  }
}
