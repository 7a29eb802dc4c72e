package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;
import se.avid.EntityType;

/** City districts of {@code districts.txt} are places where a post says someone lives, works or shops. */
class DistrictsTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  private static List<String> places(String text) {
    return ANONYMIZER.analyze(text).stream().filter(f -> f.type() == EntityType.PLACE).map(f -> f.valueIn(text)).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sickla", "väla", "kvarnby", "fisksätra", "hjorthagen", "ersboda"})
  void aDistrictAfterAPlacePrepositionIsAPlaceInLowercase(String district) {
    assertEquals(List.of(district), places("jag jobbar på apoteket i " + district + " sedan i våras"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sickla", "Väla", "Kvarnby", "Gribbylund", "Tomtebo"})
  void aCapitalisedDistrictIsAPlace(String district) {
    assertEquals(List.of(district), places("Vi har bott i " + district + " i tre år."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hon började hälla ut ölen i vasken", "han gjorde mål i brynäsmatchen igår"})
  void wordsAndClubsAreNoDistricts(String text) {
    assertEquals(List.of(), places(text));
  }
}
