package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * A first name that is also a noun is the noun after a third person's possessive, a genitive, or
 * an article and an adjective ("hennes liv", "två barns liv", "en vuxen karl"), also where the
 * post names someone so elsewhere; after a kin or role noun it is still the person ("en kompis max").
 */
class PossessedNounTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "hon säger att det bara förstör hennes liv ännu mer.",
    "det handlar om två barns liv just nu, inte bara ett.",
    "det e en vuxen karl. han ville att hon skulle skicka bilder.",
  })
  void aNounAfterAPossessiveGenitiveOrAdjectiveStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min dotter liv är 3 månader. hennes pappa säger att det förstör hans liv.|NAME liv",
    "jag har en kompis max som spelar fotboll.|NAME max",
  })
  void thePersonNamedByAKinNounIsStillAName(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }
}
