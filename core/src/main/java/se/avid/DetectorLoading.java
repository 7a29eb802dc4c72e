package se.avid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/** Finds the detectors and kept terms of every {@link DetectorProvider} on a class path, once per built anonymizer. */
final class DetectorLoading {

  /** What the providers gave: their detectors, merged with the builder's, and their kept terms. */
  record Loaded(Collection<Detector> detectors, List<String> keptTerms) {}

  private DetectorLoading() {}

  /**
   * The loaded detectors, less the removed ones, then the explicit ones, which replace loaded ones of
   * the same name; in that order. And the kept terms of all providers.
   */
  static Loaded load(Map<String, Detector> explicit, List<String> removed, ClassLoader loader) {
    Map<String, Detector> all = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class, loader)) {
      for (Detector d : provider.detectors()) {
        if (!removed.contains(d.name())) {
          all.put(d.name(), d);
        }
      }
      kept.addAll(provider.keptTerms());
    }
    all.putAll(explicit);
    return new Loaded(all.values(), kept);
  }

  /** The context class loader, else avid's own. */
  static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Anonymizer.class.getClassLoader();
  }
}
