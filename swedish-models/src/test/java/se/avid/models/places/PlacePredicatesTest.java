package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;

/** A word that the rest of its sentence says is a place is one, whatever its case. */
class PlacePredicatesTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @ParameterizedTest
  @CsvSource({"fiskvallen är ett tråkigt område, fiskvallen", "Örnkroken är en liten by, Örnkroken",
      "zorbuberga var ett ganska stökigt ställe, zorbuberga", "rosengård är en stadsdel, rosengård"})
  void theSubjectOfAKindOfPlaceIsAPlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @Test
  void aPlaceShapedWordThatLiesSomewhereIsAPlace() {
    assertEquals(List.of("PLACE hammarskogen"), places("hammarskogen ligger utanför stan"));
  }

  @Test
  void ordinaryWordsAndThingsThatLieSomewhereStay() {
    assertEquals(List.of(), places("skolan är ett bra ställe"));
    assertEquals(List.of(), places("det är ett lugnt område"));
    assertEquals(List.of(), places("pengarna i branschen ligger i accessoarer"));
    assertEquals(List.of(), places("de flesta institutioner ligger i centrum"));
  }

  @Test
  void countriesStay() {
    assertEquals(List.of(), places("sverige är ett bra land och norge är en stad"));
  }
}
