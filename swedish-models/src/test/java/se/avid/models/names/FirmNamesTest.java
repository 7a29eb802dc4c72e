package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * A small firm's name is one place with its trade word: the trade before a name or place found
 * ("pizzeria bella napoli"), after one ("mostar grill"), or before a word that may be a name
 * ("salong lilja"). A trade word alone, or before an ordinary word, stays.
 */
class FirmNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "mina föräldrar har en pizzeria i alby, pizzeria bella napoli. jag jobbar där|PLACE alby,PLACE pizzeria bella napoli",
    "han har drivit pizzeria ankara i 20 år|PLACE pizzeria ankara",
    "vi drev restaurangen mostar grill i sju år|PLACE mostar grill",
    "jag har haft en frisersalong, salong lilja, som gick i konkurs|PLACE salong lilja",
  })
  void aTradeWordNextToAFirmsNameIsPartOfIt(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "vi åt på ett café i stan och sen på en pizzeria",
    "han jobbar på en salong med fina kunder",
    "det luktar grill och kebab överallt",
  })
  void aTradeWordAloneOrBeforeAWordStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
