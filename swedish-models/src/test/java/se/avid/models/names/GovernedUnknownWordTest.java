package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.context.ContextScorer;
import se.avid.text.ScanText;

/**
 * A lowercase word that is no word, compound or past tense, right after a word that governs a
 * person ("hos", "ringde", "sms till"), is redacted unless the context model is sure it is no
 * name; elsewhere a doubtful model keeps it.
 */
class GovernedUnknownWordTest {

  /** A scorer that doubts every word: a person at 0.06, under the usual doubt of 0.2. */
  private static final ContextScorer DOUBTFUL = (tokens, index) -> new ContextScorer.Judgement(0.06, 0.0);
  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().contextScorer(DOUBTFUL).build();

  private static List<String> redacted(String text) {
    List<String> found = new ArrayList<>();
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) -> {
      if (score >= NameScores.REDACT) {
        found.add(text.substring(start, end));
      }
    });
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "han ringde tsegaye igår|tsegaye",
    "jag skickade sms till tsegaye|tsegaye",
    "det var tsegaye igår|",
    "han ringde skolsköterskorna igår|",
  })
  void aGovernedUnknownWordIsRedacted(String text, String name) {
    assertEquals(name == null ? List.of() : List.of(name), redacted(text));
  }

  /** Without a context model: the counts of Statistics Sweden decide, not the word's shape. */
  private static final ProperNameDetector RULES_ONLY = ProperNameDetector.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag frågade masud om hjälp|masud",
    "hon träffade riham på fritids|riham",
    "jag frågade skolsköterskorna om hjälp|",
    "hon träffade kompisarna på fritids|",
  })
  void aCountedFirstNameAfterAGovernorIsRedactedWhateverItsShape(String text, String name) {
    List<String> found = new ArrayList<>();
    RULES_ONLY.detect(ScanText.of(text), (start, end, type, score) -> {
      if (score >= NameScores.REDACT) {
        found.add(text.substring(start, end));
      }
    });
    assertEquals(name == null ? List.of() : List.of(name), found);
  }
}
