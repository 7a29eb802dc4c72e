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
 * Finds Swedish organisationsnummer: ten digits {@code NNNNNN-NNNN} (hyphen or none) whose third
 * digit is 2 or more (so the "month" field is 20 or more and it cannot be a personnummer), whose
 * first digit (the legal-form group) is not 0, and whose last digit is a Luhn check digit; also
 * the twelve-digit form with the prefix {@code 16} ({@code "16556036-0793"}).
 *
 * <p>Organisation numbers identify companies, not people, so
 * {@link se.avid.Anonymizer} does not redact them unless enabled; finding them keeps them from
 * being taken for anything else. A sole trader's number is a personnummer and is found by
 * {@link PersonnummerDetector}. Immutable and thread-safe; linear in the text length.
 */
public final class OrganisationsnummerDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "organisationsnummer";

  private static final Set<EntityType> TYPES = Set.of(EntityType.ORGANISATIONSNUMMER);

  static final double SCORE = 0.9;
  static final double CUED = 0.97;

  private static final ContextCue CUES = ContextCue.of(40,
      "organisationsnum*", "orgnr", "org nr", "organisationsnr", "orgnummer", "org nummer");

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
          run = DigitRun.lent(text, OrganisationsnummerDetector.class);
        }
        run.load(starts, k, 13);
        int from = -1;
        if (run.count() >= 12 && run.digit(0) == 1 && run.digit(1) == 6 && hasShape(run, 2) && run.canEndAfter(12)) {
          from = 2;
        } else if (run.count() >= 10 && hasShape(run, 0) && run.canEndAfter(10)) {
          from = 0;
        }
        if (from >= 0 && run.digit(from) != 0 && run.digit(from + 2) >= 2 && run.luhn(from, from + 10)) {
          int end = run.endOf(from + 9);
          sink.add(run.start(), end, EntityType.ORGANISATIONSNUMMER,
              CUES.precedes(text, run.start()) ? CUED : SCORE);
          next = end;
        }
      }
    }
  }

  /** Ten digits from {@code from}, with at most a hyphen before the last four and nothing else. */
  private static boolean hasShape(DigitRun run, int from) {
    for (int k = 1; k < from + 10; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && !(k == from + 6 && s == DigitLinks.DASH)) {
        return false;
      }
    }
    return true;
  }
}
