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
 * A nickname in quote marks between a first name and a surname ({@link Propagation#quotedNicknames})
 * names the person as surely as the name around it; a quotation elsewhere is no name.
 */
class QuotedNicknameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> nicknames() {
    return Stream.of(
        row("Jag pratade med Anders \"Ankan\" Svensson igår.", "NAME Anders", "NAME Ankan", "NAME Svensson"),
        row("min bror kalle \"kackis\" karlsson har skulder", "NAME kalle", "NAME kackis", "NAME karlsson"),
        // two words in the quote marks
        row("Vi kallar honom Per \"Lill Pelle\" Andersson.", "NAME Per", "NAME Lill Pelle", "NAME Andersson"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nicknames")
  void aQuotedNicknameBetweenTheNamesIsAName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> quotations() {
    return Stream.of(
        // a title in quote marks before a name
        row("Jag läste \"Röda rummet\" av August Strindberg.", "NAME August Strindberg"),
        // a quotation after a name, with no surname after it
        row("Lisa sa \"hej då\" och gick.", "NAME Lisa"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotations")
  void aQuotationElsewhereIsNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
