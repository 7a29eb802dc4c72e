package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * A word that is no word in any form, after "i" or "från" with Swedish on both sides, is a place
 * (a town abroad, a village too small for the lists), redacted rather than only flagged. English
 * after "i" ("i think so"), and compounds, participles and plurals the dictionary lacks ("i
 * mikroskala", "i hackad dragon", "i krematorier"), stay. A word with æ or ø is no Swedish word in
 * any form, so a place after any preposition of place ("till bagsværd").
 */
class UnknownPlaceInSwedishProseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag vaknar varje natt och tror att jag är i prijedor igen|PLACE prijedor",
    "min lillebror o mamma e i pakistan i quetta. kan jag ta hit dom?|PLACE quetta",
    "vi flyttade tillbaka från santiago till tumba i våras|PLACE santiago,PLACE tumba",
    "han kommer från midyat i turkiet|PLACE midyat",
    "min mamma är kvar i zaporizjzja. hon är 68|PLACE zaporizjzja",
    // a compound that ends as a place name and whose last part is no word
    "vi bor i ett hus i torpgärdan med vår dotter|PLACE torpgärdan",
  })
  void anUnknownWordInAPlaceSlotOfSwedishProseIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag pendlar från lund till bagsværd varje dag|PLACE lund,PLACE bagsværd",
    "nu säger kommunen i københavn att han ska söka i sverige|PLACE københavn",
  })
  void aWordWithADanishOrNorwegianLetterAfterAPrepositionOfPlaceIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "haha i think so. jag vet inte",
    "kremering får ske bara i krematorier .",
    "lägg i hackad fransk dragon",
    "man bygger en fotboll i mikroskala och av detta en struktur",
    "en gift man i sextioårsåldern som är född på våren",
    "spår av havsvatten finns i processvattnet vilket inte är bra",
  })
  void englishAndUnlistedFormsOfWordsStay(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
