package se.avid.detect.identity;

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
 * Finds Swedish personnummer and samordningsnummer as they are typed in informal posts.
 *
 * <p>Accepted: ten digits {@code YYMMDD-NNNC} and twelve digits {@code YYYYMMDD-NNNC}, with
 * {@code -}, {@code +} (age 100 or more), a space, any dash, or nothing between date and
 * serial ({@code "850412-1234"}, {@code "8504121234"}, {@code "850412 – 1234"},
 * {@code "19850412-1234"}, {@code "19 850412 1234"}), one line break anywhere inside, and
 * zero-width chars anywhere. The date must exist; a samordningsnummer has 60 added to the day.
 * Any other grouping that {@link DigitRun} joins ({@code "85 04 12-1234"}, {@code "85.04.12/1234"},
 * {@code "1985-04-12-1234"}, every digit spaced) is a personnummer too, whatever its check digit,
 * with the scores {@value #SCATTERED_VALID} and {@value #SCATTERED}; so is a number followed by
 * more digits after a separator ({@code "850412-1234-12"}). Four digits after a cue for the last
 * four ({@code "sista fyra 1234"}) are reported as a personnummer with {@value #CUED}, and so is
 * the date just before that cue ({@code "850412, sista fyra 1234"}); a date and
 * three digits ({@code "850412-123"}), a number with a digit missing, with {@value #DIGIT_MISSING}
 * (for review), or {@value #CUED} after a cue.
 * Nine digits and a letter typed for a digit at either end ({@code O7O524-5793},
 * {@code 650602-759o}) are a personnummer with {@value #SCATTERED}.
 * Reserve numbers with letters in the serial ({@code "850412-T123"}, {@code "850412-TF12"},
 * {@code "19850412-R123"}) are found too, with a lower score, and so is a date whose serial is
 * masked ({@code "850412-XXXX"}, {@code "19850412-****"}), with {@value #WRONG_CHECK_DIGIT}.
 *
 * <p>Scores: {@value #VALID} with a correct Luhn check digit; {@value #WRONG_CHECK_DIGIT} with a
 * wrong one, because a typo still leaks the date of birth; {@value #PHONE_LIKE} for a bare run
 * such as {@code "0701234567"} that is also a plausible phone number, so that a phone detector's
 * higher score labels it; {@value #GLUED} for a number typed against a word with a correct check
 * digit ({@code "pnr850412-1230"}); {@value #RESERVE} for reserve numbers. A number with a wrong
 * check digit right after a cue for another kind of number ({@code "fakturanr 2104151236"},
 * {@code "ocr"}, {@code "ärende"}, {@code "order"}) is not reported, unless it has the layout of
 * a personnummer, date, hyphen, four digits ({@code "ärende 680904-5523"}). A cue before the number
 * ({@code "pnr"}, {@code "personnummer"}, {@code "samordningsnummer"}, …) raises the lower scores
 * to {@value #CUED}.
 *
 * <p>After a cue, the number the writer calls a personnummer is reported as typed with
 * {@value #CUED}: ten or twelve digits in any grouping whatever their date
 * ({@code "pnr 850230-1234"}, {@code "pnr 8504 1212 34"}), eleven or thirteen that begin with a
 * birth date ({@code "pnr 850412-12345"}).
 *
 * <p>Not found: a longer digit run ({@code "850412123456789"}), ISO dates, years, prices, times,
 * a date followed by a time ({@code "15.01.2023 12:30"}). Numbers in phone grouping whose digits
 * read as a date ({@code "070-123 45 67"}) score {@value #PHONE_LIKE}, under the phone detector.
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class PersonnummerDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "personnummer";

  private static final Set<EntityType> TYPES = Set.of(EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER);

  static final double VALID = 0.99;
  static final double CUED = 0.95;
  static final double WRONG_CHECK_DIGIT = 0.75;
  static final double GLUED = 0.8;
  static final double RESERVE = 0.7;
  static final double PHONE_LIKE = 0.6;
  /** A date and four digits grouped otherwise ({@code 85 04 12-1234}, {@code 85.04.12/1234}), check digit right. */
  static final double SCATTERED_VALID = 0.9;
  /** The same with a wrong check digit: still a date of birth and a serial, so still redacted. */
  static final double SCATTERED = 0.7;
  /**
   * A date and three digits ({@code 850412-123}): weaker evidence, in the review band under the
   * default redact threshold, unless a cue ({@code pnr}) raises it to {@link #CUED}.
   */
  static final double DIGIT_MISSING = 0.4;
  /** Ten digits of a valid personnummer with more digits glued after them ({@code 85041212341212}). */
  static final double DIGITS_GLUED = 0.6;
  /**
   * The same with a wrong check digit: a date and a serial typed on into more digits is still a
   * personnummer, whatever its check digit, so still redacted; an amount is only flagged.
   */
  static final double DIGITS_GLUED_WRONG_CHECK = 0.55;

  private static final ContextCue CUES = ContextCue.of(40,
      "pnr", "personnum*", "personnr", "persnr", "personummer", "person nr", "pers nr", "p nr",
      "person nummer", "samordningsnum*", "samordningsnr", "samnr", "födelsenum*", "födelsenr",
      "fodelsenummer", "identitetsnummer", "reservnum*", "reservnr");

  /**
   * Cues for the last four digits given apart from the birth date ({@code "född 850412, sista fyra
   * 1234"}): with the date they make the whole number, so they are redacted as one.
   */
  private static final ContextCue LAST_FOUR_CUES = ContextCue.of(25,
      "sista fyra", "fyra sista", "sista siffrorna", "sista siffror", "sista fyran", "kontrollsiffror*");

  /** Cues for numbers that are not personal but may look like a personnummer with a typo. */
  private static final ContextCue OTHER_NUMBER_CUES = ContextCue.of(30,
      "faktura*", "order*", "ocr*", "kundnum*", "kundnr", "ärende*", "ärendenr", "dnr", "diarienum*", "referens*",
      "refnr", "ref", "artikel*", "artnr", "serienum*", "kolli*", "sändnings*", "spårnings*", "bokningsnum*",
      "avtalsnum*", "lägenhetsnum*", "objektsnum*", "ordernr");

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
      boolean clean = starts.startsCleanly(k);
      if (clean || NumberEdges.followsLetter(text, i)) {
        if (run == null) {
          run = DigitRun.lent(text, PersonnummerDetector.class);
        }
        run.load(starts, k, 13);
        int end = match(text, run, !clean, sink);
        if (end < 0 && clean) {
          end = matchAfterCue(text, run, sink);
        }
        if (end > 0) {
          next = end;
        }
      }
    }
  }

  /**
   * Reports the number that starts the run, if any; returns the index after it, or -1. A number
   * glued to a word ({@code "pnr850412-1230"}, {@code "850412-1230och"}) counts only with a
   * correct check digit.
   */
  private static int match(ScanText text, DigitRun run, boolean gluedLeft, FindingSink sink) {
    int n = run.count();
    if (n >= 12 && fits(run, 12, gluedLeft, 2)) {
      int century = run.digit(0) * 10 + run.digit(1);
      if (century >= 18 && century <= 20) {
        int day = run.digit(6) * 10 + run.digit(7);
        EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
        int year = (int) run.value(0, 4);
        if (CalendarDate.exists(year, run.digit(4) * 10 + run.digit(5), day > 60 ? day - 60 : day)) {
          boolean luhn = run.luhn(2, 12);
          double score = luhn ? VALID : WRONG_CHECK_DIGIT;
          if (!PersonnummerShapes.isTwelveDigitShape(run)) {
            if (!PersonnummerShapes.isScatteredShape(run, 8)) {
              return -1;
            }
            score = luhn ? SCATTERED_VALID : SCATTERED;
          } else if (gluedLeft || !run.canEndAfter(12)) {
            score = GLUED;
          }
          return report(text, run.start(), run.endOf(11), type, score, luhn, sink);
        }
      }
    }
    if (n >= 10 && fits(run, 10, gluedLeft, 0)) {
      int separator = run.separatorBefore(6);
      int day = run.digit(4) * 10 + run.digit(5);
      EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
      if (PersonnummerShapes.dateExists(run, 0, (separator & DigitLinks.PLUS) != 0)) {
        boolean luhn = run.luhn(0, 10);
        double score = luhn ? VALID : WRONG_CHECK_DIGIT;
        if (!PersonnummerShapes.isTenDigitShape(run)) {
          if (!PersonnummerShapes.isScatteredShape(run, 6)) {
            return -1;
          }
          score = luhn ? SCATTERED_VALID : SCATTERED;
        } else if (gluedLeft || !run.canEndAfter(10)) {
          score = GLUED;
        }
        if (PersonnummerShapes.isPhoneLike(run, separator)) {
          score = Math.min(score, PHONE_LIKE);
        }
        return report(text, run.start(), run.endOf(9), type, score, luhn, sink);
      }
    }
    if (n > 10 && !gluedLeft) {
      int end = matchWithDigitsGlued(text, run, sink);
      if (end > 0) {
        return end;
      }
    }
    if (n == 9 && !gluedLeft && PersonnummerShapes.isSerialDigitMissing(run)) {
      int day = run.digit(4) * 10 + run.digit(5);
      EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
      return report(text, run.start(), run.endOf(8), type, DIGIT_MISSING, false, sink);
    }
    if (n == 4 && !gluedLeft && run.canEndAfter(4) && LAST_FOUR_CUES.precedes(text, run.start())) {
      sink.add(run.start(), run.endOf(3), EntityType.PERSONNUMMER, CUED);
      return run.endOf(3);
    }
    if ((n == 6 || n == 8) && !gluedLeft && isDateBeforeLastFour(text, run)) {
      sink.add(run.start(), run.endOf(n - 1), EntityType.PERSONNUMMER, CUED);
      return run.endOf(n - 1);
    }
    if ((n == 6 || n == 8) && !gluedLeft) {
      return matchOtherSerial(text, run, sink);
    }
    if (n == 9) {
      return matchLookAlikeAtAnEnd(text, run, gluedLeft, sink);
    }
    return -1;
  }

  /**
   * {@code 85041212341} to {@code 8504121234123}: ten digits that read as a date and a serial with
   * one to three more glued to them and nothing between ({@code YYMMDDNNNC12}), which no twelve-digit
   * reading took: a personnummer typed on into the next field, 0.6 when its check digit holds, else
   * 0.55, and only flagged (0.4) before a currency ({@code 850412123412 kr}); not after a cue for
   * another number ({@code ordernummer}). The whole run is reported, since where the number ends
   * cannot be told.
   */
  private static int matchWithDigitsGlued(ScanText text, DigitRun run, FindingSink sink) {
    int n = run.count();
    if (!run.canEndAfter(n) || OTHER_NUMBER_CUES.precedes(text, run.start())) {
      return -1; // "ordernummer 850412123012": the cue names the longer number
    }
    for (int k = 1; k < n; k++) {
      if (run.separatorBefore(k) != 0) {
        return -1;
      }
    }
    if (!PersonnummerShapes.dateExists(run, 0, false)) {
      return -1;
    }
    int day = run.digit(4) * 10 + run.digit(5);
    EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
    boolean luhn = run.luhn(0, 10);
    int end = run.endOf(n - 1);
    double score = luhn ? DIGITS_GLUED : BankAccountDetector.isAmount(text, end) ? DIGIT_MISSING : DIGITS_GLUED_WRONG_CHECK;
    return report(text, run.start(), end, type, score, luhn, sink);
  }

  /**
   * After a cue ({@code pnr}, {@code personnummer}, …), the number the writer calls a personnummer
   * as typed, typos and any grouping included: ten or twelve digits whatever their date
   * ({@code pnr 850230-1234}, {@code pnr 8504 1212 34}), or eleven or thirteen whose first six or
   * eight are a birth date ({@code pnr 850412-12345}); the cue makes it {@link #CUED}. A phone
   * number ({@link #isPhoneLike}) is left to the phone detector, as the cue may be for the
   * number before. Returns the index after the number, or -1.
   */
  private static int matchAfterCue(ScanText text, DigitRun run, FindingSink sink) {
    int n = run.count();
    if (n < 10 || !run.canEndAfter(n) || isPhoneLike(run)) {
      return -1;
    }
    boolean twelve = n >= 12 && run.digit(0) * 10 + run.digit(1) >= 18 && run.digit(0) * 10 + run.digit(1) <= 20;
    if ((n == 11 || n == 13)
        && !(twelve ? PersonnummerShapes.isFullDate(run) : PersonnummerShapes.dateExists(run, 0, false))) {
      return -1;
    }
    if (!CUES.precedes(text, run.start())) {
      return -1;
    }
    int day = run.digit(twelve ? 6 : 4) * 10 + run.digit(twelve ? 7 : 5);
    EntityType type = day > 60 && day <= 91 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
    sink.add(run.start(), run.endOf(n - 1), type, CUED);
    return run.endOf(n - 1);
  }

  /**
   * Ten digits that begin {@code 07} and are not grouped {@code YYMMDD-NNNC}, or begin {@code 0}
   * with a dash after an area code: a mobile or landline number, which a cue for the number before
   * ({@code pnr och tel 070 123 45 67}, {@code personnummer 790223-5519 0383-12 45 70}) does not
   * make a personnummer.
   */
  private static boolean isPhoneLike(DigitRun run) {
    if (run.count() != 10 || run.digit(0) != 0) {
      return false;
    }
    int separator = run.separatorBefore(6);
    if (separator == DigitLinks.DASH || separator == DigitLinks.PLUS) {
      return run.digit(1) == 7 && !PersonnummerShapes.isTenDigitShape(run);
    }
    // "070 123 45 67", and a landline with its area code set off by a dash ("0383-12 45 70",
    // "08-123 456 78"): the dash of a personnummer stands after the date, not after its year
    return run.digit(1) == 7 || run.digit(1) != 0 && areaCodeDash(run);
  }

  /** A dash after the second, third or fourth digit: an area code's ({@code 08-}, {@code 031-}, {@code 0383-}). */
  private static boolean areaCodeDash(DigitRun run) {
    for (int k = 2; k <= 4; k++) {
      if (run.separatorBefore(k) == DigitLinks.DASH) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code O7O524-5793}, {@code 650602-759o}: nine digits and a letter typed for the tenth at
   * either end ({@code O o} for 0, {@code l I} for 1), which the normaliser folds only between
   * digits; reported as {@link #SCATTERED} when the ten read as a date and a serial grouped
   * {@code YYMMDD-NNNC}. Returns the index after the number, or -1.
   */
  private static int matchLookAlikeAtAnEnd(ScanText text, DigitRun run, boolean gluedLeft, FindingSink sink) {
    int before = NumberEdges.previousVisible(text, run.start() - 1);
    int lead = gluedLeft ? lookAlikeDigit(text, before) : -1;
    if (lead >= 0 && before > 0 && text.isWordChar(before - 1)) {
      lead = -1; // "kO7O524-5793": the letter belongs to a word
    }
    int after = run.separatorBefore(9) == DigitLinks.END ? NumberEdges.nextVisible(text, run.endOf(8)) : -1;
    int trail = lead < 0 && !gluedLeft ? lookAlikeDigit(text, after) : -1;
    if (lead < 0 && trail < 0 || trail >= 0 && after + 1 < text.length() && text.isWordChar(after + 1)) {
      return -1;
    }
    int shift = lead >= 0 ? 1 : 0; // the place in the ten of run digit 0
    for (int k = 1; k < 9; k++) {
      if (k + shift != 6 && run.separatorBefore(k) != 0) {
        return -1;
      }
    }
    if (run.separatorBefore(6 - shift) == 0) {
      return -1;
    }
    int yy = lead >= 0 ? lead * 10 + run.digit(0) : run.digit(0) * 10 + run.digit(1);
    int month = run.digit(2 - shift) * 10 + run.digit(3 - shift);
    int day = run.digit(4 - shift) * 10 + run.digit(5 - shift);
    if (!CalendarDate.existsInEither(19, yy, month, day > 60 ? day - 60 : day)) {
      return -1;
    }
    EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
    int start = lead >= 0 ? before : run.start();
    int end = trail >= 0 ? after + 1 : run.endOf(8);
    return report(text, start, end, type, SCATTERED, false, sink);
  }

  /** The digit that the letter at {@code i} is typed for ({@code O o} 0, {@code l I} 1), or -1. */
  private static int lookAlikeDigit(ScanText text, int i) {
    if (i < 0 || i >= text.length()) {
      return -1;
    }
    char c = text.charAt(i);
    return c == 'O' || c == 'o' ? 0 : c == 'l' || c == 'I' ? 1 : -1;
  }

  /**
   * True when the first {@code length} digits may be the whole number: they end cleanly, or,
   * when glued to a word on either side, the Luhn check over the last ten of them holds.
   */
  private static boolean fits(DigitRun run, int length, boolean gluedLeft, int luhnFrom) {
    // "850412-1234-12": more digits after a separator do not make the date and serial less one
    int after = run.separatorBefore(length);
    boolean clean = run.canEndAfter(length) || after != DigitLinks.END && after != 0;
    if (clean && !gluedLeft) {
      return true;
    }
    return (clean || run.letterFollows(length)) && run.luhn(luhnFrom, length);
  }

  /**
   * Reports a number after weighing its context; returns the index after it. A number with a
   * wrong check digit right after a cue for another kind of number ({@code "fakturanr
   * 2104151236"}) is taken to be that number and not reported, unless it is written in the
   * layout of a personnummer ({@code "ärendet står på 19680904-5523"}).
   */
  private static int report(ScanText text, int start, int end, EntityType type, double score, boolean checkDigitHolds,
      FindingSink sink) {
    if (score < CUED) {
      if (CUES.precedes(text, start) && !(score <= PHONE_LIKE && NumberEdges.afterPersonnummer(text, start))) {
        // but "personnummer 790223-5519 070-123 45 67": the cue is the first number's, and the
        // second, grouped as a phone number is, stays under the phone detector
        score = CUED;
      } else if (!checkDigitHolds && !inPersonnummerLayout(text, start, end) && OTHER_NUMBER_CUES.precedes(text, start)) {
        return end;
      }
    }
    sink.add(start, end, type, score);
    return end;
  }

  /**
   * The number is written as a personnummer is, date, {@code -} or {@code +}, four digits
   * ({@code 680904-5523}, {@code 19680904-5523}): no invoice, order or case number takes that
   * layout, so a cue for one before it does not make a wrong check digit another number's.
   */
  private static boolean inPersonnummerLayout(ScanText text, int start, int end) {
    int separator = end - 5;
    if (end - start != 11 && end - start != 13 || separator <= start) {
      return false;
    }
    char c = text.charAt(separator);
    return c == '-' || c == '+';
  }

  /**
   * A date of birth with its serial written otherwise ({@link SerialForms}): a reserve number's
   * letters ({@code "850412-T123"}), weighed as {@link #RESERVE}, else a masked serial ({@code
   * "850412-XXXX"}), as a wrong check digit.
   */
  private static int matchOtherSerial(ScanText text, DigitRun run, FindingSink sink) {
    EntityType type = SerialForms.typeOfDate(run);
    int reserve = SerialForms.reserveEnd(text, run);
    int end = reserve > 0 ? report(text, run.start(), reserve, type, RESERVE, true, sink) : -1;
    if (end > 0) {
      return end;
    }
    int masked = SerialForms.maskedEnd(text, run);
    return masked > 0 ? report(text, run.start(), masked, type, WRONG_CHECK_DIGIT, false, sink) : -1;
  }

  /**
   * {@code "850412, sista fyra 1234"}: the birth date part given apart, just before a cue for the
   * last four; the date ({@code YYMMDD} or {@code YYYYMMDD}, 60 added to a samordningsnummer's
   * day) is half the number and reported with it.
   */
  private static boolean isDateBeforeLastFour(ScanText text, DigitRun run) {
    int n = run.count();
    if (!run.canEndAfter(n)) {
      return false;
    }
    if (n == 8 ? !PersonnummerShapes.isFullDate(run) : !PersonnummerShapes.dateExists(run, 0, false)) {
      return false;
    }
    return LAST_FOUR_CUES.findAfter(text, run.endOf(n - 1)) >= 0;
  }
}
