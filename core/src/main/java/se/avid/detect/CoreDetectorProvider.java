package se.avid.detect;

import java.util.ArrayList;
import java.util.List;
import se.avid.detect.contact.ContactDetectors;
import se.avid.detect.identity.IdentityDetectors;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/**
 * Registers the structured detectors of {@code avid-core} (identity numbers, financial numbers,
 * phone, e-mail, postal codes, …) with {@link java.util.ServiceLoader}. Thread-safe.
 */
public final class CoreDetectorProvider implements DetectorProvider {

  @Override
  public List<Detector> detectors() {
    List<Detector> all = new ArrayList<>(IdentityDetectors.defaults());
    all.addAll(ContactDetectors.defaults());
    return List.copyOf(all);
  }
}
