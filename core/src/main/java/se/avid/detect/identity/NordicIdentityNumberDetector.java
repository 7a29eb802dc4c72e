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
 * Finds the personal identity numbers of Sweden's neighbours, which families across the borders
 * (Haparanda–Tornio, Strömstad–Halden, Malmö–Copenhagen) type as readily as a personnummer.
 * Each is reported as a {@link EntityType#PERSONNUMMER}: what it leaks, a date of birth and a
 * serial that single out one person, is the same.
 *
 * <ul>
 *   <li>Finnish henkilötunnus {@code DDMMYYCZZZQ}: a date, a century sign ({@code -}, {@code +},
 *       {@code A}–{@code F}, {@code U}–{@code Y}, either case), three digits and a check char
 *       ({@code "131052-308T"}, {@code "010190A123M"}); {@value #VALID} when the check char is
 *       right, {@value #WRONG_CHECK} when it is not (the shape is no other number's).
 *   <li>Norwegian fødselsnummer {@code DDMMYYIIIKK}: eleven digits, perhaps with a space or dash
 *       after the date ({@code "150385 45660"}), the day or month perhaps raised by 40 (D- and
 *       H-numbers); {@value #VALID} with both mod-11 check digits right; {@value #WRONG_CHECK}
 *       with a wrong one when the date stands apart from the serial, or after a cue
 *       ({@code "fødselsnummer"}); a bare run of eleven digits with wrong check digits is left
 *       alone (a phone number with its country code has as many).
 *   <li>Danish CPR-nummer {@code DDMMYY-SSSS}: a date read day first, a dash, four digits, where
 *       the date does not read as a Swedish one (then {@link PersonnummerDetector} has it), or
 *       any ten digits after a cue ({@code "CPR"}); {@value #WRONG_CHECK} (Denmark dropped its
 *       check digit in 2007).
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class NordicIdentityNumberDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "nordic-identity-number";

  private static final Set<EntityType> TYPES = Set.of(EntityType.PERSONNUMMER);

  static final double VALID = 0.97;
  static final double WRONG_CHECK = 0.75;

  private static final String FINNISH_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final String FINNISH_CENTURY_SIGNS = "-+ABCDEFUVWXY";
  private static final int[] NORWEGIAN_FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] NORWEGIAN_SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  /** D-numbers add this to the day, H-numbers to the month. */
  private static final int RAISED = 40;

  private static final ContextCue NORWEGIAN_CUES = ContextCue.of(40,
      "fødselsnum*", "fødselsnr", "fodselsnum*", "personnum*", "personnr", "pnr", "d-nummer");
  private static final ContextCue DANISH_CUES = ContextCue.of(40,
      "cpr*", "personnum*", "personnr", "pnr");

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
      if (starts.position(k) < next || !starts.startsCleanly(k) || starts.digitCount(k) < 6) {
        continue;
      }
      if (run == null) {
        run = DigitRun.lent(text, NordicIdentityNumberDetector.class);
      }
      run.load(starts, k, 12);
      if (!tight(run, 1, 6)) {
        continue;
      }
      int end = finnish(text, run, sink);
      if (end < 0) {
        end = norwegian(text, run, sink);
      }
      if (end < 0) {
        end = danish(text, run, sink);
      }
      if (end > 0) {
        next = end;
      }
    }
  }

  /** A henkilötunnus from the run's six date digits on; the end of the finding, or -1. */
  private static int finnish(ScanText text, DigitRun run, FindingSink sink) {
    if (!dayFirstDate(run, 0, false)) {
      return -1;
    }
    int p = run.endOf(5);
    if (p + 5 > text.length() || FINNISH_CENTURY_SIGNS.indexOf(Character.toUpperCase(text.charAt(p))) < 0) {
      return -1;
    }
    long value = run.value(0, 6);
    for (int i = p + 1; i <= p + 3; i++) {
      if (!text.isDigit(i)) {
        return -1;
      }
      value = value * 10 + (text.charAt(i) - '0');
    }
    char check = Character.toUpperCase(text.charAt(p + 4));
    int end = p + 5;
    if (FINNISH_CHECK_CHARS.indexOf(check) < 0 || !NumberEdges.endsCleanly(text, end)) {
      return -1;
    }
    boolean valid = FINNISH_CHECK_CHARS.charAt((int) (value % FINNISH_CHECK_CHARS.length())) == check;
    if (text.isDigit(p + 4) && text.charAt(p) == '-' && (!valid || PersonnummerShapes.dateExists(run, 0, false))) {
      return -1; // ten digits DDMMYY-NNNN: a personnummer if they read as one, else a Danish number below
    }
    sink.add(run.start(), end, EntityType.PERSONNUMMER, valid ? VALID : WRONG_CHECK);
    return end;
  }

  /** A fødselsnummer of eleven digits; the end of the finding, or -1. */
  private static int norwegian(ScanText text, DigitRun run, FindingSink sink) {
    if (run.count() < 11 || !run.canEndAfter(11) || !tight(run, 7, 11) || !dayFirstDate(run, 0, true)) {
      return -1;
    }
    int gap = run.separatorBefore(6);
    if (gap != 0 && gap != DigitLinks.SPACE && gap != DigitLinks.DASH) {
      return -1;
    }
    boolean valid = norwegianChecksHold(run);
    boolean cued = NORWEGIAN_CUES.precedes(text, run.start());
    if (!valid && gap == 0 && !cued) {
      return -1;
    }
    int end = run.endOf(10);
    sink.add(run.start(), end, EntityType.PERSONNUMMER, valid || cued ? VALID : WRONG_CHECK);
    return end;
  }

  /** A CPR-nummer of ten digits; the end of the finding, or -1. */
  private static int danish(ScanText text, DigitRun run, FindingSink sink) {
    if (run.count() < 10 || !run.canEndAfter(10) || !tight(run, 7, 10) || !dayFirstDate(run, 0, false)) {
      return -1;
    }
    int gap = run.separatorBefore(6);
    boolean dashed = gap == DigitLinks.DASH;
    if (!(dashed && !PersonnummerShapes.dateExists(run, 0, false)
        || (dashed || gap == 0 || gap == DigitLinks.SPACE) && DANISH_CUES.precedes(text, run.start()))) {
      return -1;
    }
    int end = run.endOf(9);
    sink.add(run.start(), end, EntityType.PERSONNUMMER, WRONG_CHECK);
    return end;
  }

  /** No separator before digits {@code from} to {@code to - 1}. */
  private static boolean tight(DigitRun run, int from, int to) {
    for (int k = from; k < to; k++) {
      if (run.separatorBefore(k) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Digits {@code from} to {@code from + 5} are a date, day first; {@code raised} allows D- and H-numbers. */
  private static boolean dayFirstDate(DigitRun run, int from, boolean raised) {
    int day = (int) run.value(from, from + 2);
    int month = (int) run.value(from + 2, from + 4);
    int yy = (int) run.value(from + 4, from + 6);
    if (raised && day > RAISED) {
      day -= RAISED;
    }
    if (raised && month > RAISED) {
      month -= RAISED;
    }
    return CalendarDate.existsInEither(19, yy, month, day);
  }

  private static boolean norwegianChecksHold(DigitRun run) {
    int first = mod11Check(run, NORWEGIAN_FIRST_WEIGHTS);
    return first == run.digit(9) && mod11Check(run, NORWEGIAN_SECOND_WEIGHTS) == run.digit(10);
  }

  /** The mod-11 check digit over the first {@code weights.length} digits; 10 (no digit) when none fits. */
  private static int mod11Check(DigitRun run, int[] weights) {
    int sum = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += weights[k] * run.digit(k);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }
}
