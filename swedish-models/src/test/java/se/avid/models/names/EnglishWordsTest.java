package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * English words a Swedish post mixes in ("thank you", "spelar casino", "i bara t-shirt") are
 * ordinary words, not names the Swedish dictionary lacks; an English word that is a first name
 * is still the person where a name stands ("min pojkvän will har"). In a post written in English,
 * "my" before an English word is no Swedish My, and countries named in English stay.
 */
class EnglishWordsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "jag har spelat på casino och poker i många år.",
    "för två år sedan började han spela casino på nätet.",
    "han gick ut i bara t-shirt fast det är mitt i vintern.",
    "jag har bara samordningsnummer. thank you",
    "han säger att han ska tjäna tillbaka på nån case site.",
    // a post written in English: its function words, kin nouns, countries and languages
    "and my father says I must come home to Ukraine but mother says I must stay in Sweden.",
    "hej! sorry my swedish e inte bra, jag är au pair.",
  })
  void englishWordsInASwedishPostStay(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min pojkvän will har spelat poker i två år.|NAME will",
    "jag heter guy och bor i malmö.|NAME guy,PLACE malmö",
    // My is a Swedish name where no English stands around it
    "jag och my ska åka till farmor i helgen.|NAME my",
    "min dotter my har ont i magen.|NAME my",
  })
  void anEnglishWordThatIsAFirstNameIsAPersonWhereANameStands(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }
}
