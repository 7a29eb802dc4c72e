package se.avid.detect.identity;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;
import se.avid.text.NumberStarts;
import se.avid.text.ScanText;

/**
 * Finds payment card numbers: 13–19 digits, written together or in groups of four separated by
 * one space or one hyphen ({@code "4111 1111 1111 1111"}, American Express also 4-6-5:
 * {@code "3782 822463 10005"}), with a valid Luhn check digit and the issuer prefix and length of
 * a common card scheme (Visa, Mastercard, American Express, Diners Club, Discover, JCB, UnionPay,
 * Mir, Maestro).
 *
 * <p>A longer digit run is not cut into a card number. Immutable and thread-safe; linear in the
 * text length.
 */
public final class PaymentCardDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "payment-card";

  private static final Set<EntityType> TYPES = Set.of(EntityType.PAYMENT_CARD);

  static final double SCORE = 0.95;

  private static final int MIN_DIGITS = 13;
  private static final int MAX_DIGITS = 19;

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
      if (starts.startsCleanly(k)) {
        if (run == null) {
          run = DigitRun.lent(text, PaymentCardDetector.class);
        }
        run.load(starts, k, MAX_DIGITS + 1);
        int length = longestCardLength(run);
        if (length > 0) {
          int end = run.endOf(length - 1);
          sink.add(run.start(), end, EntityType.PAYMENT_CARD, SCORE);
          next = end;
        }
      }
    }
  }

  /** The longest length at which the run holds a well-grouped, Luhn-valid card number of a known scheme; 0 if none. */
  private static int longestCardLength(DigitRun run) {
    int n = Math.min(run.count(), MAX_DIGITS);
    if (n < MIN_DIGITS) {
      return 0;
    }
    int wellGrouped = wellGroupedPrefix(run, n);
    for (int length = Math.min(n, wellGrouped); length >= MIN_DIGITS; length--) {
      if (run.canEndAfter(length) && CardScheme.accepts(run, length) && run.luhn(0, length)) {
        return length;
      }
    }
    return 0;
  }

  /**
   * How many leading digits are grouped as cards are written: all separators the same, spaces or
   * one hyphen, after every fourth digit ({@code 4-4-4-4}) or after the 4th and 10th
   * ({@code 4-6-5}, {@code 4-6-4}); digits may also run together.
   */
  private static int wellGroupedPrefix(DigitRun run, int n) {
    int kind = 0;
    int previous = 0;
    boolean sixGroup = false;
    for (int k = 1; k < n; k++) {
      // Several spaces count as one (sloppy typing), but " - " is no card grouping.
      int s = run.separatorBefore(k) & ~DigitLinks.WIDE;
      if (s == 0) {
        continue;
      }
      if (kind == 0) {
        kind = s;
      }
      boolean nextFour = !sixGroup && k - previous == 4;
      boolean six = k == 10 && previous == 4;
      if (s != kind || (s != DigitLinks.SPACE && s != DigitLinks.DASH) || !(nextFour || six)) {
        return k;
      }
      sixGroup = six && !nextFour;
      previous = k;
    }
    return n;
  }
}
