package se.avid.models.review;

import se.avid.EntityType;
import se.avid.spi.FindingSink;

/**
 * Adds up the weak evidence of one post. Every finding passes through to the sink as it is; those
 * scored under {@link #WEAK} (too weak to flag a post in a moderated service on their own) are also
 * combined, as independent chances of a leak: the post's risk is {@code 1 - (1 - p1)(1 - p2)…}. When
 * two or more weak findings make a risk above the strongest of them, {@link #finish} reports it as
 * one more finding ({@link ResidualSignal#POST_RISK}) on the span of the strongest, scored by that
 * risk but held at the measured reliability of such findings ({@code POST_RISK.score()}): weak
 * signals of one post are not independent (a post in another language, a post full of typos), and
 * measured, a post's risk finding covered an entity far less often than its risk said (12 of 114 in
 * SUC and news, none of 2 in posts), so it now flags only a service that reviews from that low.
 *
 * <p>The risk finding stands on one word, so a redacted finding that covers that word drops it,
 * as it drops any review finding; weak findings on other words that another detector redacts still
 * count towards it, which errs towards a flag. It never redacts. One per text; not thread-safe.
 */
final class PostRisk implements FindingSink {

  /** Scores under this flag nothing alone in a service that reviews from 0.3; they add up here. */
  static final double WEAK = 0.3;

  /** What the risk finding's explanation puts before the explanation of its strongest weak finding. */
  static final String STRONGEST = "; strongest: ";
  private static final String RESIDUAL = "residual: ";

  private final FindingSink sink;
  private final boolean explaining;
  private double unlikely = 1; // the chance that none of the weak findings is a leak
  private int weak;
  private int strongestStart = -1;
  private int strongestEnd;
  private EntityType strongestType;
  private String strongestExplanation;
  private double strongest;

  PostRisk(FindingSink sink) {
    this.sink = sink;
    this.explaining = sink.explaining();
  }

  @Override
  public void add(int start, int end, EntityType type, double score) {
    add(start, end, type, score, null);
  }

  @Override
  public void add(int start, int end, EntityType type, double score, String explanation) {
    sink.add(start, end, type, score, explanation);
    if (score < WEAK) {
      weak++;
      unlikely *= 1 - score;
      if (score > strongest) {
        strongest = score;
        strongestStart = start;
        strongestEnd = end;
        strongestType = type;
        strongestExplanation = explanation;
      }
    }
  }

  @Override
  public boolean explaining() {
    return explaining;
  }

  /** The post's risk so far: the chance that at least one weak finding is a leak. */
  double risk() {
    return 1 - unlikely;
  }

  /**
   * Reports the post's risk, held at its measured reliability, if two or more weak findings add up
   * to more than the strongest alone.
   */
  void finish() {
    double score = Math.min(risk(), ResidualSignal.POST_RISK.score());
    if (weak >= 2 && score > strongest) {
      // the risk finding stands on the strongest's span and replaces it there: it names it, so that
      // the evaluation still counts the strongest signal's finding
      String why = strongestExplanation == null ? ResidualSignal.POST_RISK.explanation()
          : ResidualSignal.POST_RISK.explanation() + STRONGEST + strongestExplanation.substring(RESIDUAL.length());
      sink.add(strongestStart, strongestEnd, strongestType, score, why);
    }
  }
}
