package se.avid.models.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import se.avid.models.lexicon.Tokens;

/**
 * A {@link ContextScorer} backed by a maximum-entropy classifier over the {@link ContextFeatures}
 * of a token: it tells {@code jag heter Björn} (a person) from {@code en björn i skogen} (a bear)
 * and {@code bor i Sundsvall} (a place) from words the lexicons cannot settle.
 *
 * <pre>{@code
 * ContextScorer scorer = MaxentContextScorer.bundled();
 * Judgement j = scorer.judge(new String[] {"jag", "heter", "björn", "."}, 2);
 * if (j.person() > 0.5) { ... }
 * }</pre>
 *
 * <p>The {@linkplain #bundled() bundled model} was trained on half of the SUC 3.0 development set,
 * each sentence as written and lowercased (see the module README); it is read once, on first use.
 * A call costs a feature extraction and a sparse dot product, a few microseconds.
 *
 * <p>Immutable and thread-safe.
 */
public final class MaxentContextScorer implements ContextScorer {

  /** The bundled model, a resource next to this class. */
  static final String BUNDLED_MODEL = "context-maxent.bin.gz";

  /** OpenNLP's model, or null for a model read straight into {@link #flat} (the bundled one). */
  private final MaxentModel model;
  /** The model in flat arrays, or null for a model that is no plain {@code GISModel}. */
  private final FlatMaxent flat;
  private final FeatureIds.ConstantIds constantIds;
  /** Each thread's buffers for the feature ids of one judgement, reused from call to call. */
  private final ThreadLocal<FeatureIds.Buffers> buffers = ThreadLocal.withInitial(FeatureIds.Buffers::new);
  private final int person;
  private final int place;

  /**
   * A scorer over {@code model}, which must have been trained on {@link ContextFeatures} with the
   * {@link ContextLabel} outcomes.
   *
   * @throws IllegalArgumentException if the model lacks the person or place outcome
   * @param model the trained model
   */
  public MaxentContextScorer(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.person = model.getIndex(ContextLabel.PERSON.outcome());
    this.place = model.getIndex(ContextLabel.PLACE.outcome());
    if (person < 0 || place < 0) {
      throw new IllegalArgumentException("the model has no " + ContextLabel.PERSON.outcome() + " or "
          + ContextLabel.PLACE.outcome() + " outcome");
    }
    this.flat = FlatMaxent.of(model);
    this.constantIds = flat != null ? new FeatureIds.ConstantIds(flat) : null;
  }

  /** A scorer over a model read straight into flat arrays ({@link ContextModelFile#readFlat}). */
  private MaxentContextScorer(ContextModelFile.Flat read) {
    this.model = null;
    this.flat = read.model();
    this.person = indexOf(read.outcomes(), ContextLabel.PERSON.outcome());
    this.place = indexOf(read.outcomes(), ContextLabel.PLACE.outcome());
    if (person < 0 || place < 0) {
      throw new IllegalArgumentException("the model has no " + ContextLabel.PERSON.outcome() + " or "
          + ContextLabel.PLACE.outcome() + " outcome");
    }
    this.constantIds = new FeatureIds.ConstantIds(flat);
  }

  /** The index of {@code outcome} among {@code outcomes}, or -1, as {@link MaxentModel#getIndex} finds it. */
  private static int indexOf(String[] outcomes, String outcome) {
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i].equals(outcome)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The scorer over the model bundled with avid, loaded once.
   *
   * @return the bundled scorer
   */
  public static MaxentContextScorer bundled() {
    return BundledHolder.INSTANCE;
  }

  @Override
  public Judgement judge(String[] tokens, int index) {
    String[] features = ContextFeatures.of(tokens, index);
    double[] p;
    if (model != null) {
      p = model.eval(features);
    } else { // the same sums as OpenNLP's (FlatMaxent), over the features' ids
      int[] ids = new int[features.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = flat.id(features[i]);
      }
      p = new double[flat.numOutcomes()];
      flat.eval(ids, ids.length, p);
    }
    return new Judgement(probability(p[person]), probability(p[place]));
  }

  /**
   * A judge of the tokens of one text, for one call of a detector (not thread-safe): the same
   * judgement as {@link #judge(String[], int)} of the window's token strings, found without
   * making them.
   *
   * @param tokens the tokens of one text
   * @return a judge of those tokens, for one call
   */
  public TokenJudge forTokens(Tokens tokens) {
    return new TokenJudge(Objects.requireNonNull(tokens, "tokens"));
  }

  /** Judges tokens of one {@link Tokens} in windows of them; see {@link #forTokens}. Not thread-safe. */
  public final class TokenJudge {
    private final Tokens tokens;
    private final double[] probabilities;

    private TokenJudge(Tokens tokens) {
      this.tokens = tokens;
      this.probabilities = flat != null ? new double[flat.numOutcomes()] : null;
    }

    /**
     * The judgement of token {@code index} in the window of tokens {@code [from, to)}: the same as
     * {@link MaxentContextScorer#judge(String[], int)} of {@link Tokens#original} of each.
     *
     * @throws IndexOutOfBoundsException unless {@code from <= index < to <= tokens.size()}
     * @param from the window's first token
     * @param to the token after the window's last
     * @param index the token to judge
     * @return the probabilities of a person and of a place
     */
    public Judgement judge(int from, int to, int index) {
      if (from < 0 || index < from || index >= to || to > tokens.size()) {
        throw new IndexOutOfBoundsException("token " + index + " of window [" + from + ", " + to + ")");
      }
      if (flat == null) {
        String[] window = new String[to - from];
        for (int i = from; i < to; i++) {
          window[i - from] = tokens.original(i);
        }
        return MaxentContextScorer.this.judge(window, index - from);
      }
      // the thread's buffers, taken per call: they hold nothing from one call to the next
      FeatureIds.Buffers b = buffers.get();
      int count = FeatureIds.ids(tokens, from, to, index, constantIds, b);
      flat.eval(b.ids, count, probabilities);
      return new Judgement(probability(probabilities[person]), probability(probabilities[place]));
    }
  }

  /** Guards the record's range check against rounding just outside [0,1]. */
  private static double probability(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }

  private static final class BundledHolder {
    static final MaxentContextScorer INSTANCE = load();

    private static MaxentContextScorer load() {
      try (InputStream in = MaxentContextScorer.class.getResourceAsStream(BUNDLED_MODEL)) {
        if (in == null) {
          throw new IllegalStateException("bundled context model missing: " + BUNDLED_MODEL);
        }
        // straight into flat arrays: OpenNLP's model is never used for the bundled one
        return new MaxentContextScorer(ContextModelFile.readFlat(in));
      } catch (IOException e) {
        throw new UncheckedIOException("bundled context model unreadable: " + BUNDLED_MODEL, e);
      }
    }
  }
}
