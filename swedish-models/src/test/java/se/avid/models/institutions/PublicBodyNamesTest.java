package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;

/**
 * A public body whose name holds no place (a regiment, an alliance, a job centre) is kept, with
 * every detector of the models on; a county or town inside a body's name is a place, as in
 * "[Skövde] kommun", and so is the garrison town after the body.
 */
class PublicBodyNamesTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Han gör värnplikten på Artilleriregementet i Boden.|Han gör värnplikten på Artilleriregementet i [PLATS].",
    "Vi är båda anställda på Livgardet i Kungsängen.|Vi är båda anställda på Livgardet i [PLATS].",
    "han jobbar på ledningsregementet i enköping|han jobbar på ledningsregementet i [PLATS]",
    "Han åker på en insats med Nato i höst.|Han åker på en insats med Nato i höst.",
  })
  void aUnitOrAllianceWithoutAPlaceInItsNameIsKept(String text, String redacted) {
    assertEquals(redacted, ANONYMIZER.redact(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Min sambo är soldat på Norrbottens regemente i Boden.|Min sambo är soldat på [PLATS] regemente i [PLATS].",
    "Region Gävleborg betalar resorna.|Region [PLATS] betalar resorna.",
  })
  void aCountyInsideABodysNameIsAPlace(String text, String redacted) {
    assertEquals(redacted, ANONYMIZER.redact(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Min son fick Ewings sarkom i juni.|Min son fick Ewings sarkom i juni.",
    "Pappa fick Hodgkins lymfom förra året.|Pappa fick Hodgkins lymfom förra året.",
    "På SFI sa de att hon ska börja på studieväg 1 i höst.|På SFI sa de att hon ska börja på studieväg 1 i höst.",
  })
  void aDiseaseNamedAfterAPersonAndAStudyPathAreKept(String text, String redacted) {
    assertEquals(redacted, ANONYMIZER.redact(text));
  }
}
