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

/** "så kallad" introduces a term, not a name; "kallas" and "kallad" alone still name a person. */
class SoCalledTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        row("det var en så kallad zorro"),
        row("han kallas zorro av alla", "NAME zorro"),
        row("hon blev kallad zorro i skolan", "NAME zorro"),
        // a thing that a calling verb names: its term, whatever its letters
        row("han har något som kallas trollbus"),
        row("det som kallas lillfingret gör ont"),
        row("det är det som vi kallar murvel"),
        // a person that it names: the name
        row("en kille som kallas murvel bor här", "NAME murvel"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void soCalledIsNoNamingCue(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
