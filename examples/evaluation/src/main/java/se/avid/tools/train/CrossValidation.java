package se.avid.tools.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import se.avid.models.context.ContextLabel;
import se.avid.models.context.MaxentContextScorer;
import se.avid.models.context.ContextScorer.Judgement;
import se.avid.tools.eval.TaggedSentence;

/**
 * K-fold cross-validation of the context model alone: the sentences are shuffled with a fixed
 * seed and dealt into K folds; each fold is scored by a model trained on the other K−1, as
 * written and lowercased. These are the honest figures for the model: the bundled model is
 * trained on the whole file, so scoring it on that file measures memory, not generalisation.
 *
 * <p>A token is predicted a person (a place) when the model gives it a probability at or above
 * the threshold; each label is scored on its own, as the detectors use them.
 */
public final class CrossValidation {

  /** The labels scored. */
  static final List<ContextLabel> LABELS = List.of(ContextLabel.PERSON, ContextLabel.PLACE);

  /**
   * The scores of one run.
   *
   * @param asWritten per label, the held-out sentences as written
   * @param lowercased per label, the same sentences lowercased
   */
  public record Result(Map<ContextLabel, LabelScore> asWritten, Map<ContextLabel, LabelScore> lowercased) {}

  private CrossValidation() {}

  /**
   * The folds of {@code sentences}: shuffled with {@code seed}, then dealt round-robin, so the
   * same sentences and seed always give the same folds.
   */
  public static List<List<TaggedSentence>> folds(List<TaggedSentence> sentences, int k, long seed) {
    if (k < 2 || k > sentences.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of sentences, not " + k);
    }
    List<TaggedSentence> shuffled = new ArrayList<>(sentences);
    Collections.shuffle(shuffled, new Random(seed));
    List<List<TaggedSentence>> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < shuffled.size(); i++) {
      folds.get(i % k).add(shuffled.get(i));
    }
    return folds;
  }

  /** Every fold but {@code heldOut}, in order: the training part of that fold's run. */
  public static List<TaggedSentence> allBut(List<List<TaggedSentence>> folds, int heldOut) {
    List<TaggedSentence> training = new ArrayList<>();
    for (int g = 0; g < folds.size(); g++) {
      if (g != heldOut) {
        training.addAll(folds.get(g));
      }
    }
    return training;
  }

  /** Trains K models and scores each on its held-out fold. */
  public static Result run(List<TaggedSentence> sentences, int k, long seed, ContextModelTrainer trainer,
      double threshold) throws IOException {
    Result result = new Result(scores(), scores());
    List<List<TaggedSentence>> folds = folds(sentences, k, seed);
    for (int f = 0; f < k; f++) {
      List<TaggedSentence> training = allBut(folds, f);
      GISModel model = trainer.train(training);
      if (model.getIndex(ContextLabel.PERSON.outcome()) < 0 || model.getIndex(ContextLabel.PLACE.outcome()) < 0) {
        throw new IllegalArgumentException("the training part of fold " + (f + 1) + " has no person or no place:"
            + " too little data for " + k + " folds");
      }
      MaxentContextScorer scorer = new MaxentContextScorer(model);
      for (TaggedSentence s : folds.get(f)) {
        score(scorer, s, threshold, result.asWritten());
        score(scorer, s.lowercased(), threshold, result.lowercased());
      }
    }
    return result;
  }

  /** Scores the model's judgement of every token of one sentence. */
  static void score(MaxentContextScorer scorer, TaggedSentence sentence, double threshold,
      Map<ContextLabel, LabelScore> scores) {
    String[] tokens = sentence.tokenArray();
    Map<ContextLabel, boolean[]> gold = new EnumMap<>(ContextLabel.class);
    Map<ContextLabel, boolean[]> predicted = new EnumMap<>(ContextLabel.class);
    for (ContextLabel label : LABELS) {
      gold.put(label, new boolean[tokens.length]);
      predicted.put(label, new boolean[tokens.length]);
    }
    for (int i = 0; i < tokens.length; i++) {
      ContextLabel label = ContextEvents.labelOf(sentence.tags().get(i));
      if (gold.containsKey(label)) {
        gold.get(label)[i] = true;
      }
      Judgement j = scorer.judge(tokens, i);
      predicted.get(ContextLabel.PERSON)[i] = j.person() >= threshold;
      predicted.get(ContextLabel.PLACE)[i] = j.place() >= threshold;
    }
    for (ContextLabel label : LABELS) {
      scores.get(label).add(gold.get(label), predicted.get(label));
    }
  }

  private static Map<ContextLabel, LabelScore> scores() {
    Map<ContextLabel, LabelScore> scores = new EnumMap<>(ContextLabel.class);
    for (ContextLabel label : LABELS) {
      scores.put(label, new LabelScore());
    }
    return scores;
  }
}
