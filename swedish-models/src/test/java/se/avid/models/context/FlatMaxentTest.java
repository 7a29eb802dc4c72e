package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import org.junit.jupiter.api.Test;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/** The flat copy of the bundled model gives the very probabilities of OpenNLP's evaluation. */
class FlatMaxentTest {

  static final MaxentModel MODEL = bundledModel();
  static final FlatMaxent FLAT = FlatMaxent.of(MODEL);

  static MaxentModel bundledModel() {
    try (InputStream in = MaxentContextScorer.class.getResourceAsStream(MaxentContextScorer.BUNDLED_MODEL)) {
      return ContextModelFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts of the kinds the detectors judge: cues, names in both cases, hyphens, odd chars. */
  static final List<String> TEXTS = List.of(
      "hej! jag heter Björn och bor i Umeå. Min son elias går på Rosengårdsskolan.",
      "mvh, Anna-Karin",
      "vi flyttade till sundsvall förra året, nu bor vi i Luleå kommun",
      "Handläggaren Lena Holm sa att hennes man Peter måste ringa 070-123 45 67 innan kl. 12.",
      "min sambo kallas Sten men heter egentligen Stefan – han är 34 år",
      "İstanbul ΣΟΦΙΑ Σ σ ﬁnns 😀 Zoë Ångström D'Angelo o’Brien",
      "BRIS ringde från Region Skåne... Sedan kom doktor Berg!!! / Kalle",
      "a");

  @Test
  void evaluatesEveryContextOfThePostsAsOpenNlpDoes() {
    assertNotNull(FLAT);
    int compared = 0;
    for (String text : TEXTS) {
      Tokens tokens = Tokens.of(ScanText.of(text));
      String[] window = new String[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        window[t] = tokens.original(t);
      }
      for (int t = 0; t < window.length; t++) {
        String[] features = ContextFeatures.of(window, t);
        int[] ids = new int[features.length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = FLAT.id(features[i]);
        }
        double[] flat = new double[FLAT.numOutcomes()];
        FLAT.eval(ids, ids.length, flat);
        assertArrayEquals(MODEL.eval(features), flat, 0.0, () -> String.join(" ", features));
        compared++;
      }
    }
    assertEquals(95, compared, "every token of the texts");
  }

  @Test
  void theBundledModelReadStraightIntoFlatArraysEvaluatesAsOpenNlpDoes() throws IOException {
    ContextModelFile.Flat read;
    try (InputStream in = MaxentContextScorer.class.getResourceAsStream(MaxentContextScorer.BUNDLED_MODEL)) {
      read = ContextModelFile.readFlat(in);
    }
    assertEquals(MODEL.getNumOutcomes(), read.outcomes().length);
    for (int o = 0; o < read.outcomes().length; o++) {
      assertEquals(MODEL.getOutcome(o), read.outcomes()[o]);
    }
    int compared = 0;
    for (String text : TEXTS) {
      Tokens tokens = Tokens.of(ScanText.of(text));
      String[] window = new String[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        window[t] = tokens.original(t);
      }
      for (int t = 0; t < window.length; t++) {
        String[] features = ContextFeatures.of(window, t);
        int[] ids = new int[features.length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = read.model().id(features[i]);
        }
        double[] flat = new double[read.model().numOutcomes()];
        read.model().eval(ids, ids.length, flat);
        assertArrayEquals(MODEL.eval(features), flat, 0.0, () -> String.join(" ", features));
        compared++;
      }
    }
    assertEquals(95, compared, "every token of the texts");
  }

  @Test
  void theBundledScorerJudgesWordsAsOneOverOpenNlpsModel() {
    MaxentContextScorer overOpenNlp = new MaxentContextScorer(MODEL);
    for (String text : TEXTS) {
      Tokens tokens = Tokens.of(ScanText.of(text));
      String[] window = new String[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        window[t] = tokens.original(t);
      }
      for (int t = 0; t < window.length; t++) {
        assertEquals(overOpenNlp.judge(window, t), MaxentContextScorer.bundled().judge(window, t));
      }
    }
  }

  @Test
  void findsAFeatureByItsCharsAsByItsName() {
    char[] chars = "w=björnxyz".toCharArray();
    assertEquals(FLAT.id("w=björn"), FLAT.id(chars, 7, "w=björn".hashCode()));
    assertEquals(-1, FLAT.id("w=\u0000no such word"));
  }

  @Test
  void aModelWithAnotherPriorIsNotCopied() {
    Context[] params = {new Context(new int[] {0, 1}, new double[] {0.5, -0.5})};
    Prior skewed = new Prior() {
      @Override
      public void logPrior(double[] dist, int[] context, float[] values) {
        dist[0] = -0.1;
        dist[1] = -2.3;
      }

      @Override
      public void logPrior(double[] dist, Context[] context, float[] values) {
        logPrior(dist, (int[]) null, values);
      }

      @Override
      public void logPrior(double[] dist, int[] context) {
        logPrior(dist, context, null);
      }

      @Override
      public void setLabels(String[] outcomeLabels, String[] contextLabels) {}
    };
    String[] predicates = {"w=a"};
    String[] outcomes = {"PER", "LOC"};
    assertNull(FlatMaxent.of(new GISModel(params, predicates, outcomes, skewed)));
    assertNotNull(FlatMaxent.of(new GISModel(params, predicates, outcomes)));
  }
}
