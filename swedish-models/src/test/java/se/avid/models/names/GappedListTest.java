package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * In a list of persons each with where they are, the verb said once ("sagal och nimco på
 * årbyskolan, ilhan på fröslundaskolan"), a word that opens an element after one opened by a name
 * is a name too, if it may be one; a list of times or things is no list of persons.
 */
class GappedListTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        row("jag har bara sett en skola: lunch på stan, möte på kvällen"),
        row("jag jobbar på ica, på lördagar i kassan och på söndagar i lagret"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void aListOfTimesOrThingsNamesNoOne(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  private static boolean namesIlhan(String text) {
    return Detections.of(DETECTOR, text, THRESHOLD).stream().anyMatch(f -> f.startsWith("NAME ") && f.endsWith(" ilhan"));
  }

  @Test
  void aWordOpeningTheNextElementAfterANamedOneIsAName() {
    String text = "mina barn går i olika skolor, sagal och nimco på årbyskolan, ilhan på fröslundaskolan.";
    assertTrue(namesIlhan(text), text);
  }

  @Test
  void theVerbOfTheFirstElementMayBeSaidOnce() {
    String text = "vi har fyra barn. sara går på ekbacken, ilhan på solrosen.";
    assertTrue(namesIlhan(text), text);
  }
}
