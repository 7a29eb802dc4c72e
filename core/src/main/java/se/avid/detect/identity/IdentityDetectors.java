package se.avid.detect.identity;

import java.util.List;
import se.avid.spi.Detector;

/**
 * The default identity-number detectors of avid-core: personnummer and samordningsnummer,
 * organisationsnummer, payment cards, bank accounts and dates of birth, also spelled out in words or typed
 * with letters that look like digits. Thread-safe.
 */
public final class IdentityDetectors {
  private IdentityDetectors() {}

  /**
   * The detectors with default settings.
   *
   * @return a new list of the identity detectors
   */
  public static List<Detector> defaults() {
    return List.of(
        new PersonnummerDetector(),
        new OrganisationsnummerDetector(),
        new PaymentCardDetector(),
        new BankAccountDetector(),
        new DateOfBirthDetector(),
        new SpelledNumberDetector(),
        new LookAlikeNumberDetector());
  }
}
