package se.avid.benchmarks;

import java.util.function.UnaryOperator;
import se.avid.Anonymizer;
import se.avid.benchmarks.baseline.RegexBaseline;
import se.avid.detect.CoreDetectorProvider;
import se.avid.spi.Detector;

/**
 * What a benchmark redacts with: avid with its structured detectors only, avid as shipped (all
 * detectors found through ServiceLoader, names and places included), and the matching regex
 * baselines. Immutable and thread-safe; each {@link #create()} builds a new redactor.
 */
public enum Engine {
  /** The detectors of {@code avid-core} (identity numbers, phone, e-mail, postal codes, …), nothing else. */
  AVID_STRUCTURED {
    @Override
    public UnaryOperator<String> create() {
      return anonymizer()::redact;
    }
  },
  /** {@code Anonymizer.builder().build()}: every detector on the classpath, names and places included. */
  AVID_ALL {
    @Override
    public UnaryOperator<String> create() {
      return anonymizer()::redact;
    }
  },
  /** {@link RegexBaseline#structured()}. */
  BASELINE_STRUCTURED {
    @Override
    public UnaryOperator<String> create() {
      return RegexBaseline.structured()::redact;
    }
  },
  /** {@link RegexBaseline#withNamesAndPlaces()}. */
  BASELINE_ALL {
    @Override
    public UnaryOperator<String> create() {
      return RegexBaseline.withNamesAndPlaces()::redact;
    }
  };

  /**
   * A new redactor: text in, redacted text out.
   *
   * @return a new redactor
   */
  public abstract UnaryOperator<String> create();

  /**
   * A new anonymizer for this avid engine.
   *
   * @throws UnsupportedOperationException for a baseline, which has no {@code analyze}
   * @return a new anonymizer
   */
  public Anonymizer anonymizer() {
    return switch (this) {
      case AVID_STRUCTURED -> structuredAnonymizer();
      case AVID_ALL -> Anonymizer.builder().build();
      default -> throw new UnsupportedOperationException(this + " is not avid");
    };
  }

  /**
   * The baseline that does the same job as this engine (itself for a baseline).
   *
   * @return the baseline engine
   */
  public Engine baseline() {
    return this == AVID_STRUCTURED || this == BASELINE_STRUCTURED ? BASELINE_STRUCTURED : BASELINE_ALL;
  }

  /** avid with only the detectors registered by {@code avid-core}'s own provider. */
  static Anonymizer structuredAnonymizer() {
    Anonymizer.Builder b = Anonymizer.builder().serviceLoading(false);
    for (Detector d : new CoreDetectorProvider().detectors()) {
      b.addDetector(d);
    }
    return b.build();
  }
}
