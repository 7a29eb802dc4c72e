package se.avid.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;
import se.avid.text.NumberEdges;
import se.avid.text.NumberStarts;
import se.avid.text.ScanText;

/**
 * Finds Swedish bank account numbers, and the IBANs of other countries.
 *
 * <ul>
 *   <li>IBAN: {@code SE} and 22 digits, together or in groups ({@code "SE45 5000 0000 0583 9825
 *       7466"}), or the country code and digits of a neighbour's or another country's IBAN
 *       ({@code "FI49 5000 9420 0287 31"}, {@link IbanCountries}), checked with ISO 7064 mod 97;
 *       a wrong checksum is still reported, lower.
 *   <li>Bankgiro ({@code NNN-NNNN}, {@code NNNN-NNNN}) and plusgiro (up to eight digits,
 *       {@code -} before the last: {@code "12 34 56-6"}), with a Luhn check digit; only after a
 *       cue such as {@code "bankgiro"}, {@code "bg"}, {@code "plusgiro"}, {@code "pg"}, because
 *       bare they look like any other number. A Swish number of a business ({@code "123 456 78
 *       90"}) after {@code "swish"}.
 *   <li>Clearing and account numbers ({@code "8327-9, 914 123 456-7"}, {@code "6000 123 456
 *       789"}): digits joined by any separator but {@code +} (spaces, hyphens, {@code " - "}, a
 *       dot, a tight comma, a line break) next to a cue, before the number ({@code "konto"},
 *       {@code "bankkontonummer"}, {@code "kto"}, {@code "clearing"}, a bank's name, a transfer:
 *       {@code "för över till"}, {@code "sätt in på"}) or after it ({@code "(Handelsbanken)"},
 *       {@code "i seb"}), and not followed by a currency ({@code "kontot 150 000 kr"} is an
 *       amount), nor a date or a span of years ({@code "kontot sedan 2021-03-04"}).
 *   <li>An OCR number after {@code "ocr"}: the payment reference of one person's bill identifies
 *       the payer, so it is reported as a bank account; an invoice number or an amount is not.
 *   <li>Without a cue, the layout only a bank account has: a clearing number of four digits
 *       (1100–9999; a phone number begins with 0) and a hyphen, or Swedbank's {@code 8NNN-N},
 *       then an account number of seven to ten digits in groups ({@code "6152-123 456 789"},
 *       {@code "5357-10 482 66"}, {@code "8327-9, 913 260 471-1"}).
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class BankAccountDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "bank-account";

  private static final Set<EntityType> TYPES = Set.of(EntityType.BANK_ACCOUNT);
  /** The key of the second run a call reads, the rest of an account after a comma ({@link DigitRun#lent}). */
  private static final Object REST = new Object();

  static final double IBAN = 0.98;
  static final double IBAN_WRONG_CHECKSUM = 0.7;
  static final double GIRO = 0.9;
  static final double GIRO_WRONG_CHECK_DIGIT = 0.75;
  static final double ACCOUNT = 0.85;
  /** A clearing-and-account layout with no cue: few other numbers look like it, but it is not checked. */
  static final double ACCOUNT_LAYOUT = 0.75;

  /** The longest clearing and account number together: five-digit clearing, ten-digit account, one spare. */
  private static final int MAX_ACCOUNT_DIGITS = 16;
  private static final int MIN_ACCOUNT_DIGITS = 6;

  private static final int CUE_WINDOW = 40;
  /** What a cue says the number after it is. */
  private enum Cue {
    BANKGIRO("bankgiro*", "bg", "bgnr", "bg nr"),
    PLUSGIRO("plusgiro*", "postgiro*", "pg", "pgnr", "pg nr"),
    CLEARING("clearing*", "clnr", "cl nr"),
    ACCOUNT("*konto", "*kontot", "kontonum*", "*kontonummer", "*kontonumret", "*kontonr", "kto", "ktonr",
        "kontouppgift*", "iban", "ocr*"),
    /** A bank's name says what kind of number stands next to it, though not as surely as "konto". */
    BANK("*bank", "*banken", "nordea", "seb", "avanza", "nordnet", "länsförsäkringar", "lansforsakringar",
        "sbab", "marginalen"),
    SWISH("swish*"),
    /**
     * A transfer names the account it goes to ({@code "för över till 6152 123 456 789"}, {@code
     * "sätt in det på …"}), but it also goes to phone numbers (Swish) and comes with amounts, so
     * it counts as a bank's name does.
     */
    TRANSFER("över till", "sätt in", "överför*", "insättning*"),
    /**
     * A case, invoice or order number's cue, nearer the number than an account's: the number is
     * that one ({@code "har spärrat kontot, diarienummer ÖFN 2023-1142"}), never an account.
     */
    OTHER_NUMBER("diarienum*", "diarienr", "dnr", "ärendenum*", "ärendenr", "fakturanum*", "fakturanr", "kundnum*",
        "kundnr", "ordernum*", "ordernr", "referensnum*", "målnummer", "målnr");

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
    DigitRun rest = null;
    ContextCue.LookBack lookBack = null;
    NumberStarts starts = NumberStarts.of(text);
    int next = 0;
    for (int k = 0, count = starts.count(); k < count; k++) {
      int i = starts.position(k);
      if (i < next) {
        continue;
      }
      if (run == null) {
        run = DigitRun.lent(text, BankAccountDetector.class);
        rest = DigitRun.lent(text, REST);
        lookBack = new ContextCue.LookBack();
      }
      int end = -1;
      int country = ibanCountryCode(text, i);
      // the country code's two letters, read once: they give the IBAN's length and its checksum
      char first = country < 0 ? 0 : text.charAt(country);
      char second = country < 0 ? 0 : text.charAt(NumberEdges.nextVisible(text, country + 1));
      int digits = country < 0 ? 0 : IbanCountries.digitsAfter(first, second);
      if (digits > 0) {
        end = matchIban(run.load(starts, k, digits + 1), country, digits, first, second, sink);
      } else if (starts.startsCleanly(k)) {
        run.load(starts, k, MAX_ACCOUNT_DIGITS + 1);
        end = matchAccount(text, run, accountAfterComma(text, starts, k, run, rest), lookBack, sink);
        if (end < 0 && run.digit(0) == 0) {
          // "073 777 48 20": a number that opens with a trunk 0 is a phone's, and its later groups
          // are no account of their own
          end = run.endOf(run.count() - 1);
        }
      }
      if (end > 0) {
        next = end;
      }
    }
  }

  /**
   * The index of two ASCII letters right before {@code digit} (or one space or hyphen before it),
   * not inside a word, the country code of an IBAN ({@code SE}, {@code FI}, {@code NO}); or -1.
   */
  private static int ibanCountryCode(ScanText text, int digit) {
    int e = NumberEdges.previousVisible(text, digit - 1);
    if (e >= 0 && (text.charAt(e) == ' ' || text.charAt(e) == '-')) {
      e = NumberEdges.previousVisible(text, e - 1);
    }
    int s = e < 0 ? -1 : NumberEdges.previousVisible(text, e - 1);
    if (s < 0 || !isAsciiLetter(text.charAt(s)) || !isAsciiLetter(text.charAt(e))) {
      return -1;
    }
    return text.isWordChar(NumberEdges.previousVisible(text, s - 1)) ? -1 : s;
  }

  private static boolean isAsciiLetter(char c) {
    char u = (char) (c & ~0x20);
    return u >= 'A' && u <= 'Z';
  }

  /**
   * The IBAN of {@code digits} digits after the country code {@code a b} at {@code start}:
   * reported, with its checksum's word on the score; returns where it ends, or -1.
   */
  private static int matchIban(DigitRun run, int start, int digits, char a, char b, FindingSink sink) {
    // More digits after a space are another number ("… 7466 2023-01-15"); glued ones are not an IBAN.
    if (run.count() < digits || !run.canEndAfter(digits)) {
      return -1;
    }
    for (int k = 1; k < digits; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && s != DigitLinks.SPACE && s != DigitLinks.DASH) {
        return -1; // "SE45 5000 …", "SE45-5000-…"
      }
    }
    int end = run.endOf(digits - 1);
    sink.add(start, end, EntityType.BANK_ACCOUNT, ibanChecksumHolds(run, digits, a, b) ? IBAN : IBAN_WRONG_CHECKSUM);
    return end;
  }

  /**
   * ISO 13616: move the country code and check digits to the end, read letters as numbers
   * (A = 10 … Z = 35: S = 28, E = 14) and take the whole as a number mod 97; it must be 1.
   */
  private static boolean ibanChecksumHolds(DigitRun run, int digits, char a, char b) {
    int mod = 0;
    for (int k = 2; k < digits; k++) {
      mod = (mod * 10 + run.digit(k)) % 97;
    }
    mod = (mod * 100 + Character.toUpperCase(a) - 'A' + 10) % 97;
    mod = (mod * 100 + Character.toUpperCase(b) - 'A' + 10) % 97;
    mod = (mod * 10 + run.digit(0)) % 97;
    mod = (mod * 10 + run.digit(1)) % 97;
    return mod == 1;
  }

  /**
   * The account number after a clearing number and a comma ({@code "8327-9, 914 123 456-7"}),
   * read into {@code rest}, or null: the comma ends a number in {@link DigitRun}, because in a
   * list of numbers it separates them, but after a bare clearing number the account follows.
   */
  private static DigitRun accountAfterComma(ScanText text, NumberStarts starts, int k, DigitRun clearing,
      DigitRun rest) {
    int n = clearing.count();
    if (clearing.separatorBefore(n) != DigitLinks.END || AccountLayouts.clearingLength(clearing) != n) {
      return null;
    }
    int i = clearing.endOf(n - 1);
    int after = k + 1; // the numbers inside this one ("8327-9": the 9) come first
    while (after < starts.count() && starts.position(after) < i) {
      after++;
    }
    if (after == starts.count()) {
      return null;
    }
    int next = starts.position(after);
    if (text.charAt(i) != ',' || next - i > 3) {
      return null;
    }
    for (int j = i + 1; j < next; j++) {
      if (text.charAt(j) != ' ' && !text.isIgnorable(j)) {
        return null;
      }
    }
    rest.load(starts, after, AccountLayouts.MAX_ACCOUNT_PART + 1);
    int checkDigit = checkDigitBeforeSpace(rest);
    if (checkDigit > 0) {
      rest.load(starts, after, checkDigit + 1); // "8105-9, 447 122 655-5 073 777 48 20": a phone number follows
    }
    int m = rest.count();
    return m >= MIN_ACCOUNT_DIGITS && m <= AccountLayouts.MAX_ACCOUNT_PART && AccountLayouts.isAccountPart(rest, 0, m) ? rest : null;
  }

  /**
   * Where an account number longer than any ends its own digits: the place of a check digit set off
   * by a hyphen and followed by a space or a line break and more digits ({@code "447 122 655-5
   * 073…"}), or -1.
   */
  private static int checkDigitBeforeSpace(DigitRun rest) {
    if (rest.count() <= AccountLayouts.MAX_ACCOUNT_PART) {
      return -1;
    }
    for (int k = MIN_ACCOUNT_DIGITS - 1; k < AccountLayouts.MAX_ACCOUNT_PART; k++) {
      if (rest.separatorBefore(k) == DigitLinks.DASH
          && (rest.separatorBefore(k + 1) & (DigitLinks.SPACE | DigitLinks.NEWLINE)) != 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Reports {@code run} (and {@code rest}, the account number after a comma, if not null) when a
   * cue next to it or its layout says it is a bank account; returns the end, or -1.
   */
  private static int matchAccount(ScanText text, DigitRun run, DigitRun rest, ContextCue.LookBack lookBack,
      FindingSink sink) {
    int n = run.count();
    DigitRun last = rest == null ? run : rest;
    int lastCount = last.count();
    if (n < 2 || n > MAX_ACCOUNT_DIGITS || !last.canEndAfter(lastCount) || !AccountLayouts.hasAccountSeparators(run)
        || rest == null && AccountLayouts.isDate(run)) {
      return -1;
    }
    int start = run.start();
    int end = last.endOf(lastCount - 1);
    if (isAmount(text, end)) {
      return -1;
    }
    double score = -1;
    // Two or three digits are a bank number only as a plusgiro number with its check digit
    // ("pg 12-3"): the look-back, most of this detector's time, is spared for "14 år", "kl 9".
    int total = n + (rest == null ? 0 : rest.count());
    int cue = total >= AccountLayouts.MIN_CLEARING_DIGITS || run.separatorBefore(n - 1) == DigitLinks.DASH ? CUES.find(text, start, lookBack) : -1;
    if (cue >= 0 && CUE_KINDS[cue] == Cue.OTHER_NUMBER) {
      return -1;
    }
    if (cue >= 0) {
      score = cuedScore(CUE_KINDS[cue], run, rest);
    }
    // After the number only a bank's name counts ("1 500 kvar på kontot" is an amount), and only
    // for a number a bank's name can stand next to.
    if (score < 0 && cuedScore(Cue.BANK, run, rest) >= 0) {
      cue = CUES.findAfter(text, end);
      if (cue >= 0 && CUE_KINDS[cue] == Cue.BANK) {
        score = ACCOUNT;
      }
    }
    if (score < 0 && AccountLayouts.isClearingAndAccount(run, rest)) {
      score = ACCOUNT_LAYOUT;
    }
    if (score < 0) {
      return -1;
    }
    sink.add(start, end, EntityType.BANK_ACCOUNT, score);
    return end;
  }

  /** The score of a number that {@code cue} stands next to, or -1 when it does not have the layout the cue calls for. */
  private static double cuedScore(Cue cue, DigitRun run, DigitRun rest) {
    int n = run.count();
    int total = n + (rest == null ? 0 : rest.count());
    switch (cue) {
      case BANKGIRO:
        return rest == null && AccountLayouts.isBankgiroShape(run) ? giroScore(run) : -1;
      case PLUSGIRO:
        return rest == null && AccountLayouts.isPlusgiroShape(run) ? giroScore(run) : -1;
      case SWISH:
        return rest == null && AccountLayouts.isSwishNumber(run) ? ACCOUNT : -1;
      case CLEARING:
        return n >= AccountLayouts.MIN_CLEARING_DIGITS ? ACCOUNT : -1;
      case BANK:
      case TRANSFER:
        // "lånade 2 000 000 av SBAB" is an amount; a clearing number begins with 1–9
        return run.digit(0) != 0 && !(rest == null && AccountLayouts.isThousandsGrouped(run))
            && (total >= AccountLayouts.MIN_ACCOUNT_PART || AccountLayouts.isClearingWithCheckDigit(run)) ? ACCOUNT : -1;
      default:
        // "kontot har 1.500.000": an amount written with dots
        return (total >= MIN_ACCOUNT_DIGITS || AccountLayouts.isClearingWithCheckDigit(run))
            && !(rest == null && AccountLayouts.hasSeparator(run, DigitLinks.PUNCT) && AccountLayouts.isThousandsGrouped(run)) ? ACCOUNT : -1;
    }
  }

  private static double giroScore(DigitRun run) {
    return run.luhn(0, run.count()) ? GIRO : GIRO_WRONG_CHECK_DIGIT;
  }

  /** True when a currency or unit follows, as in {@code "150 000 kr"}, {@code "2 500:-"}, {@code "12 %"}. */
  static boolean isAmount(ScanText text, int end) {
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
