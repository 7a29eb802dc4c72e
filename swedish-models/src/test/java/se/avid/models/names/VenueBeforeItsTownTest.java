package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * In lowercase, a word that neither a list nor the dictionary holds, between "på", "till", "vid"
 * or "från" and "i" with a listed town, is a venue or an institution of that town ("pluggar på hv
 * i trollhättan"); an ordinary word there stays.
 */
class VenueBeforeItsTownTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag pluggar på hv i trollhättan. kompisarna säger att jag är smal.|PLACE hv,PLACE trollhättan",
    "vi träffades vid kvarnbo i uppsala förra året.|PLACE kvarnbo,PLACE uppsala",
  })
  void anUnknownWordBeforeItsTownIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "han jobbar på lagret i en stor firma.",
    "vi var på konsert i parken igår.",
  })
  void anOrdinaryWordThereStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
