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

/**
 * A capitalised word in no list whose last part is an ordinary word names a thing after its
 * first part, not a person ({@link UnknownWords#headedByWord}); places, surnames and names whose
 * end only the stemmer reads as a word stay.
 */
class HeadedCompoundTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> things() {
    return Stream.of(
        row("Under Almedalsveckan träffade jag många politiker"),
        row("Hon gillar Gulaglitteratur mer än deckare"),
        row("Byggkoncernen fick en stor order"),
        row("Kommunen stoppade Slussenprojektet igen"),
        // a word after a hyphen
        row("Hon tog VM-silver i fjol"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("things")
  void aCompoundWithAWordAsItsLastPartIsNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> namesAndPlaces() {
    return Stream.of(
        // a surname's genitive
        row("Det var Stiglunds förtjänst att det gick", "NAME Stiglunds"),
        // a place noun as the last part, or after the word
        // (not a region as large as a country: "Vapnen kom från Balkanområdet" is kept, as countries are)
        row("Han flyttade till Tokyo-bukten", "PLACE Tokyo-bukten"),
        // a last part that only the stemmer reads as a word
        row("Talet hölls av Demosthenes inför folket", "NAME Demosthenes"),
        // a last part that is a verb form ("ange|r")
        row("Vi åt middag med Boulanger igår", "NAME Boulanger"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namesAndPlaces")
  void surnamesPlacesAndOtherNamesStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
