package se.avid;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/** Finds the detectors of every {@link DetectorProvider} on a class path, once per built anonymizer. */
final class DetectorLoading {

  private DetectorLoading() {}

  /**
   * The loaded detectors, less the removed ones, then the explicit ones, which replace loaded ones of
   * the same name; in that order.
   */
  static Collection<Detector> load(Map<String, Detector> explicit, List<String> removed, ClassLoader loader) {
    Map<String, Detector> all = new LinkedHashMap<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class, loader)) {
      for (Detector d : provider.detectors()) {
        if (!removed.contains(d.name())) {
          all.put(d.name(), d);
        }
      }
    }
    all.putAll(explicit);
    return all.values();
  }

  /** The context class loader, else avid's own. */
  static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Anonymizer.class.getClassLoader();
  }
}
