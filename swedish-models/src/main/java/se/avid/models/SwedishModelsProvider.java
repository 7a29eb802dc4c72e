package se.avid.models;

import java.util.Collection;
import java.util.List;
import org.slf4j.LoggerFactory;
import se.avid.models.context.MaxentContextScorer;
import se.avid.models.handles.PlatformHandleDetector;
import se.avid.models.institutions.InstitutionDetector;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.ProperNameDetector;
import se.avid.models.places.ResidencePlaceDetector;
import se.avid.models.places.StreetAddressDetector;
import se.avid.models.review.ResidualLeakDetector;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/**
 * Adds the Swedish name, place, institution and street-address detectors, user names after a
 * platform word ({@link PlatformHandleDetector}), and the review signal of what they
 * may have left ({@link ResidualLeakDetector}, scored in the review band), to every
 * {@code Anonymizer.builder().build()} when {@code avid-swedish-models} is on the classpath
 * (registered in {@code META-INF/services/se.avid.spi.DetectorProvider}).
 *
 * <p>The lexicons are loaded once per class loader, on the first call of {@link #detectors()},
 * and shared by all detectors. Thread-safe. It also hands the builder its {@link #keptTerms() kept
 * terms}, which protect brands and the like from the detectors of other providers.
 */
public final class SwedishModelsProvider implements DetectorProvider {

  /** Needed by {@link java.util.ServiceLoader}. */
  public SwedishModelsProvider() {}

  @Override
  public List<Detector> detectors() {
    ContextModelLoad.start();
    SwedishLexicon lexicon = SwedishLexicon.get();
    return List.of(
        ProperNameDetector.builder().lexicon(lexicon).contextScorer(MaxentContextScorer.bundled()).build(),
        StreetAddressDetector.builder().lexicon(lexicon).build(),
        InstitutionDetector.withLexicon(lexicon),
        ResidencePlaceDetector.withLexicon(lexicon),
        PlatformHandleDetector.withLexicon(lexicon),
        ResidualLeakDetector.builder().lexicon(lexicon).build());
  }

  /**
   * The banks, shops, brands, apps and medicines of the keep lexicon, so that every detector keeps
   * them: a core detector ({@code Bet365} is no registration plate) as well as the detectors here;
   * see {@link KeptTermsList}. Read once per class loader.
   */
  @Override
  public Collection<String> keptTerms() {
    return KeptTermsList.TERMS;
  }

  /**
   * Reads the bundled context model on a second core while this thread reads the lexicon: the
   * two need nothing of each other (60–90 ms of a cold start). Once per class loader. The thread
   * only touches the model's lazy holder, so the build waits for it there as for any class being
   * initialised, and a model that fails to load fails the build all the same: its holder throws
   * on the building thread too (a {@code NoClassDefFoundError}, the cause logged by this one). A
   * daemon, so it never keeps the JVM alive.
   */
  private static final class ContextModelLoad {
    static {
      Thread thread = new Thread(() -> {
        MaxentContextScorer.bundled();
        ProperNameDetector.preloadLists(); // else read at the first text (some 40 ms of a cold start)
      }, "avid-context-model");
      thread.setDaemon(true);
      // the build (or the first text) fails where it uses the model or lists; logged here too, as only this thread sees the cause
      thread.setUncaughtExceptionHandler((t, e) ->
          LoggerFactory.getLogger(SwedishModelsProvider.class).error("cannot load the bundled context model or name lists", e));
      thread.start();
    }

    private ContextModelLoad() {}

    /** Starts the thread, the first time only. */
    static void start() {
      // the class's initialisation starts it
    }
  }
}
