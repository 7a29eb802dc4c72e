package se.avid.models;

import java.util.List;
import se.avid.models.context.MaxentContextScorer;
import se.avid.models.institutions.InstitutionDetector;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.ProperNameDetector;
import se.avid.models.places.ResidencePlaceDetector;
import se.avid.models.places.StreetAddressDetector;
import se.avid.models.review.ResidualLeakDetector;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/**
 * Adds the Swedish name, place, institution and street-address detectors, and the review signal of what they
 * may have left ({@link ResidualLeakDetector}, scored in the review band), to every
 * {@code Anonymizer.builder().build()} when {@code avid-swedish-models} is on the classpath
 * (registered in {@code META-INF/services/se.avid.spi.DetectorProvider}).
 *
 * <p>The lexicons are loaded once per class loader, on the first call of {@link #detectors()},
 * and shared by all detectors. Thread-safe.
 */
public final class SwedishModelsProvider implements DetectorProvider {

  /** Needed by {@link java.util.ServiceLoader}. */
  public SwedishModelsProvider() {}

  @Override
  public List<Detector> detectors() {
    SwedishLexicon lexicon = SwedishLexicon.get();
    return List.of(
        ProperNameDetector.builder().lexicon(lexicon).contextScorer(MaxentContextScorer.bundled()).build(),
        StreetAddressDetector.builder().lexicon(lexicon).build(),
        InstitutionDetector.withLexicon(lexicon),
        ResidencePlaceDetector.withLexicon(lexicon),
        ResidualLeakDetector.builder().lexicon(lexicon).build());
  }
}
