package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word set off by commas and followed by a small number and a comma ("en elev, elife, 8, har")
 * is a child named with its age, as "elife, 8 år" is, and so are children listed so ("tor, 8, och
 * vilja, 11,"); a list of numbers is not. Once one child of such a list is named, so are all
 * ("klara 12 och max 9"), and a word named by a kin noun or a possessive before its age is too
 * ("min dotter mina, 16,", "vår sol (5)"), and so is a first name with its age in parentheses
 * ("vi fick ask (2 mån)").
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
    // the item that is no word is found by the rules; its sibling that is one is named by the list
    "samtidigt har jag två barn, klara 12 och max 9, som undrar varför|klara|max",
    "vi har gemensam vårdnad om vilja 8 och tor 5. när de kommer tillbaka|vilja|tor",
    "då är jag ensam med elle, 3, och biret, 6. förskolan stänger|elle|biret",
    // a pair, then its ages in the same order
    "jag vill leva mitt eget liv. våra barn liv och ask, 9 och 6, får inte sova över|liv|ask",
  })
  void aListOfChildrenWithAgesIsNamedWholeOnceOneOfThemIs(String text, String first, String second) {
    assertEquals(List.of(first, second), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "nu bor hon hos oss och min dotter mina, 16, delar rum med henne|mina",
    "nu gäller det min dotter dina, 11. hon blir retad i klassen|dina",
    // a possessive's word with its age in parentheses
    "efter branden vill vår sol (5) inte sova utan lampan tänd|sol",
    // any word's age in parentheses, with or without its unit, for a word that is a first name
    "morsan lägger sig i allt sen vi fick ask (2 mån). hon kommer hem till oss|ask",
    "sen vi fick ask (2 år) har hon varit här|ask",
  })
  void aPronounOrWordNamedByAKinNounOrPossessiveWithItsAgeIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "läs vecka 12 och 14 i schemat, sen klass 3 och 5",
    "vi köpte vår bil (5 år gammal) i fjol",
    "jag har mina, 16, kvar av de gamla",
    "vi har bott här länge (12 år) och trivs",
  })
  void countsAndThingsWithNumbersAreNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
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
