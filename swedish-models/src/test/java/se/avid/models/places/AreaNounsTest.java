package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

class AreaNounsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void aPlaceShapedWordAfterTheNounOfAKindOfPlaceIsItsName() {
    assertEquals(List.of("PLACE hjortängen"), places("ett vildsvin höll till i bostadsområdet hjortängen"));
    assertEquals(List.of("PLACE kvarnarp"), places("vi bor i byn kvarnarp utanför stan"));
  }

  @Test
  void aWordOfNoListAfterTheNounOfAKindOfPlaceIsItsName() {
    assertEquals(List.of("PLACE manama"), places("huvudstaden manama är lugn i dag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"området runt skolan är fint", "byn igen var tom", "vi bodde på ön i tre år",
      "hon gick till stationen direkt", "Byn Kvarnarp är fin"})
  void anOrdinaryWordOrACapitalisedOneAfterTheNounStays(String text) {
    assertEquals(List.of(), places(text));
  }
}
