package se.avid.spi;

import java.util.List;

/**
 * Supplies detectors through {@link java.util.ServiceLoader}: a jar that lists its provider in
 * {@code META-INF/services/se.avid.spi.DetectorProvider} adds its detectors to every
 * {@code Anonymizer.builder().build()} on the classpath, with no code change.
 *
 * <p>Implementations need a public no-argument constructor. {@link #detectors()} is called once
 * per built {@code Anonymizer}; it should load its resources once (e.g. in a lazy holder) and
 * return immutable, thread-safe detectors.
 */
public interface DetectorProvider {

  /**
   * The detectors this provider contributes.
   *
   * @return the detectors
   */
  List<Detector> detectors();
}
