package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;

/**
 * A foreign full name typed in lowercase, in a text written without capitals: two words that no
 * list holds and that are no word, the first read as a first name by its letters or by the counts
 * of Statistics Sweden (a rare name too), are one name; a foreign phrase is not.
 */
class UnknownFullNameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> foreignFullNames() {
    return Stream.of(
        // a first name that fewer than fifty are called by, but Statistics Sweden counts among given names
        row("han har lånat pengar av timofej rybakov flera gånger", "NAME timofej rybakov"),
        // a first name read by its letters alone
        row("min handledare är numera ludovica brambilla", "NAME ludovica brambilla"),
        row("igår ringde ludovica brambilla och var arg", "NAME ludovica brambilla"),
        // a rare given name that only the stemmer reads as a word ("bur|t")
        row("han har lånat pengar av burt lamberty flera gånger", "NAME burt lamberty"),
        // after an English title
        row("boken skrevs av sir ludovic brambleworth", "NAME ludovic brambleworth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignFullNames")
  void twoUnknownWordsOpenedByAFirstNameAreOneName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> foreignPhrases() {
    return Stream.of(
        // an article before: a thing
        row("han köpte en wacker frucht på torget"),
        row("vi åt en paella valenciana på semestern"),
        // in quote marks: a title or a quotation
        row("på bröllopet dansade de \"paso doble\" hela natten"),
        // a third foreign word beside the two: a phrase
        row("hon sjöng gonna miss you all natten"),
        // a writer who uses capitals writes a name with one
        row("Vi bor i Lund. Han har lånat pengar av timofej rybakov.", "PLACE Lund"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignPhrases")
  void aForeignPhraseIsNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
