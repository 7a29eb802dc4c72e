package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionaryPlacesTest {

  private static boolean isPlace(String word) {
    return DictionaryPlaces.isPlace(word.toCharArray(), 0, word.length());
  }

  private static boolean isPlaceOrSurname(String word) {
    return DictionaryPlaces.isPlaceOrSurname(word.toCharArray(), 0, word.length());
  }

  @ParameterizedTest(name = "{0}: place {1}, place or surname {2}")
  @CsvSource({
      "bagdad, true, false",     // flag e: a place
      "bryssel, true, false",
      "narvik, false, true",     // flag v only: a place or a surname
      "strindberg, false, true",
      "anna, false, false",      // a name, no place flag
      "björn, false, false",     // an ordinary word
      "kiruna, true, false"})
  void readsThePlaceFlags(String word, boolean place, boolean placeOrSurname) {
    assertEquals(place, isPlace(word));
    assertEquals(placeOrSurname, isPlaceOrSurname(word));
  }
}
