package se.avid.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds Swedish bank account numbers.
 *
 * <ul>
 *   <li>IBAN: {@code SE} and 22 digits, together or in groups ({@code "SE45 5000 0000 0583 9825
 *       7466"}), checked with ISO 7064 mod 97; a wrong checksum is still reported, lower.
 *   <li>Bankgiro ({@code NNN-NNNN}, {@code NNNN-NNNN}) and plusgiro (up to eight digits,
 *       {@code -} before the last: {@code "12 34 56-6"}), with a Luhn check digit; only after a
 *       cue such as {@code "bankgiro"}, {@code "bg"}, {@code "plusgiro"}, {@code "pg"}, because
 *       bare they look like any other number.
 *   <li>Clearing and account numbers ({@code "8327-9, 914 123 456-7"}, {@code "6000 123 456
 *       789"}): digits joined by spaces or hyphens, only after {@code "konto"},
 *       {@code "kontonummer"}, {@code "bankkonto"}, {@code "clearing"}…, and not followed by a
 *       currency ({@code "kontot 150 000 kr"} is an amount).
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class BankAccountDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "bank-account";

  private static final Set<EntityType> TYPES = Set.of(EntityType.BANK_ACCOUNT);

  static final double IBAN = 0.98;
  static final double IBAN_WRONG_CHECKSUM = 0.7;
  static final double GIRO = 0.9;
  static final double GIRO_WRONG_CHECK_DIGIT = 0.75;
  static final double ACCOUNT = 0.85;

  private static final int IBAN_DIGITS = 22;
  /** The longest clearing and account number together: five-digit clearing, ten-digit account, one spare. */
  private static final int MAX_ACCOUNT_DIGITS = 16;
  private static final int MIN_ACCOUNT_DIGITS = 6;
  private static final int MIN_CLEARING_DIGITS = 4;

  private static final int CUE_WINDOW = 40;
  /** What a cue says the number after it is. */
  private enum Cue {
    BANKGIRO("bankgiro*", "bg", "bgnr", "bg nr"),
    PLUSGIRO("plusgiro*", "postgiro*", "pg", "pgnr", "pg nr"),
    CLEARING("clearing*", "clnr", "cl nr"),
    ACCOUNT("*konto", "*kontot", "kontonum*", "kontonr", "kto", "ktonr", "kontouppgift*", "iban");

    final String[] entries;

    Cue(String... entries) {
      this.entries = entries;
    }
  }

  /** Every cue in one look-up, so that each number costs one look-back; {@link #CUE_KINDS} maps entries back. */
  private static final ContextCue CUES;
  private static final Cue[] CUE_KINDS;

  static {
    List<String> entries = new ArrayList<>();
    List<Cue> kinds = new ArrayList<>();
    for (Cue cue : Cue.values()) {
      for (String entry : cue.entries) {
        entries.add(entry);
        kinds.add(cue);
      }
    }
    CUES = ContextCue.of(CUE_WINDOW, entries.toArray(new String[0]));
    CUE_KINDS = kinds.toArray(new Cue[0]);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    DigitRun run = null;
    NumberStarts starts = NumberStarts.of(text);
    int next = 0;
    for (int k = 0, count = starts.count(); k < count; k++) {
      int i = starts.position(k);
      if (i < next) {
        continue;
      }
      if (run == null) {
        run = new DigitRun(text);
      }
      int end = -1;
      int country = ibanCountryCode(text, i);
      if (country >= 0) {
        end = matchIban(run.load(starts, k, IBAN_DIGITS + 1), country, sink);
      } else if (starts.startsCleanly(k)) {
        end = matchCued(text, run.load(starts, k, MAX_ACCOUNT_DIGITS + 1), sink);
      }
      if (end > 0) {
        next = end;
      }
    }
  }

  /** The index of {@code "SE"} right before {@code digit} (or one space before it) and not inside a word, or -1. */
  private static int ibanCountryCode(ScanText text, int digit) {
    int e = DigitRun.previousVisible(text, digit - 1);
    if (e >= 0 && text.charAt(e) == ' ') {
      e = DigitRun.previousVisible(text, e - 1);
    }
    int s = e < 0 ? -1 : DigitRun.previousVisible(text, e - 1);
    if (s < 0 || !(isLetter(text.charAt(s), 'S') && isLetter(text.charAt(e), 'E'))) {
      return -1;
    }
    return text.isWordChar(DigitRun.previousVisible(text, s - 1)) ? -1 : s;
  }

  private static boolean isLetter(char c, char upper) {
    return c == upper || c == Character.toLowerCase(upper);
  }

  private static int matchIban(DigitRun run, int start, FindingSink sink) {
    // More digits after a space are another number ("… 7466 2023-01-15"); glued ones are not an IBAN.
    if (run.count() < IBAN_DIGITS || !run.canEndAfter(IBAN_DIGITS)) {
      return -1;
    }
    for (int k = 1; k < IBAN_DIGITS; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && s != DigitRun.SPACE) {
        return -1;
      }
    }
    int end = run.endOf(IBAN_DIGITS - 1);
    sink.add(start, end, EntityType.BANK_ACCOUNT, ibanChecksumHolds(run) ? IBAN : IBAN_WRONG_CHECKSUM);
    return end;
  }

  /**
   * ISO 13616: move the country code and check digits to the end, read letters as numbers
   * (S = 28, E = 14) and take the whole as a number mod 97; it must be 1.
   */
  private static boolean ibanChecksumHolds(DigitRun run) {
    int mod = 0;
    for (int k = 2; k < IBAN_DIGITS; k++) {
      mod = (mod * 10 + run.digit(k)) % 97;
    }
    mod = (mod * 100 + 28) % 97;
    mod = (mod * 100 + 14) % 97;
    mod = (mod * 10 + run.digit(0)) % 97;
    mod = (mod * 10 + run.digit(1)) % 97;
    return mod == 1;
  }

  private static int matchCued(ScanText text, DigitRun run, FindingSink sink) {
    int n = run.count();
    if (n < 2 || n > MAX_ACCOUNT_DIGITS || !run.canEndAfter(n) || !hasAccountSeparators(run)) {
      return -1;
    }
    int start = run.start();
    int end = run.endOf(n - 1);
    if (isAmount(text, end)) {
      return -1;
    }
    int cue = CUES.find(text, start);
    if (cue < 0) {
      return -1;
    }
    double score;
    switch (CUE_KINDS[cue]) {
      case BANKGIRO:
        if (!isBankgiroShape(run)) {
          return -1;
        }
        score = run.luhn(0, n) ? GIRO : GIRO_WRONG_CHECK_DIGIT;
        break;
      case PLUSGIRO:
        if (!isPlusgiroShape(run)) {
          return -1;
        }
        score = run.luhn(0, n) ? GIRO : GIRO_WRONG_CHECK_DIGIT;
        break;
      case CLEARING:
        if (n < MIN_CLEARING_DIGITS) {
          return -1;
        }
        score = ACCOUNT;
        break;
      default:
        if (n < MIN_ACCOUNT_DIGITS && !isClearingWithCheckDigit(run)) {
          return -1;
        }
        score = ACCOUNT;
        break;
    }
    sink.add(start, end, EntityType.BANK_ACCOUNT, score);
    return end;
  }

  /** Spaces and single hyphens only: no {@code +}, no line break, no {@code " - "}. */
  private static boolean hasAccountSeparators(DigitRun run) {
    for (int k = 1; k < run.count(); k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && s != DigitRun.SPACE && s != DigitRun.DASH) {
        return false;
      }
    }
    return true;
  }

  /**
   * Swedbank's five-digit clearing number {@code NNNN-N} ({@code "8327-9"}): short, but its
   * hyphen before the last digit sets it apart from an amount after {@code "kontot"}.
   */
  private static boolean isClearingWithCheckDigit(DigitRun run) {
    return run.count() == 5 && run.separatorBefore(4) == DigitRun.DASH && run.separatorBefore(1) == 0
        && run.separatorBefore(2) == 0 && run.separatorBefore(3) == 0;
  }

  /** {@code NNN-NNNN} or {@code NNNN-NNNN}, the hyphen optional. */
  private static boolean isBankgiroShape(DigitRun run) {
    int n = run.count();
    if (n != 7 && n != 8) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && !(k == n - 4 && s == DigitRun.DASH)) {
        return false;
      }
    }
    return true;
  }

  /** Two to eight digits, a hyphen before the last one or none, spaces between pairs allowed ({@code "12 34 56-6"}). */
  private static boolean isPlusgiroShape(DigitRun run) {
    int n = run.count();
    if (n > 8) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      int s = run.separatorBefore(k);
      if (s == DigitRun.DASH && k != n - 1) {
        return false;
      }
    }
    return true;
  }

  /** True when a currency or unit follows, as in {@code "150 000 kr"}, {@code "2 500:-"}, {@code "12 %"}. */
  private static boolean isAmount(ScanText text, int end) {
    int i = end;
    int n = text.length();
    while (i < n && (text.charAt(i) == ' ' || text.isIgnorable(i))) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '%' || c == '€' || c == '$' || c == '£' || (c == ':' && i + 1 < n && text.charAt(i + 1) == '-')) {
      return true;
    }
    return startsWord(text, i, "kr") || startsWord(text, i, "kronor") || startsWord(text, i, "sek")
        || startsWord(text, i, "euro") || startsWord(text, i, "eur") || startsWord(text, i, "tkr")
        || startsWord(text, i, "st");
  }

  /** True when the word at {@code i} is {@code word} (any case), followed by a non-letter. */
  private static boolean startsWord(ScanText text, int i, String word) {
    int n = word.length();
    if (i + n > text.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != word.charAt(k)) {
        return false;
      }
    }
    return i + n == text.length() || !Character.isLetter(text.charAt(i + n));
  }
}
