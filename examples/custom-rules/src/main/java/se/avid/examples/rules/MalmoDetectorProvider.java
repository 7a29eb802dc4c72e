package se.avid.examples.rules;

import java.util.List;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/**
 * Adds the municipality's own detectors to every {@code Anonymizer.builder().build()} on the
 * classpath, through {@code META-INF/services/se.avid.spi.DetectorProvider}. Thread-safe.
 */
public final class MalmoDetectorProvider implements DetectorProvider {

  @Override
  public List<Detector> detectors() {
    return List.of(new DiarienummerDetector());
  }
}
