package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

/**
 * A listed prison is a place after a preposition of place or a prison's noun; one whose name is
 * also an ordinary word only after the noun or in a text that speaks of prison.
 */
class PrisonNamesTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void aPrisonThatIsNoWordIsAPlaceAfterAPreposition() {
    assertEquals(List.of("PLACE hinseberg"), places("hon e på hinseberg och jag vet inte hur länge"));
  }

  @Test
  void aPrisonThatIsAWordIsAPlaceAfterThePrisonsNoun() {
    assertEquals(List.of("PLACE hall"), places("min bror kom ut från anstalten hall i april"));
  }

  @Test
  void aPrisonThatIsAWordIsAPlaceInATextAboutPrison() {
    assertEquals(List.of("PLACE hall"), places("finns det nån här vars kille sitter inne? min kille är på hall"));
  }

  @Test
  void aSisHomeThatIsAWordIsAPlaceInATextAboutCompulsoryCare() {
    assertEquals(List.of("PLACE lunden"), places("min dotter är på lvm-hem i lunden sedan två veckor"));
    assertEquals(List.of(), places("vi gick en promenad i lunden"));
  }

  @Test
  void theSameWordElsewhereStaysAWord() {
    assertEquals(List.of(), places("vi har en hall och ett kök. jag städade i hall och kök."));
    assertEquals(List.of(), places("jag är inne på mitt rum. skorna står i hall."));
  }
}
