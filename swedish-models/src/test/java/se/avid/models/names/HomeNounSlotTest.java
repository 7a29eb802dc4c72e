package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * A noun of a home one lives in places the word after its "på" as "bor på" does ("en
 * studentkorridor på Britsarvet", "korttidsboende på …"), and a company between a verb of living
 * and its preposition ("bor me mamma på") leaves the slot a home's; a count or an ordinary word
 * there stays.
 */
class HomeNounSlotTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Jag bor i en studentkorridor på Britsarvet. Jag har haft anorexi.|PLACE Britsarvet",
    "jag bor i en studentkorridor på britsarvet. jag har haft anorexi.|PLACE britsarvet",
    "hej jag e 15 o bor me mamma på tjärna ängar i borlänge.|PLACE tjärna ängar,PLACE borlänge",
    "hej jag bor med mamma på tjärna ängar i borlänge.|PLACE tjärna ängar,PLACE borlänge",
    "hej jag bor me mamma på blästerbacken i borlänge.|PLACE blästerbacken,PLACE borlänge",
  })
  void theWordAfterAHomeNounOrALivingVerbsCompanyIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "vi bor i en lägenhet på tredje våningen.",
    "vi har en lägenhet på 3 rum.",
    "han mår bra beroende på dagen.",
    "jag åkte hem på fredag.",
  })
  void aCountOrAnOrdinaryWordAfterAHomeNounStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
