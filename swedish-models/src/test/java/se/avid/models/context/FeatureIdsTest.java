package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/** The detectors' feature ids must be the ids of the features the model was trained on. */
class FeatureIdsTest {

  /** The features found from the tokens of a text, without strings, are those of their strings. */
  @Test
  void featuresFromTokensAreThoseOfTheirStrings() {
    FlatMaxent model = FlatMaxentTest.FLAT;
    FeatureIds.ConstantIds constants = new FeatureIds.ConstantIds(model);
    FeatureIds.Buffers buffers = new FeatureIds.Buffers();
    int compared = 0;
    for (String text : FlatMaxentTest.TEXTS) {
      Tokens tokens = Tokens.of(ScanText.of(text));
      int n = tokens.size();
      // the whole text as one window, and windows that cut it after each token
      for (int cut = 0; cut <= n; cut++) {
        int[][] windows = {{0, n}, {0, Math.max(1, cut)}, {Math.min(cut, n - 1), n}};
        for (int[] w : windows) {
          String[] strings = new String[w[1] - w[0]];
          for (int t = w[0]; t < w[1]; t++) {
            strings[t - w[0]] = tokens.original(t);
          }
          for (int t = w[0]; t < w[1]; t++) {
            String[] features = ContextFeatures.of(strings, t - w[0]);
            int[] expected = new int[features.length];
            for (int i = 0; i < features.length; i++) {
              expected[i] = model.id(features[i]);
            }
            int count = FeatureIds.ids(tokens, w[0], w[1], t, constants, buffers);
            int[] actual = Arrays.copyOf(buffers.ids, count);
            assertArrayEquals(expected, actual, () -> List.of(features).toString());
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 1000, "compared " + compared);
  }
}
