package se.avid.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.avid.tools.eval.Ratio;

class LabelScoreTest {

  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void tokensCountOneByOne() {
    LabelScore s = new LabelScore();
    //            Anna Lindqvist bor  i   Kiruna
    s.add(new boolean[] {T, T, F, F, F}, new boolean[] {T, F, F, F, T});

    assertEquals(new Ratio(1, 2), s.tokenPrecision());
    assertEquals(new Ratio(1, 2), s.tokenRecall());
  }

  @Test
  void entityFoundWhenAnyOfItsTokensIsPredicted() {
    LabelScore s = new LabelScore();
    s.add(new boolean[] {T, T, F, F, F}, new boolean[] {T, F, F, F, T});

    assertEquals(new Ratio(1, 1), s.entityRecall());
    assertEquals(new Ratio(1, 2), s.entityPrecision());
  }

  @Test
  void predictedRunOverTwoGoldEntitiesIsOneRightPrediction() {
    LabelScore s = new LabelScore();
    s.add(new boolean[] {T, F, T}, new boolean[] {T, T, T});

    assertEquals(new Ratio(2, 2), s.entityRecall());
    assertEquals(new Ratio(1, 1), s.entityPrecision());
  }

  @Test
  void countsAddUpOverSentences() {
    LabelScore s = new LabelScore();
    s.add(new boolean[] {T, F}, new boolean[] {T, F});
    s.add(new boolean[] {F, T}, new boolean[] {F, F});

    assertEquals(new Ratio(1, 2), s.entityRecall());
    assertEquals(new Ratio(1, 1), s.entityPrecision());
    assertEquals(2.0 * 1.0 * 0.5 / 1.5, LabelScore.f1(s.entityPrecision(), s.entityRecall()), 1e-12);
  }

  @Test
  void sentencesOfDifferentLengthsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LabelScore().add(new boolean[2], new boolean[3]));
  }
}
