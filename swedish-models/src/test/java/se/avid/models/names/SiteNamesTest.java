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
 * The place or name that spells the host of a kept link (a municipality's, an agency's or a
 * well-known service's site) is kept with the link; in a link with a path, an e-mail address or
 * prose it is still found.
 */
class SiteNamesTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> keptSites() {
    return Stream.of(
        row("På gotland.se står det om ansökan om hemtjänst"),
        row("på gotland.se står det om ansökan om hemtjänst"),
        row("Läs mer på www.malmo.se."),
        row("Kolla https://www.Uppsala.se/ och ring dem"),
        row("Jag bor i Malmö men läste på goteborg.se", "PLACE Malmö"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptSites")
  void theHostOfAKeptLinkIsKept(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> notKept() {
    return Stream.of(
        row("Vi flyttade till Gotland. Se vad som händer", "PLACE Gotland"),
        row("Skriv till anna@gotland.se om det", "NAME anna", "PLACE gotland"),
        row("Hon bor i Uppsala.Se till att ringa", "PLACE Uppsala"),
        row("Han har en hemsida, annaberg.se, och en blogg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notKept")
  void wordsOutsideAKeptLinkAreStillFound(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
