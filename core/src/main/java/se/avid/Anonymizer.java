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
import se.avid.redact.PseudonymScope;
import se.avid.redact.RedactionContext;
import se.avid.redact.RedactionStrategy;
import se.avid.rules.AllowList;
import se.avid.rules.Rules;
import se.avid.rules.TypeRule;
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
 *
 * Anonymizer moderated = Anonymizer.builder()
 *     .rules(Rules.load(Path.of("malmo-rules.txt")))     // deny/allow lists, patterns, thresholds
 *     .reviewThreshold(0.3)                              // 0.3..0.5: flag for a human, don't redact
 *     .strategy(EntityType.NAME, PseudonymStrategy.SWEDISH)
 *     .build();
 * RedactionResult r = moderated.process(post);           // r.redactedText(), r.findings(), r.needsReview()
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. The pipeline of each
 * call is: normalise ({@link ScanText}) → detect (every {@link Detector}, rules included) → drop
 * disabled types and scores under the review threshold → drop allow-listed values and findings
 * inside allow-listed terms ({@link AllowList}) → split by the
 * redact threshold → resolve overlaps ({@link OverlapResolver}) → redact with each type's
 * {@link RedactionStrategy}.
 *
 * <p>Fails closed: if any detector or strategy throws, {@link #redact}, {@link #process},
 * {@link #analyze} and {@link #assess} throw {@link RedactionException} and return nothing. Logging
 * (slf4j, at debug) carries counts, types and lengths only, never the text or what was found.
 */
public final class Anonymizer {

  private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

  /** Scores at or above this are redacted unless the builder says otherwise. */
  public static final double DEFAULT_REDACT_THRESHOLD = 0.5;

  private final List<Detector> detectors;
  private final Set<EntityType> enabledTypes;
  private final double redactThreshold;
  private final double reviewThreshold;
  /** Per type, by ordinal: the thresholds in force after per-type settings. */
  private final double[] redactAt;
  private final double[] reviewAt;
  private final Map<EntityType, RedactionStrategy> strategies;
  /** The same facts by ordinal, for the per-finding checks of every call. */
  private final boolean[] enabledAt;
  private final RedactionStrategy[] strategyAt;
  private final AllowList allowList;

  private Anonymizer(Builder b, double reviewThreshold, double[] redactAt, double[] reviewAt) {
    this.detectors = List.copyOf(b.detectors.values());
    this.enabledTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.enabledTypes));
    this.redactThreshold = b.redactThreshold;
    this.reviewThreshold = reviewThreshold;
    this.redactAt = redactAt;
    this.reviewAt = reviewAt;
    Map<EntityType, RedactionStrategy> s = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      s.put(t, b.strategies.getOrDefault(t, b.defaultStrategy));
    }
    this.strategies = Collections.unmodifiableMap(s);
    this.enabledAt = new boolean[EntityType.values().length];
    this.strategyAt = new RedactionStrategy[enabledAt.length];
    for (EntityType t : EntityType.values()) {
      enabledAt[t.ordinal()] = enabledTypes.contains(t);
      strategyAt[t.ordinal()] = s.get(t);
    }
    this.allowList = AllowList.union(b.allowLists);
    LOG.info("avid anonymizer built with {} detectors: {}; {} allow-listed terms", detectors.size(), detectorNames(),
        allowList.size());
  }

  /** A builder that starts with every detector found through {@link ServiceLoader}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code text} with every finding replaced by its strategy's replacement (by default a
   * Swedish label such as {@code [TELEFON]}). Findings in the review band are left in the text; use
   * {@link #process(String)} to learn about them.
   *
   * @throws RedactionException if the text could not be fully analysed; never returns a partly redacted text
   */
  public String redact(String text) {
    return process(text).redactedText();
  }

  /**
   * Redacts {@code text} and reports what was done: the redacted text, the findings with their
   * decisions and whether the post needs review. Pseudonyms are numbered within this one post.
   *
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text) {
    return process(text, new PseudonymScope());
  }

  /**
   * Like {@link #process(String)}, numbering pseudonyms in {@code thread}: pass the same scope for
   * every post of a thread, in order, and a person keeps one pseudonym over the whole thread.
   *
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text, PseudonymScope thread) {
    Objects.requireNonNull(thread, "thread");
    AnalysisResult analysis = assess(text);
    List<Finding> findings = analysis.redacted();
    if (findings.isEmpty()) {
      return new RedactionResult(text, text, analysis, List.of());
    }
    RedactionContext context = new RedactionContext(thread);
    List<String> replacements = new ArrayList<>(findings.size());
    try {
      StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
      int last = 0;
      for (Finding f : findings) {
        String replacement = Objects.requireNonNull(strategyAt[f.type().ordinal()].replacement(f, text, context),
            "replacement");
        replacements.add(replacement);
        out.append(text, last, f.start());
        out.append(replacement);
        last = f.end();
      }
      out.append(text, last, text.length());
      return new RedactionResult(text, out.toString(), analysis, replacements);
    } catch (RuntimeException e) {
      throw new RedactionException("redaction-strategy", text.length(), e);
    }
  }

  /**
   * The findings in {@code text} that {@link #redact} would replace: non-overlapping, sorted by
   * start, of enabled types, with scores at or above the redact threshold of their type, not
   * allow-listed. For the findings in the review band as well, use {@link #assess(String)}.
   *
   * @throws RedactionException if any detector failed
   */
  public List<Finding> analyze(String text) {
    return assess(text).redacted();
  }

  /**
   * Finds everything in {@code text} and decides on each finding: redacted, or left for review
   * (scored at or above the review threshold but under the redact threshold of its type). For a
   * moderation screen that highlights what to check; redacts nothing.
   *
   * @throws RedactionException if any detector failed
   */
  public AnalysisResult assess(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return AnalysisResult.EMPTY;
    }
    ScanText scan;
    try {
      scan = ScanText.of(text);
    } catch (RuntimeException e) {
      throw new RedactionException("normalizer", text.length(), e);
    }
    List<Finding> raw = new ArrayList<>();
    CollectingSink sink = new CollectingSink(text.length(), raw);
    for (Detector detector : detectors) {
      try {
        sink.detector = detector.name();
        detector.detect(scan, sink);
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("detector '{}' failed on a text of {} chars: {}", detector.name(), text.length(),
            e.getClass().getName());
        throw new RedactionException(detector.name(), text.length(), e);
      }
    }
    AllowList.Occurrences allowedSpans;
    try {
      allowedSpans = raw.isEmpty() ? null : allowList.occurrencesIn(scan);
    } catch (RuntimeException e) {
      throw new RedactionException("allow-list", text.length(), e);
    }
    try {
      List<Finding> toRedact = new ArrayList<>(raw.size());
      List<Finding> toReview = new ArrayList<>();
      int allowed = 0;
      for (Finding f : raw) {
        if (allowList.allows(text, f.start(), f.end()) || allowedSpans.covers(f.start(), f.end())) {
          allowed++;
        } else if (f.score() >= redactAt[f.type().ordinal()]) {
          toRedact.add(f);
        } else {
          toReview.add(f);
        }
      }
      List<Finding> redacted = OverlapResolver.resolve(toRedact);
      List<Finding> review = withoutCovered(OverlapResolver.resolve(toReview), redacted);
      if (LOG.isDebugEnabled()) {
        LOG.debug("analysed {} chars: {} raw findings, {} allow-listed, {} redacted {}, {} for review {}",
            text.length(), raw.size(), allowed, redacted.size(), countByType(redacted), review.size(),
            countByType(review));
      }
      return new AnalysisResult(redacted, review);
    } catch (RuntimeException e) {
      throw new RedactionException("overlap-resolver", text.length(), e);
    }
  }

  /** The review findings that some redacted finding does not cover whole; both lists sorted by start. */
  private static List<Finding> withoutCovered(List<Finding> review, List<Finding> redacted) {
    if (review.isEmpty() || redacted.isEmpty()) {
      return review;
    }
    List<Finding> kept = new ArrayList<>(review.size());
    int j = 0;
    for (Finding f : review) {
      while (j < redacted.size() && redacted.get(j).end() <= f.start()) {
        j++;
      }
      boolean covered = j < redacted.size() && redacted.get(j).start() <= f.start() && redacted.get(j).end() >= f.end();
      if (!covered) {
        kept.add(f);
      }
    }
    return kept;
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

  /** Scores at or above this are redacted, for types without a threshold of their own. */
  public double redactThreshold() {
    return redactThreshold;
  }

  /** Scores at or above this (and under the redact threshold) are flagged for review, for types without their own. */
  public double reviewThreshold() {
    return reviewThreshold;
  }

  /** The redact threshold in force for {@code type}. */
  public double redactThreshold(EntityType type) {
    return redactAt[type.ordinal()];
  }

  /** The review threshold in force for {@code type}; equal to its redact threshold when it has no review band. */
  public double reviewThreshold(EntityType type) {
    return reviewAt[type.ordinal()];
  }

  private static Map<EntityType, Integer> countByType(List<Finding> findings) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts;
  }

  /** Validates each finding as it arrives and keeps only those that count. One per call, for each detector in turn. */
  private final class CollectingSink implements FindingSink {
    /** The detector that reports now. */
    String detector;
    private final int length;
    private final List<Finding> out;

    CollectingSink(int length, List<Finding> out) {
      this.length = length;
      this.out = out;
    }

    @Override
    public void add(int start, int end, EntityType type, double score) {
      if (end > length) {
        throw new IllegalStateException("finding ends at " + end + " past the text length " + length);
      }
      if (score >= reviewAt[type.ordinal()] && enabledAt[type.ordinal()]) {
        out.add(new Finding(start, end, type, score, detector));
      }
    }
  }

  /**
   * Configures an {@link Anonymizer}. Setters validate at once; {@link #build()} checks that the
   * thresholds fit together. Not thread-safe; the built anonymizer is.
   */
  public static final class Builder {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private final EnumSet<EntityType> enabledTypes = EnumSet.complementOf(EnumSet.of(EntityType.ORGANISATIONSNUMMER));
    private final Map<EntityType, RedactionStrategy> strategies = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Double> typeRedact = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Double> typeReview = new EnumMap<>(EntityType.class);
    private final List<AllowList> allowLists = new ArrayList<>();
    private RedactionStrategy defaultStrategy = LabelStrategy.SWEDISH;
    private double redactThreshold = DEFAULT_REDACT_THRESHOLD;
    private Double reviewThreshold;
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
      this.redactThreshold = checkThreshold(threshold);
      return this;
    }

    /**
     * Findings scored at or above this (0..1) but under the redact threshold are reported for
     * review and not redacted. Must not exceed the redact threshold (checked by {@link #build()}).
     * By default it equals the redact threshold: no review band.
     */
    public Builder reviewThreshold(double threshold) {
      this.reviewThreshold = checkThreshold(threshold);
      return this;
    }

    /**
     * Thresholds for one type, overriding the general ones: e.g. names, which detectors score
     * loosely, reviewed from 0.3 and redacted from 0.6. A type given only a redact threshold (by a
     * rules file) reviews from the general review threshold, or from its redact threshold if that
     * is lower.
     *
     * @throws IllegalArgumentException if a threshold is outside 0..1 or {@code review > redact}
     */
    public Builder thresholds(EntityType type, double review, double redact) {
      Objects.requireNonNull(type, "type");
      checkThreshold(review);
      checkThreshold(redact);
      if (review > redact) {
        throw new IllegalArgumentException("review threshold " + review + " of " + type
            + " is above its redact threshold " + redact);
      }
      typeReview.put(type, review);
      typeRedact.put(type, redact);
      return this;
    }

    /**
     * Applies a rules file: adds its detector of deny-list terms and patterns (if it has any),
     * its allow-list, and its per-type settings (on/off, thresholds), which override earlier builder
     * calls for those types. Several rules may be applied; their allow-lists add up.
     */
    public Builder rules(Rules rules) {
      Objects.requireNonNull(rules, "rules");
      rules.detector().ifPresent(this::addDetector);
      allowLists.add(rules.allowList());
      for (Map.Entry<EntityType, TypeRule> e : rules.typeRules().entrySet()) {
        TypeRule r = e.getValue();
        if (r.enabled() != null) {
          if (r.enabled()) {
            enabledTypes.add(e.getKey());
          } else {
            enabledTypes.remove(e.getKey());
          }
        }
        if (r.review() != null) {
          typeReview.put(e.getKey(), r.review());
        }
        if (r.redact() != null) {
          typeRedact.put(e.getKey(), r.redact());
        }
      }
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

    /**
     * Builds the anonymizer; loads providers now, so that start-up cost is paid once.
     *
     * @throws IllegalStateException if a review threshold is above the redact threshold it goes with
     */
    public Anonymizer build() {
      double generalReview = reviewThreshold != null ? reviewThreshold : redactThreshold;
      if (generalReview > redactThreshold) {
        throw new IllegalStateException("review threshold " + generalReview + " is above the redact threshold "
            + redactThreshold);
      }
      double[] redactAt = new double[EntityType.values().length];
      double[] reviewAt = new double[redactAt.length];
      for (EntityType t : EntityType.values()) {
        double redact = typeRedact.getOrDefault(t, redactThreshold);
        // Inherited, the review threshold never exceeds the type's redact threshold; and a type
        // whose redact threshold is raised above the general one gets a review band down to the
        // general threshold, so that nothing the general settings would redact passes unflagged.
        double review = typeReview.containsKey(t) ? typeReview.get(t) : Math.min(generalReview, redact);
        if (review > redact) {
          throw new IllegalStateException("review threshold " + review + " of " + t
              + " is above its redact threshold " + redact);
        }
        redactAt[t.ordinal()] = redact;
        reviewAt[t.ordinal()] = review;
      }
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
        try {
          return new Anonymizer(this, generalReview, redactAt, reviewAt);
        } finally {
          detectors.clear();
          detectors.putAll(explicit);
        }
      }
      return new Anonymizer(this, generalReview, redactAt, reviewAt);
    }

    private static double checkThreshold(double threshold) {
      if (!(threshold >= 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
      }
      return threshold;
    }

    private static ClassLoader defaultClassLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Anonymizer.class.getClassLoader();
    }
  }
}
