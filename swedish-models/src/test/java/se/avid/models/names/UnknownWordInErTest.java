package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.context.ContextScorer;
import se.avid.text.ScanText;

/**
 * A lowercase word in no list that ends in -er, or like a surname (-berg), and is neither an
 * inflected word nor a compound goes to the context scorer like other name-shaped unknown words;
 * a compound does not.
 */
class UnknownWordInErTest {

  /** A scorer that calls every word it is asked about likely a person: shows which words are asked. */
  private static final ContextScorer ASKED = (tokens, index) -> new ContextScorer.Judgement(0.6, 0.0);
  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().contextScorer(ASKED).build();

  private static List<String> names(String text) {
    List<String> found = new ArrayList<>();
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) -> found.add(text.substring(start, end)));
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"då talade liffner som en av många|liffner", "om weinberger har rätt i det|weinberger"})
  void anUnknownSurnameInErIsJudged(String text, String surname) {
    assertEquals(List.of(surname), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"vad som skrämde treffenberg och de andra|treffenberg"})
  void anUnknownWordEndingLikeASurnameIsJudged(String text, String surname) {
    assertEquals(List.of(surname), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de klättrade på stenkolsberg hela dagen", "han köpte nya cykelkläder i går", "vi gav bort hundleksaker till grannen",
      "de ordnar spelaffischer till festen"})
  void aCompoundOfTwoWordsIsNot(String text) {
    assertEquals(List.of(), names(text));
  }
}
