package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

class CompassDistrictsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();
  private static final Anonymizer MODERATED = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).reviewThreshold(0.3).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().filter(f -> f.score() >= 0.5).map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @ParameterizedTest
  @CsvSource({"vi bor på söder sedan två år, söder", "hon bodde på Öster när hon var liten, Öster",
      "han jobbar på väster nu, väster", "vi flyttade till en etta och bor nu på norr, norr",
      "mamma bor kvar på soder, soder", "en etta på väster vore bra, väster"})
  void aCompassPointAfterAWordThatPlacesSomeoneIsTheDistrict(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi bor i norr och de i söder", "vi bor på söder om stan", "solen står på söder vid middag",
      "han flyttade söderut", "vinden låg på väster hela dagen"})
  void aCompassPointOfDirectionIsNoPlace(String text) {
    assertEquals(List.of(), places(text));
    assertEquals(List.of(), MODERATED.assess(text).forReview());
  }

  @ParameterizedTest
  @ValueSource(strings = {"annars sover jag i trapphus på söder", "det låter som en storm på väster"})
  void aCompassPointAfterPåWithNoWordThatPlacesSomeoneIsFlaggedNotRedacted(String text) {
    assertEquals(List.of(), places(text));
    assertEquals(1, MODERATED.assess(text).forReview().size(), text);
  }
}
