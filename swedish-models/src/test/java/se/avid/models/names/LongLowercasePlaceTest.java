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
 * A long proper noun of the dictionary typed in lowercase is a place when it ends like one (a
 * square, a park) and the address detector does not take it in lowercase; a long ordinary word
 * with the same ending is not.
 */
class LongLowercasePlaceTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        row("jag skriver från biblioteket vid medborgarplatsen, de har datorer", "PLACE medborgarplatsen"),
        row("på arbetsplatsen var det lugnt i dag"),
        row("vi letade efter parkeringsplatsen länge"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void aLongProperNounEndingLikeAPlaceIsOne(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
