package se.avid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.pipeline.OverlapResolver;
import se.avid.redact.LabelStrategy;
import se.avid.redact.RedactionStrategy;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * De-identifies Swedish free text: finds personnummer, phone numbers, e-mail addresses, postal
 * codes and, with {@code avid-swedish-models} on the classpath, names, places and addresses, and
 * replaces them with labels.
 *
 * <pre>{@code
 * Anonymizer anonymizer = Anonymizer.builder().build();   // once, at start-up
 * String safe = anonymizer.redact("ring mig på 070-123 45 67");
 * // "ring mig på [TELEFON]"
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. The pipeline of each
 * call is: normalise ({@link ScanText}) → detect (every {@link Detector}) → drop disabled types
 * and scores under the threshold → resolve overlaps ({@link OverlapResolver}) → redact.
 *
 * <p>Fails closed: if any detector throws, {@link #redact} and {@link #analyze} throw
 * {@link RedactionException} and return nothing. Logging (slf4j, at debug) carries counts, types
 * and lengths only, never the text or what was found.
 */
public final class Anonymizer {

  private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

  /** Scores at or above this are redacted unless the builder says otherwise. */
  public static final double DEFAULT_REDACT_THRESHOLD = 0.5;

  private final List<Detector> detectors;
  private final Set<EntityType> enabledTypes;
  private final double redactThreshold;
  private final Map<EntityType, RedactionStrategy> strategies;

  private Anonymizer(Builder b) {
    this.detectors = List.copyOf(b.detectors.values());
    this.enabledTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.enabledTypes));
    this.redactThreshold = b.redactThreshold;
    Map<EntityType, RedactionStrategy> s = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      s.put(t, b.strategies.getOrDefault(t, b.defaultStrategy));
    }
    this.strategies = Collections.unmodifiableMap(s);
    LOG.info("avid anonymizer built with {} detectors: {}", detectors.size(), detectorNames());
  }

  /** A builder that starts with every detector found through {@link ServiceLoader}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code text} with every finding replaced by its strategy's replacement (by default a
   * Swedish label such as {@code [TELEFON]}).
   *
   * @throws RedactionException if the text could not be fully analysed; never returns a partly redacted text
   */
  public String redact(String text) {
    List<Finding> findings = analyze(text);
    if (findings.isEmpty()) {
      return text;
    }
    try {
      StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
      int last = 0;
      for (Finding f : findings) {
        out.append(text, last, f.start());
        out.append(strategies.get(f.type()).replacement(f, text));
        last = f.end();
      }
      out.append(text, last, text.length());
      return out.toString();
    } catch (RuntimeException e) {
      throw new RedactionException("redaction-strategy", text.length(), e);
    }
  }

  /**
   * The findings in {@code text} that {@link #redact} would replace: non-overlapping, sorted by
   * start, of enabled types, with scores at or above the redact threshold.
   *
   * @throws RedactionException if any detector failed
   */
  public List<Finding> analyze(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    ScanText scan;
    try {
      scan = ScanText.of(text);
    } catch (RuntimeException e) {
      throw new RedactionException("normalizer", text.length(), e);
    }
    List<Finding> raw = new ArrayList<>();
    for (Detector detector : detectors) {
      try {
        detector.detect(scan, new CollectingSink(detector.name(), text.length(), raw));
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("detector '{}' failed on a text of {} chars: {}", detector.name(), text.length(),
            e.getClass().getName());
        throw new RedactionException(detector.name(), text.length(), e);
      }
    }
    List<Finding> resolved;
    try {
      resolved = OverlapResolver.resolve(raw);
    } catch (RuntimeException e) {
      throw new RedactionException("overlap-resolver", text.length(), e);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("analysed {} chars: {} raw findings, {} after resolution {}", text.length(), raw.size(),
          resolved.size(), countByType(resolved));
    }
    return resolved;
  }

  /** The names of the detectors in use, in the order they run. */
  public List<String> detectorNames() {
    List<String> names = new ArrayList<>(detectors.size());
    for (Detector d : detectors) {
      names.add(d.name());
    }
    return names;
  }

  /** The types that are redacted. */
  public Set<EntityType> enabledTypes() {
    return enabledTypes;
  }

  /** Scores at or above this are redacted. */
  public double redactThreshold() {
    return redactThreshold;
  }

  private static Map<EntityType, Integer> countByType(List<Finding> findings) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts;
  }

  /** Validates each finding as it arrives and keeps only those that count. */
  private final class CollectingSink implements FindingSink {
    private final String detector;
    private final int length;
    private final List<Finding> out;

    CollectingSink(String detector, int length, List<Finding> out) {
      this.detector = detector;
      this.length = length;
      this.out = out;
    }

    @Override
    public void add(int start, int end, EntityType type, double score) {
      if (end > length) {
        throw new IllegalStateException("finding ends at " + end + " past the text length " + length);
      }
      if (score >= redactThreshold && enabledTypes.contains(type)) {
        out.add(new Finding(start, end, type, score, detector));
      }
    }
  }

  /**
   * Configures an {@link Anonymizer}. Setters validate at once. Not thread-safe; the built
   * anonymizer is.
   */
  public static final class Builder {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private final EnumSet<EntityType> enabledTypes = EnumSet.complementOf(EnumSet.of(EntityType.ORGANISATIONSNUMMER));
    private final Map<EntityType, RedactionStrategy> strategies = new EnumMap<>(EntityType.class);
    private RedactionStrategy defaultStrategy = LabelStrategy.SWEDISH;
    private double redactThreshold = DEFAULT_REDACT_THRESHOLD;
    private boolean serviceLoading = true;
    private ClassLoader classLoader;
    private final List<String> removed = new ArrayList<>();

    private Builder() {}

    /**
     * Whether to add the detectors of every {@link DetectorProvider} on the classpath (default
     * true). Detectors added with {@link #addDetector} replace loaded ones of the same name.
     */
    public Builder serviceLoading(boolean enabled) {
      this.serviceLoading = enabled;
      return this;
    }

    /** The class loader to find providers with; default: the context class loader, else avid's own. */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Adds a detector, replacing any other of the same {@link Detector#name() name}. */
    public Builder addDetector(Detector detector) {
      Objects.requireNonNull(detector, "detector");
      Objects.requireNonNull(detector.name(), "detector name");
      detectors.put(detector.name(), detector);
      removed.remove(detector.name());
      return this;
    }

    /** Leaves out the detector of that name, whether added or loaded. */
    public Builder removeDetector(String name) {
      detectors.remove(Objects.requireNonNull(name, "name"));
      removed.add(name);
      return this;
    }

    /** Redacts findings of these types too (all but {@code ORGANISATIONSNUMMER} are on by default). */
    public Builder enable(EntityType... types) {
      Collections.addAll(enabledTypes, types);
      return this;
    }

    /** Neither reports nor redacts findings of these types. */
    public Builder disable(EntityType... types) {
      for (EntityType t : types) {
        enabledTypes.remove(t);
      }
      return this;
    }

    /** Findings scored at or above this (0..1) are redacted; default {@value #DEFAULT_REDACT_THRESHOLD}. */
    public Builder redactThreshold(double threshold) {
      if (!(threshold >= 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
      }
      this.redactThreshold = threshold;
      return this;
    }

    /** The strategy for every type without one of its own; default {@link LabelStrategy#SWEDISH}. */
    public Builder strategy(RedactionStrategy strategy) {
      this.defaultStrategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /** The strategy for one type. */
    public Builder strategy(EntityType type, RedactionStrategy strategy) {
      strategies.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(strategy, "strategy"));
      return this;
    }

    /** Builds the anonymizer; loads providers now, so that start-up cost is paid once. */
    public Anonymizer build() {
      if (serviceLoading) {
        Map<String, Detector> explicit = new LinkedHashMap<>(detectors);
        detectors.clear();
        ClassLoader loader = classLoader != null ? classLoader : defaultClassLoader();
        for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class, loader)) {
          for (Detector d : provider.detectors()) {
            if (!removed.contains(d.name())) {
              detectors.put(d.name(), d);
            }
          }
        }
        detectors.putAll(explicit);
        Anonymizer built = new Anonymizer(this);
        detectors.clear();
        detectors.putAll(explicit);
        return built;
      }
      return new Anonymizer(this);
    }

    private static ClassLoader defaultClassLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Anonymizer.class.getClassLoader();
    }
  }
}
