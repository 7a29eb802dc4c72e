package se.avid.detect.contact;

import java.util.List;
import se.avid.spi.Detector;

/**
 * The default contact-detail detectors of avid-core: phone numbers, e-mail addresses, postal
 * codes, flat numbers and post-office boxes, streets with their house numbers in any case, links and handles (also user names after a platform word), IP addresses and vehicle
 * registration numbers. Thread-safe.
 */
public final class ContactDetectors {
  private ContactDetectors() {}

  /**
   * The detectors with default settings (helplines and public-service sites kept).
   *
   * @return the contact detectors, in the order they run
   */
  public static List<Detector> defaults() {
    return List.of(
        PhoneNumberDetector.defaults(),
        EmailDetector.defaults(),
        PostalCodeDetector.defaults(),
        AddressPartsDetector.defaults(),
        StreetNumberDetector.defaults(),
        UrlDetector.defaults(),
        HandleDetector.defaults(),
        IpAddressDetector.defaults(),
        VehicleRegistrationDetector.defaults());
  }
}
