package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;

class StreetAddressDetectorTest {

  private static final StreetAddressDetector DETECTOR = StreetAddressDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> addresses() {
    return Stream.of(
        row("jag bor på storgatan 12b i kiruna", "ADDRESS storgatan 12b"),
        row("Storgatan 12B, 981 31 Kiruna", "ADDRESS Storgatan 12B"),
        row("adressen är storgatan 12 b", "ADDRESS storgatan 12 b"),
        row("Storgatan 12 i Kiruna", "ADDRESS Storgatan 12"),
        row("hon bor på Vasavägen 3, lgh 1102 sedan maj", "ADDRESS Vasavägen 3, lgh 1102"),
        row("Vasavägen 3 lgh nr 1102", "ADDRESS Vasavägen 3 lgh nr 1102"),
        row("Ringvägen 10-12 är ett HVB-hem", "ADDRESS Ringvägen 10-12"),
        row("vi bodde på Karl Johans gata 5", "ADDRESS Karl Johans gata 5"),
        row("olyckan var på Väg 12 norrut", "ADDRESS Väg 12"),
        row("skicka det c/o Andersson tack", "ADDRESS c/o Andersson"),
        row("hon bor på Storgatan", "ADDRESS Storgatan"),
        row("han har flyttat till kungsgatan", "ADDRESS kungsgatan"),
        row("vi möttes vid Stortorget i går", "ADDRESS Stortorget"),
        row("Lilla Nygatan 3", "ADDRESS Lilla Nygatan 3"),
        row("björkallén 4, 2 tr", "ADDRESS björkallén 4"),
        row("vi gick längs götgatan", "ADDRESS götgatan"),
        row("vi möts vid Sergels torg 3", "ADDRESS Sergels torg 3"),
        // a lowercase street that is also a word, with a number after "på"
        row("hon bor i en lägenhet på ringvägen 8 i malmö", "ADDRESS ringvägen 8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addresses")
  void findsStreetAddresses(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noAddresses() {
    return Stream.of(
        row("vi körde på motorvägen i 40 minuter"),
        row("handlingsplan 2 antogs i går"),
        row("på arbetsplatsen 3 dagar i veckan"),
        row("gatan var full av folk"),
        row("vägen hem är lång"),
        row("det är första gången 2 gånger"),
        row("Gatan 5 var avstängd"),
        row("ringvägen 8 minuter bort"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noAddresses")
  void keepsOrdinaryWords(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  @Test
  void examplePostAddressExactOffsets() {
    String text = "hej! jag heter anna lindqvist och bor på storgatan 12b i kiruna.";
    assertEquals(List.of("ADDRESS 41-54 storgatan 12b"), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
