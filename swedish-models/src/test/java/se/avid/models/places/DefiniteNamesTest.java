package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

class DefiniteNamesTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void anAdjectiveAndADefiniteNounCapitalisedInsideASentenceAreAPlace() {
    assertEquals(List.of("PLACE Gula Villan"), places("Vi brukade hänga på Gula Villan efter skolan."));
    assertEquals(List.of("PLACE Röda Stugan"), places("Han sover ibland i Röda Stugan vid sjön."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jag har fått hjälp av Röda Korset.", "Hon har skrivit till Svenska Akademien.",
      "De spelade på Kungliga Operan.", "Gamla huset revs i fjol.", "vi var på gula villan"})
  void aKeptBodyAnAdjectiveOfABodyASentenceStartOrLowercaseIsNone(String text) {
    assertEquals(List.of(), places(text));
  }
}
