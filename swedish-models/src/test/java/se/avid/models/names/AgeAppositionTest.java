package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word set off by commas and followed by a small number and a comma ("en elev, elife, 8, har")
 * is a child named with its age, as "elife, 8 år" is, and so are children listed so ("tor, 8, och
 * vilja, 11,"); a list of numbers is not.
 */
class AgeAppositionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har en tonåring hemma, nerxhivane, 15, som har träffat en kille|nerxhivane",
    "jag är kontaktperson för en kille, poyan, 19, som blev utskriven|poyan",
    // the age right after the word, set off by commas together
    "min äldsta, dunya 11, gråter varje kväll för att hon saknar pappa|dunya",
  })
  void aWordBetweenCommasBeforeItsAgeIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "barnen tor, 8, och vilja, 11, har växelvis boende|tor|vilja",
    "jag har två barn, sol, 8, och ask, 5.|sol|ask",
  })
  void childrenListedEachWithAnAgeBetweenCommasAreNames(String text, String first, String second) {
    assertEquals(List.of(first, second), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi köpte tre, fyra, 5, 6 stycken",
    "läs kapitel 3, 4, och 5, sen kan du gå",
    "han bor på vägen, nummer 12, i huset",
  })
  void aListOfNumbersIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
