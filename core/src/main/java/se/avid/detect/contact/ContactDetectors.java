package se.avid.detect.contact;

import java.util.List;
import se.avid.spi.Detector;

/** The default contact-detail detectors of avid-core. */
public final class ContactDetectors {
  private ContactDetectors() {}

  /** The detectors with default settings. */
  public static List<Detector> defaults() {
    return List.of();
  }
}
