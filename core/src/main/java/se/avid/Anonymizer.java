package se.avid;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;
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
 * moderated.process(post, CallOptions.builder().types(EntityType.PHONE).explain(true).build()); // this call only
 * moderated.redactSpans(post, List.of(Finding.marked(10, 14, EntityType.NAME)));              // a moderator's spans
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. The pipeline of each
 * call is: normalise ({@link ScanText}) → detect (every {@link Detector}, rules included) → drop
 * disabled types and scores under the review threshold → drop allow-listed values and findings
 * inside allow-listed terms ({@link AllowList}) → split by the
 * redact threshold → resolve overlaps ({@link OverlapResolver}) → redact with each type's
 * {@link RedactionStrategy}. Small package-private classes hold the steps: {@code Pipeline} (the
 * steps in order), {@code CollectingSink} (detect), {@code Decisions} (allow, split, resolve,
 * explain), {@code Replacer} (the one replacement loop), {@code Thresholds} (per-type settings,
 * narrowed by {@link CallOptions}), {@code TypeSettings} (what the builder was told per type),
 * {@code DetectorChoice} (and about detectors and allow-lists).
 *
 * <p>Fails closed: if any detector or strategy throws, {@link #redact}, {@link #process},
 * {@link #analyze} and {@link #assess} throw {@link RedactionException} and return nothing. Logging
 * (slf4j, at debug) carries counts, types and lengths only, never the text or what was found.
 */
public final class Anonymizer {

  private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

  /** Scores at or above this are redacted unless the builder says otherwise. */
  public static final double DEFAULT_REDACT_THRESHOLD = 0.5;

  private final Pipeline pipeline;
  private final Set<EntityType> enabledTypes;
  /** Per type: on/off, thresholds and strategy; narrowed per call by {@link CallOptions}. */
  private final Thresholds settings;

  private Anonymizer(Builder b, DetectorChoice.Chosen chosen, Thresholds settings) {
    this.pipeline = new Pipeline(chosen.detectors(), chosen.allowList());
    Set<EntityType> enabled = new LinkedHashSet<>(EntityType.all());
    enabled.removeAll(b.types.disabled);
    this.enabledTypes = Collections.unmodifiableSet(enabled);
    this.settings = settings;
    LOG.info("avid anonymizer built with {} detectors: {}; {} allow-listed terms", chosen.detectors().size(), detectorNames(),
        pipeline.allowListSize());
  }

  /**
   * A builder that starts with every detector found through {@link ServiceLoader}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code text} with every finding replaced by its strategy's replacement (by default a
   * Swedish label such as {@code [TELEFON]}). Findings in the review band are left in the text; use
   * {@link #process(String)} to learn about them.
   *
   * @param text the text, e.g. a post
   * @return the redacted text
   * @throws RedactionException if the text could not be fully analysed; never returns a partly redacted text
   */
  public String redact(String text) {
    return process(text).redactedText();
  }

  /**
   * Redacts {@code text} and reports what was done: the redacted text, the findings with their
   * decisions and whether the post needs review. Pseudonyms are numbered within this one post.
   *
   * @param text the text, e.g. a post
   * @return the redacted text and what was done
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text) {
    return process(text, new PseudonymScope());
  }

  /**
   * Like {@link #process(String)}, numbering pseudonyms in {@code thread}: pass the same scope for
   * every post of a thread, in order, and a person keeps one pseudonym over the whole thread.
   *
   * @param text the text, e.g. a post
   * @param thread the scope pseudonyms are numbered in, shared by the posts of a thread
   * @return the redacted text and what was done
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text, PseudonymScope thread) {
    return process(text, thread, CallOptions.DEFAULTS);
  }

  /**
   * Like {@link #process(String)}, with settings for this call only: fewer types, other
   * thresholds, explanations. Other calls, before, after or at the same time, are not affected.
   *
   * @param text the post
   * @param options this call's settings
   * @return the redacted text and what was done
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text, CallOptions options) {
    return process(text, new PseudonymScope(), options);
  }

  /**
   * Like {@link #process(String, PseudonymScope)}, with settings for this call only.
   *
   * @param text the post
   * @param thread the scope pseudonyms are numbered in
   * @param options this call's settings
   * @return the redacted text and what was done
   * @throws RedactionException if the text could not be fully analysed or redacted
   */
  public RedactionResult process(String text, PseudonymScope thread, CallOptions options) {
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(text, "text");
    return pipeline.process(text, settings.forCall(Objects.requireNonNull(options, "options")),
        new RedactionContext(thread));
  }

  /**
   * Replaces spans that a person chose (a moderator's edits) by the strategies configured for their
   * types, whether or not the type is enabled, and reports where each replacement landed in the
   * output. Detects nothing: only the given spans are replaced. Pseudonyms are numbered in this call.
   *
   * <pre>{@code
   * RedactionResult r = anonymizer.redactSpans(post, List.of(Finding.marked(9, 13, EntityType.NAME)));
   * r.redactedText();                     // "Jag heter [NAMN] och bor här"
   * r.replacements().get(0).outputEnd();  // where the label ends in the redacted text
   * }</pre>
   *
   * @param text the original text
   * @param spans the spans to replace, offsets into {@code text}, in any order, not overlapping
   * @return the redacted text, the spans (all {@link Decision#REDACTED}) and their replacements
   * @throws IllegalArgumentException if a span ends past the text or two spans overlap
   * @throws RedactionException if a strategy fails
   */
  public RedactionResult redactSpans(String text, List<Finding> spans) {
    return redactSpans(text, spans, new PseudonymScope());
  }

  /**
   * Like {@link #redactSpans(String, List)}, numbering pseudonyms in {@code thread}.
   *
   * @param text the original text
   * @param spans the spans to replace, not overlapping
   * @param thread the scope pseudonyms are numbered in
   * @return the redacted text, the spans and their replacements
   * @throws IllegalArgumentException if a span ends past the text or two spans overlap
   * @throws RedactionException if a strategy fails
   */
  public RedactionResult redactSpans(String text, List<Finding> spans, PseudonymScope thread) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(thread, "thread");
    List<Finding> sorted = Replacer.checkedSpans(text, Objects.requireNonNull(spans, "spans"));
    return Replacer.apply(text, new AnalysisResult(sorted, List.of()), settings, new RedactionContext(thread));
  }

  /**
   * The findings in {@code text} that {@link #redact} would replace: non-overlapping, sorted by
   * start, of enabled types, with scores at or above the redact threshold of their type, not
   * allow-listed. For the findings in the review band as well, use {@link #assess(String)}.
   *
   * @param text the text, e.g. a post
   * @return the redacted findings, sorted by start
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
   * @param text the text, e.g. a post
   * @return the findings with their decisions
   * @throws RedactionException if any detector failed
   */
  public AnalysisResult assess(String text) {
    return pipeline.assess(Objects.requireNonNull(text, "text"), settings);
  }

  /**
   * Like {@link #assess(String)}, with settings for this call only.
   *
   * @param text the post
   * @param options this call's settings
   * @return the findings with their decisions
   * @throws RedactionException if any detector failed
   */
  public AnalysisResult assess(String text, CallOptions options) {
    return pipeline.assess(Objects.requireNonNull(text, "text"),
        settings.forCall(Objects.requireNonNull(options, "options")));
  }

  /**
   * The names of the detectors in use, in the order they run.
   *
   * @return the names
   */
  public List<String> detectorNames() {
    return pipeline.detectorNames();
  }

  /**
   * The types that are redacted.
   *
   * @return the enabled types known when it was built
   */
  public Set<EntityType> enabledTypes() {
    return enabledTypes;
  }

  /**
   * Scores at or above this are redacted, for types without a threshold of their own.
   *
   * @return the general redact threshold
   */
  public double redactThreshold() {
    return settings.generalRedact();
  }

  /**
   * Scores at or above this (and under the redact threshold) are flagged for review, for types without their own.
   *
   * @return the general review threshold
   */
  public double reviewThreshold() {
    return settings.generalReview();
  }

  /**
   * The redact threshold in force for {@code type}.
   *
   * @param type a built-in or custom type
   * @return the threshold
   */
  public double redactThreshold(EntityType type) {
    return settings.redactAt(type);
  }

  /**
   * The review threshold in force for {@code type}; equal to its redact threshold when it has no review band.
   *
   * @param type a built-in or custom type
   * @return the threshold
   */
  public double reviewThreshold(EntityType type) {
    return settings.reviewAt(type);
  }

  /**
   * Configures an {@link Anonymizer}. Setters validate at once; {@link #build()} checks that the
   * thresholds fit together. Not thread-safe; the built anonymizer is.
   */
  public static final class Builder {
    /** Detectors added, removed and loaded, and the allow-lists. */
    private final DetectorChoice detectors = new DetectorChoice();
    /** On/off, thresholds and strategies of single types. */
    final TypeSettings types = new TypeSettings();
    RedactionStrategy defaultStrategy = LabelStrategy.SWEDISH;
    double redactThreshold = DEFAULT_REDACT_THRESHOLD;
    private Double reviewThreshold;
    boolean explanations;

    private Builder() {}

    /**
     * Whether to add the detectors of every {@link DetectorProvider} on the classpath (default
     * true). Detectors added with {@link #addDetector} replace loaded ones of the same name.
     *
     * @param enabled true to load providers
     * @return this builder
     */
    public Builder serviceLoading(boolean enabled) {
      detectors.serviceLoading = enabled;
      return this;
    }

    /**
     * Whether the terms that the loaded providers keep ({@link DetectorProvider#keptTerms()}: the
     * banks, shops, brands and medicines of {@code avid-swedish-models}) protect findings of
     * name-like types from every detector (default true). The user's rules always win over them:
     * what a rules file denies is redacted even if a provider keeps it.
     *
     * @param enabled true to use the providers' kept terms
     * @return this builder
     */
    public Builder keptTerms(boolean enabled) {
      detectors.keptTerms = enabled;
      return this;
    }

    /**
     * The class loader to find providers with; default: the context class loader, else avid's own.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      detectors.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Adds a detector, replacing any other of the same {@link Detector#name() name}.
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder addDetector(Detector detector) {
      detectors.add(detector);
      return this;
    }

    /**
     * Leaves out the detector of that name, whether added or loaded.
     *
     * @param name the detector name
     * @return this builder
     */
    public Builder removeDetector(String name) {
      detectors.remove(name);
      return this;
    }

    /**
     * Redacts findings of these types too (all but {@code ORGANISATIONSNUMMER} are on by default,
     * custom types included).
     *
     * @param types built-in or custom types
     * @return this builder
     */
    public Builder enable(EntityType... types) {
      for (EntityType t : types) {
        this.types.enable(t);
      }
      return this;
    }

    /**
     * Neither reports nor redacts findings of these types.
     *
     * @param types built-in or custom types
     * @return this builder
     */
    public Builder disable(EntityType... types) {
      for (EntityType t : types) {
        this.types.disable(t);
      }
      return this;
    }

    /**
     * Whether every finding carries a few words on why it was made ({@link Finding#explanation()}),
     * for a moderation screen; default false. One call can ask with {@link CallOptions.Builder#explain}.
     *
     * @param on true to fill explanations in every call
     * @return this builder
     */
    public Builder explanations(boolean on) {
      this.explanations = on;
      return this;
    }

    /**
     * Findings scored at or above this (0..1) are redacted; default {@value #DEFAULT_REDACT_THRESHOLD}.
     *
     * @param threshold a score from 0 to 1
     * @return this builder
     */
    public Builder redactThreshold(double threshold) {
      this.redactThreshold = Thresholds.check(threshold);
      return this;
    }

    /**
     * Findings scored at or above this (0..1) but under the redact threshold are reported for
     * review and not redacted. Must not exceed the redact threshold (checked by {@link #build()}).
     * By default it equals the redact threshold: no review band.
     *
     * @param threshold a score from 0 to 1
     * @return this builder
     */
    public Builder reviewThreshold(double threshold) {
      this.reviewThreshold = Thresholds.check(threshold);
      return this;
    }

    /**
     * Thresholds for one type, overriding the general ones: e.g. names, which detectors score
     * loosely, reviewed from 0.3 and redacted from 0.6. A type given only a redact threshold (by a
     * rules file) reviews from the general review threshold, or from its redact threshold if that
     * is lower.
     *
     * @param type a built-in or custom type
     * @param review the review threshold, 0 to 1
     * @param redact the redact threshold, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if a threshold is outside 0..1 or {@code review > redact}
     */
    public Builder thresholds(EntityType type, double review, double redact) {
      types.thresholds(type, review, redact);
      return this;
    }

    /**
     * Applies a rules file: adds its detector of deny-list terms and patterns (if it has any),
     * its allow-list, and its per-type settings (on/off, thresholds, strategy; custom types it
     * declares are on), which override earlier builder
     * calls for those types. Several rules may be applied; their allow-lists add up. Its deny terms
     * and patterns win over the terms that providers keep ({@link #keptTerms}).
     *
     * @param rules loaded rules
     * @return this builder
     */
    public Builder rules(Rules rules) {
      detectors.addRules(Objects.requireNonNull(rules, "rules"));
      types.apply(rules);
      return this;
    }

    /**
     * The strategy for every type without one of its own; default {@link LabelStrategy#SWEDISH}.
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder strategy(RedactionStrategy strategy) {
      this.defaultStrategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /**
     * The strategy for one type.
     *
     * @param type a built-in or custom type
     * @param strategy the strategy
     * @return this builder
     */
    public Builder strategy(EntityType type, RedactionStrategy strategy) {
      types.strategy(type, strategy);
      return this;
    }

    /**
     * Builds the anonymizer; loads providers now, so that start-up cost is paid once.
     *
     * @return the anonymizer
     * @throws IllegalStateException if a review threshold is above the redact threshold it goes with
     */
    public Anonymizer build() {
      double generalReview = reviewThreshold != null ? reviewThreshold : redactThreshold;
      if (generalReview > redactThreshold) {
        throw new IllegalStateException("review threshold " + generalReview + " is above the redact threshold "
            + redactThreshold);
      }
      Thresholds settings = Thresholds.of(this, generalReview);
      return new Anonymizer(this, detectors.choose(), settings);
    }
  }
}
