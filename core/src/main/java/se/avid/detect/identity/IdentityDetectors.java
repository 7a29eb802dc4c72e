package se.avid.detect.identity;

import java.util.List;
import se.avid.spi.Detector;

/**
 * The default identity-number detectors of avid-core: personnummer and samordningsnummer (also
 * spelled out in words or typed with letters that look like digits), organisationsnummer, payment
 * cards, bank accounts, dates of birth and the identity numbers of the Nordic neighbours.
 * Thread-safe.
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
        new LookAlikeNumberDetector(),
        new NordicIdentityNumberDetector());
  }
}
