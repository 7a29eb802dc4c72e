package se.avid.spi;

import java.util.Collection;
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

  /**
   * Names of things this provider's detectors know must stay (banks, shops, brands, apps,
   * medicines), so that no detector on the classpath redacts them: a core detector that takes
   * {@code Bet365} for a registration plate, a name detector of another provider. The builder adds
   * them to its {@link se.avid.rules.AllowList#keeping allow-list as kept terms}: a finding is kept
   * when it lies wholly inside an occurrence of one in the text (any case, on word boundaries,
   * perhaps in the genitive), and only if it is of a name-like type (never a personnummer, phone
   * number or e-mail address) and not found by the user's own rules. The user can switch them off
   * with {@code Anonymizer.Builder.keptTerms(false)}.
   *
   * <p>Called once per built {@code Anonymizer}; load the terms once and return an immutable
   * collection. A term should be a general fact, never a word that is also a person's name.
   *
   * @return the kept terms; none by default
   */
  default Collection<String> keptTerms() {
    return List.of();
  }
}
