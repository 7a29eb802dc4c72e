package se.avid.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/** The detectors on the classpath, found as {@code Anonymizer.builder().build()} finds them. */
final class Detectors {

  private Detectors() {}

  /** Every detector of every {@link DetectorProvider}, by name, in load order. */
  static Map<String, Detector> discovered() {
    Map<String, Detector> byName = new LinkedHashMap<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      for (Detector d : provider.detectors()) {
        byName.put(d.name(), d);
      }
    }
    return byName;
  }

  static List<String> names() {
    return new ArrayList<>(discovered().keySet());
  }
}
