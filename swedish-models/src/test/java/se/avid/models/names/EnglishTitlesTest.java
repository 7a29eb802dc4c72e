package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/** English titles and phrases quoted in Swedish text are no names ({@link EnglishTitles}). */
class EnglishTitlesTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        // words that "of" joins
        row("Vi tittade på Sons of Anarchy hela helgen"),
        row("Hon har sett Game of Thrones tre gånger"),
        // the function word itself, and the words after "the"
        row("De väntade på ” The good guys ” hela natten"),
        // a name outside the title stays one
        row("Anna sa att hon gillar Sons of Anarchy", "NAME Anna"),
        // no English function word: the name stays
        row("Vi träffade Kowalczewski igår", "NAME Kowalczewski"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void wordsOfAnEnglishTitleAreNoNames(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
