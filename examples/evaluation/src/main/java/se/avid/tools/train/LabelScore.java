package se.avid.tools.train;

import se.avid.tools.eval.Ratio;

/**
 * Precision and recall of one label (say, person) predicted token by token, counted per token and
 * per entity. An entity is a maximal run of tokens with the label, gold or predicted; a gold
 * entity is found when a predicted one overlaps it, and a predicted one is right when it overlaps
 * a gold one. Not thread-safe.
 */
public final class LabelScore {

  private long goldTokens;
  private long predictedTokens;
  private long correctTokens;
  private long goldEntities;
  private long goldEntitiesFound;
  private long predictedEntities;
  private long predictedEntitiesRight;

  /**
   * Counts one sentence.
   *
   * @param gold per token, whether it has the label
   * @param predicted per token, whether the model gave it the label
   */
  public void add(boolean[] gold, boolean[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException(gold.length + " gold tokens but " + predicted.length + " predicted");
    }
    for (int i = 0; i < gold.length; i++) {
      goldTokens += gold[i] ? 1 : 0;
      predictedTokens += predicted[i] ? 1 : 0;
      correctTokens += gold[i] && predicted[i] ? 1 : 0;
    }
    goldEntities += runs(gold);
    goldEntitiesFound += runsOverlapping(gold, predicted);
    predictedEntities += runs(predicted);
    predictedEntitiesRight += runsOverlapping(predicted, gold);
  }

  public Ratio tokenPrecision() {
    return new Ratio(correctTokens, predictedTokens);
  }

  public Ratio tokenRecall() {
    return new Ratio(correctTokens, goldTokens);
  }

  public Ratio entityPrecision() {
    return new Ratio(predictedEntitiesRight, predictedEntities);
  }

  public Ratio entityRecall() {
    return new Ratio(goldEntitiesFound, goldEntities);
  }

  /** The harmonic mean of a precision and a recall, NaN when either is undefined. */
  public static double f1(Ratio precision, Ratio recall) {
    double p = precision.share();
    double r = recall.share();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static int runs(boolean[] marks) {
    int n = 0;
    for (int i = 0; i < marks.length; i++) {
      if (marks[i] && (i == 0 || !marks[i - 1])) {
        n++;
      }
    }
    return n;
  }

  /** Runs of {@code marks} that share a token with {@code other}. */
  private static int runsOverlapping(boolean[] marks, boolean[] other) {
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < marks.length; i++) {
      if (!marks[i]) {
        counted = false;
      } else if (other[i] && !counted) {
        n++;
        counted = true;
      }
    }
    return n;
  }
}
