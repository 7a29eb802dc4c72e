package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * The proper part before a district administration, a short-stay home or an after-school centre is
 * a place ("Skarpnäcks stadsdelsförvaltning", "Lillgårdens korttidshem"); a district named after its
 * places joined by a hyphen ("Rinkeby-Kista", "Hässelby-Vällingby") is a place; so is what an
 * institution is called ("förskolan heter Solrosen").
 */
class DistrictAdministrationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han har korttidsvistelse på Lillgårdens korttidshem två helger i månaden.|PLACE Lillgårdens",
    "Kan Rinkeby-Kista stadsdelsförvaltning hjälpa en vuxen?|PLACE Rinkeby-Kista",
    "Vi bor i Hässelby-Vällingby sedan två år.|PLACE Hässelby-Vällingby",
    "Förskolan heter Solrosen och ligger nära oss.|PLACE Solrosen",
    "vi bor på ett skyddat boende. boendet heter vitsippan.|PLACE vitsippan",
    "hon ligger på sjukhuset. avdelningen heter linnean.|PLACE linnean",
    "jag bor på ett hvb-hem som heter viljan.|PLACE viljan",
  })
  void theProperPartIsAPlace(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han har fått plats på ett korttidshem två helger i månaden.",
    "Jag ringde stadsdelsförvaltningen i går.",
    "Boendet heter inte så längre.",
  })
  void theNounAloneIsNoPlace(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
