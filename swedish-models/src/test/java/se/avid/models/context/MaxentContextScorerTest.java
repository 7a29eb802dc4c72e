package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.context.ContextScorer.Judgement;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/**
 * The bundled model on hand-written sentences. The bounds are deliberately loose: they state what
 * the model must get right (a name after {@code heter} is a person, a bear in a forest is not),
 * not the exact probabilities of one training run.
 */
class MaxentContextScorerTest {

  private static final ContextScorer SCORER = MaxentContextScorer.bundled();

  /** Judges the token {@code [marked]} in brackets in a space-tokenised sentence. */
  private static Judgement judge(String sentence) {
    String[] tokens = sentence.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].startsWith("[") && tokens[i].endsWith("]")) {
        tokens[i] = tokens[i].substring(1, tokens[i].length() - 1);
        return SCORER.judge(tokens, i);
      }
    }
    throw new IllegalArgumentException("no [token] marked");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jag heter [Björn] och bor i Umeå .",
      "hej ! jag heter [Anna] och jag behöver råd .",
      "Min man [Peter] dricker varje helg .",
      "vi har pratat med [Lena] på socialtjänsten .",
      "mvh [Karin]",
      "Igår sa [Johan] att han inte orkar mer .",
  })
  void capitalisedNameInPersonContextIsAPerson(String sentence) {
    assertTrue(judge(sentence).person() > 0.5, () -> judge(sentence).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jag heter [björn] och bor i umeå .",
      "hej [anna] ! tack för ditt svar .",
  })
  void lowercaseNameInStrongPersonContextLeansPerson(String sentence) {
    assertTrue(judge(sentence).person() > 0.3, () -> judge(sentence).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vi såg en [björn] i skogen .",
      "det ligger en [sten] i skon .",
      "barnen lekte på [marken] hela dagen .",
      "jag har ringt [socialtjänsten] flera gånger .",
      "han går till [skolan] varje dag .",
  })
  void ordinaryWordIsNeitherPersonNorPlace(String sentence) {
    Judgement j = judge(sentence);
    assertTrue(j.person() < 0.2 && j.place() < 0.2, j::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vi bor i [Sundsvall] sedan två år .",
      "hon flyttade till [Kiruna] förra året .",
      "Han kommer från [Gottsunda] och går i nian .",
  })
  void capitalisedWordAfterPlaceCueIsAPlace(String sentence) {
    Judgement j = judge(sentence);
    assertTrue(j.place() > 0.5 && j.place() > j.person(), j::toString);
  }

  /**
   * Edited prose has few {@code min son Elias}, so the kinship cue alone does not make an unknown
   * lowercase word a person; it must still raise it well above the same word without the cue.
   */
  @Test
  void kinshipCueRaisesAnUnknownLowercaseWord() {
    // a word no training text holds ("elias" is a name the posts the model learned from give often)
    double son = judge("min son [brimmel] har slutat gå till skolan .").person();
    double book = judge("min bok [brimmel] har slutat gå till skolan .").person();
    assertTrue(son > 0.1 && son > 3 * book, () -> son + " vs " + book);
  }

  @Test
  void contextDecidesBetweenTheNameAndTheBear() {
    double name = judge("jag heter [Björn] och bor i Umeå .").person();
    double bear = judge("vi såg en [björn] i skogen .").person();
    assertTrue(name > bear + 0.4, () -> name + " vs " + bear);
  }

  @Test
  void placeCueRaisesPlaceOverPersonForTheSameWord() {
    Judgement living = judge("vi bor i [Rosengård] nu .");
    Judgement naming = judge("hon heter [Rosengård] i efternamn .");
    assertTrue(living.place() > naming.place(), () -> living + " vs " + naming);
    assertTrue(naming.person() > living.person(), () -> naming + " vs " + living);
  }

  @Test
  void judgesTheTokensOfATextAsTheirStrings() {
    Tokens tokens = Tokens.of(ScanText.of("Hej! Min son heter Elias och bor i Kiruna kommun. /Lena"));
    MaxentContextScorer.TokenJudge judge = MaxentContextScorer.bundled().forTokens(tokens);
    String[] window = new String[tokens.size() - 4];
    for (int t = 4; t < tokens.size(); t++) {
      window[t - 4] = tokens.original(t);
    }
    for (int t = 4; t < tokens.size(); t++) {
      assertEquals(SCORER.judge(window, t - 4), judge.judge(4, tokens.size(), t), window[t - 4]);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> judge.judge(4, tokens.size(), 3));
    assertThrows(IndexOutOfBoundsException.class, () -> judge.judge(0, tokens.size() + 1, 3));
  }

  @Test
  void bundledScorerIsLoadedOnce() {
    assertSame(MaxentContextScorer.bundled(), MaxentContextScorer.bundled());
  }

  @Test
  void indexOutsideTheSentenceIsRejected() {
    assertThrows(IndexOutOfBoundsException.class, () -> SCORER.judge(new String[] {"hej"}, 1));
  }

  @Test
  void modelWithoutPlaceOutcomeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new MaxentContextScorer(new OutcomesOnly("PER", "O")));
  }

  @Test
  void modelWithoutPersonOutcomeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new MaxentContextScorer(new OutcomesOnly("LOC", "O")));
  }

  /** A model that knows only the given outcomes. */
  private record OutcomesOnly(String... outcomes) implements MaxentModel {
    @Override
    public double[] eval(String[] context) {
      return new double[outcomes.length];
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return new double[outcomes.length];
    }

    @Override
    public String getBestOutcome(double[] outcome) {
      return outcomes[0];
    }

    @Override
    public String getAllOutcomes(double[] outcome) {
      return String.join(" ", outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return outcomes[i];
    }

    @Override
    public int getIndex(String outcome) {
      return java.util.Arrays.asList(outcomes).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return outcomes.length;
    }
  }
}
