package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.text.ScanText;

/**
 * "hans" is a possessive pronoun and the first name of a hundred thousand men: where no noun
 * follows it (a verb, "och jag", an adverb of time, the end of its sentence) it is the name,
 * except as the predicate of a copula ("boken är hans.").
 */
class PronounAsNameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();

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
    "hans är 16 och dricker varje helg|hans",
    "Hans och jag bråkar hela tiden|Hans",
    "jag pratade med hans igår|hans",
    "tack för svar /hans|hans",
  })
  void whereNoNounFollowsItIsTheName(String text, String name) {
    assertEquals(List.of(name), redacted(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hans mamma är sjuk",
    "jag tog hans bil igår",
    "boken är hans.",
    "det var hans.",
  })
  void beforeANounOrAsAPredicateItIsThePronoun(String text) {
    assertEquals(List.of(), redacted(text));
  }
}
