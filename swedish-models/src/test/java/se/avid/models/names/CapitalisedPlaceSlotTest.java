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
 * Capitalised inside a sentence where a place stands (after {@code i}, {@code på}, {@code från}):
 * a word no list knows that ends like a place name, also in the plural ({@code Jakobsgårdarna}),
 * and a compass point ({@code på Söder}) are places; in lowercase, or where no place stands, words.
 */
class CapitalisedPlaceSlotTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> places() {
    return Stream.of(
        row("han sitter hela dagen i en källare på Jakobsgårdarna.", "PLACE Jakobsgårdarna"),
        row("Vi bodde förut i Tallhagarna utanför stan.", "PLACE Tallhagarna"),
        // a compound the dictionary reads as a word, with a lake's or hill's ending, where a place stands
        row("Vi bor i Vitvattnet utanför stan och det är långt.", "PLACE Vitvattnet"),
        // lowercase too, where one lives: the context model reads the village (there are several)
        row("vi bor i vitvattnet utanför stan", "PLACE vitvattnet"),
        row("Han har korttids på Solgläntan varannan helg.", "PLACE Solgläntan"),
        row("Vi är uppe vid Sitojaure hela sommaren.", "PLACE Sitojaure"),
        row("annars sover jag i trapphus på Söder.", "PLACE Söder"),
        row("Hon har flyttat till en etta på Väster.", "PLACE Väster"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void aPlaceShapedWordOrCompassPointWhereAPlaceStands(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("barnen springer på ängarna hela dagen"),
        row("vinden kommer från söder i dag"),
        row("Söder om stan ligger skogen."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordElsewhere(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
