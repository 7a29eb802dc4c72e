package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;

class LandmarksTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @ParameterizedTest
  @CsvSource({"han sov på härbärget vid slussen, slussen", "bilen stod på parkeringen vid mobilia, mobilia",
      "vi träffades på sergels torg i går, sergels torg", "han hänger vid t-centralen varje kväll, t-centralen",
      "vi bodde nära möllevångstorget, möllevångstorget"})
  void aListedSpotAfterAPrepositionOfPlaceIsThePlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @CsvSource({"vi badade vid ribban hela sommaren, ribban", "han sov på möllan i natt, möllan",
      "hon jobbar på knalleland på helgerna, knalleland", "vi träffades vid lilla bommen efter jobbet, lilla bommen",
      "han blev rånad i kungens kurva, kungens kurva", "hon hämtades från cityterminalen av polisen, cityterminalen",
      "vi hänger vid almedalen på kvällarna, almedalen", "han jobbade i tandådalen hela vintern, tandådalen"})
  void aNewlyListedSpotAfterAPrepositionOfPlaceIsThePlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @Test
  void aListedSpotWithoutAPrepositionOfPlaceIsLeftToTheNameRules() {
    assertEquals(List.of(), places("slussen ska byggas om och mobilia har rea"));
  }
}
